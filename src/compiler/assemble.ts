// The assembler (Python/assemble.c): lays out the final instruction sequence as bytecode — jump
// opargs as relative offsets in code units, EXTENDED_ARG prefixes for opargs past a byte, zeroed
// inline caches after the instructions that have them — and writes the location table and the
// exception table beside it, then builds the code object.
import { Opcode } from '../generated/opcodes';
import { encodeExceptionTable, type ExceptionTableEntry } from '../objects/code/exception-table';
import { LocationTableWriter } from '../objects/code/location-table';
import { type CodeConstant, type CompiledCode, LocalKind } from './code';
import { hasArg, instrSize, isJump } from './flowgraph/cfg';
import { sameLocation, NO_LOCATION, type InstructionSequence, type Location } from './instruction-sequence';

/** What a code unit knows of itself besides its code (_PyCompile_CodeUnitMetadata). */
export interface CodeUnitMetadata {
  readonly name: string;
  readonly qualname: string;
  /** Names by index (co_names). */
  readonly names: ReadonlyMap<string, number>;
  readonly varnames: ReadonlyMap<string, number>;
  readonly cellvars: ReadonlyMap<string, number>;
  readonly freevars: ReadonlyMap<string, number>;
  /** Locals ever hidden by an inlined comprehension (CO_FAST_HIDDEN). */
  readonly fasthidden: ReadonlySet<string>;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly firstlineno: number;
}

/** resolve_jump_offsets: instruction offsets, and jump opargs relative to the instruction after the jump. */
function resolveJumpOffsets(seq: InstructionSequence): void {
  for (const instr of seq.instrs) if (isJump(instr.opcode)) instr.target = instr.oparg;
  let recompile: boolean;
  do {
    let total = 0;
    for (const instr of seq.instrs) {
      instr.offset = total;
      total += instrSize(instr.opcode, instr.oparg);
    }
    recompile = false;
    let offset = 0;
    for (const instr of seq.instrs) {
      const isize = instrSize(instr.opcode, instr.oparg);
      offset += isize;
      if (!isJump(instr.opcode)) continue;
      const targetOffset = seq.instrs[instr.target].offset;
      instr.oparg = targetOffset < offset ? offset - targetOffset : targetOffset - offset;
      // A longer oparg moves everything after it: lay out again until nothing grows.
      if (instrSize(instr.opcode, instr.oparg) !== isize) recompile = true;
    }
  } while (recompile);
}

function emitBytecode(seq: InstructionSequence): Uint8Array {
  const out: number[] = [];
  for (const instr of seq.instrs) {
    const oparg = hasArg(instr.opcode) ? instr.oparg : 0;
    const size = instrSize(instr.opcode, instr.oparg);
    const caches = size - 1 - (oparg > 0xffffff ? 3 : oparg > 0xffff ? 2 : oparg > 0xff ? 1 : 0);
    if (oparg > 0xffffff) out.push(Opcode.EXTENDED_ARG, (oparg >>> 24) & 0xff);
    if (oparg > 0xffff) out.push(Opcode.EXTENDED_ARG, (oparg >>> 16) & 0xff);
    if (oparg > 0xff) out.push(Opcode.EXTENDED_ARG, (oparg >>> 8) & 0xff);
    out.push(instr.opcode, oparg & 0xff);
    for (let i = 0; i < caches; i++) out.push(Opcode.CACHE, 0);
  }
  return Uint8Array.from(out);
}

function tableLocation(loc: Location): { line: number; endLine: number; col: number; endCol: number } {
  return { line: loc.lineno, endLine: loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset };
}

/** assemble_location_info: consecutive instructions at one location share an entry. */
function emitLocations(seq: InstructionSequence, firstlineno: number): Uint8Array {
  const writer = new LocationTableWriter(firstlineno);
  let loc: Location = NO_LOCATION;
  let size = 0;
  for (const instr of seq.instrs) {
    if (!sameLocation(loc, instr.loc)) {
      if (size > 0) writer.add(tableLocation(loc), size);
      loc = instr.loc;
      size = 0;
    }
    size += instrSize(instr.opcode, instr.oparg);
  }
  if (size > 0) writer.add(tableLocation(loc), size);
  return writer.finish();
}

/** assemble_exception_table: a range for each run of instructions with the same handler. */
function emitExceptionTable(seq: InstructionSequence): Uint8Array {
  const entries: ExceptionTableEntry[] = [];
  let handler = { label: -1, startDepth: -1, preserveLasti: false };
  let start = -1;
  let ioffset = 0;
  const flush = (end: number): void => {
    if (handler.label < 0) return;
    let depth = handler.startDepth - 1;
    if (handler.preserveLasti) depth -= 1;
    entries.push({ start, end, target: seq.instrs[handler.label].offset, depth, lasti: handler.preserveLasti });
  };
  for (const instr of seq.instrs) {
    const h = instr.except ?? { label: -1, startDepth: 0, preserveLasti: false };
    if (h.label !== handler.label) {
      flush(ioffset);
      start = ioffset;
      handler = h;
    }
    ioffset += instrSize(instr.opcode, instr.oparg);
  }
  flush(ioffset);
  return encodeExceptionTable(entries);
}

/** compute_localsplus_info: names and kinds of the locals plus, in slot order. */
function localsplusInfo(umd: CodeUnitMetadata, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names = new Array<string>(nlocalsplus).fill('');
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, offset] of umd.varnames) {
    let kind: number = LocalKind.CO_FAST_LOCAL;
    if (umd.fasthidden.has(name)) kind |= LocalKind.CO_FAST_HIDDEN;
    if (umd.cellvars.has(name)) kind |= LocalKind.CO_FAST_CELL;
    names[offset] = name;
    kinds[offset] = kind;
  }
  const nlocals = umd.varnames.size;
  let numDropped = 0;
  for (const [name, index] of umd.cellvars) {
    if (umd.varnames.has(name)) {
      // A cell of a parameter lives in the parameter's slot.
      numDropped++;
      continue;
    }
    names[index + nlocals - numDropped] = name;
    kinds[index + nlocals - numDropped] = LocalKind.CO_FAST_CELL;
  }
  for (const [name, index] of umd.freevars) {
    names[index + nlocals - numDropped] = name;
    kinds[index + nlocals - numDropped] = LocalKind.CO_FAST_FREE;
  }
  return { names, kinds };
}

function namesOfKind(names: readonly string[], kinds: Uint8Array, kind: LocalKind): string[] {
  return names.filter((_, i) => (kinds[i] & kind) !== 0);
}

/** _PyAssemble_MakeCodeObject. */
export function assembleCode(
  umd: CodeUnitMetadata,
  consts: readonly CodeConstant[],
  stackDepth: number,
  seq: InstructionSequence,
  nlocalsplus: number,
  codeFlags: number,
  filename: string,
): CompiledCode {
  resolveJumpOffsets(seq);
  const code = emitBytecode(seq);
  const linetable = emitLocations(seq, umd.firstlineno);
  const exceptiontable = emitExceptionTable(seq);
  const { names: localsplusnames, kinds: localspluskinds } = localsplusInfo(umd, nlocalsplus);
  const names: string[] = [];
  for (const [name, i] of umd.names) names[i] = name;
  const varnames = namesOfKind(localsplusnames, localspluskinds, LocalKind.CO_FAST_LOCAL);
  return {
    _kind: 'Code',
    co_argcount: umd.posonlyargcount + umd.argcount,
    co_posonlyargcount: umd.posonlyargcount,
    co_kwonlyargcount: umd.kwonlyargcount,
    co_nlocals: varnames.length,
    co_stacksize: stackDepth,
    co_flags: codeFlags,
    co_code: code,
    co_consts: consts.slice(),
    co_names: names,
    co_varnames: varnames,
    co_cellvars: namesOfKind(localsplusnames, localspluskinds, LocalKind.CO_FAST_CELL),
    co_freevars: namesOfKind(localsplusnames, localspluskinds, LocalKind.CO_FAST_FREE),
    co_localsplusnames: localsplusnames,
    co_localspluskinds: localspluskinds,
    co_filename: filename,
    co_name: umd.name,
    co_qualname: umd.qualname,
    co_firstlineno: umd.firstlineno,
    co_linetable: linetable,
    co_exceptiontable: exceptiontable,
  };
}
