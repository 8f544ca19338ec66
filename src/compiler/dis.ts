// The disassembler: `dis.dis(code)` of CPython 3.13 (Lib/dis.py), line for line — line numbers,
// labels, opnames and opargs with their meaning, the exception table, then the nested code
// objects. Reads only the code object's public fields, as dis.py does.
import {
  CACHE_ENTRIES,
  CACHE_FORMAT,
  DEOPT,
  CMP_OP,
  CONVERSION_NAMES,
  FUNCTION_ATTR_FLAGS,
  INTRINSIC_1_NAMES,
  INTRINSIC_2_NAMES,
  NB_OP_SYMBOLS,
  OPCODE_FLAGS,
  OPCODE_NAMES,
  OpFlag,
  Opcode,
} from '../generated/opcodes';
import { decodeExceptionTable, type ExceptionTableEntry } from '../objects/code/exception-table';
import { codeLines, decodeLocationTable } from '../objects/code/location-table';
import { type CompiledCode, isCompiledCode } from './code';
import { constRepr } from './const-repr';
import { strRepr } from '../objects/str-repr';

export interface DisOptions {
  /** `-C`: show the inline cache entries. */
  readonly showCaches?: boolean;
  /** `-O`: show the offset of each instruction. */
  readonly showOffsets?: boolean;
  /**
   * `adaptive=True`: the bytecode as it runs now, specialized instructions and cache contents
   * included (CPython's _co_code_adaptive), for a code object; null where there is none.
   */
  readonly adaptive?: (co: CompiledCode) => Uint8Array | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = '  --';

function hasFlag(op: number, flag: OpFlag): boolean {
  return (OPCODE_FLAGS[op] & flag) !== 0;
}

function isBackwardJump(op: number): boolean {
  return op === Opcode.JUMP_BACKWARD || op === Opcode.JUMP_BACKWARD_NO_INTERRUPT;
}

/** One instruction as dis.py's _unpack_opargs yields it. */
interface RawInstr {
  readonly offset: number;
  readonly op: number;
  readonly arg: number | null;
}

/** _unpack_opargs: skips inline caches, folds EXTENDED_ARG into the next oparg. */
function unpackOpargs(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches > 0) {
      caches--;
      continue;
    }
    const op = code[i];
    // A specialized instruction has its family head's oparg and cache.
    const deop = DEOPT[op];
    caches = CACHE_ENTRIES[deop];
    let arg: number | null = null;
    if (hasFlag(deop, OpFlag.Arg)) {
      arg = code[i + 1] | extendedArg;
      extendedArg = op === Opcode.EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
    } else {
      extendedArg = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

/** _get_jump_target: the offset a relative jump lands on, or null for other instructions. */
function jumpTarget(op: number, arg: number, offset: number): number | null {
  if (!hasFlag(op, OpFlag.Jump)) return null;
  const signed = isBackwardJump(op) ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * CACHE_ENTRIES[op];
}

/** findlinestarts: (offset, line) where co_lines() changes line; null for no line. */
function findLineStarts(co: CompiledCode): Map<number, number | null> {
  const starts = new Map<number, number | null>();
  let last: number | null | undefined = undefined;
  for (const [start, , line] of codeLines(decodeLocationTable(co.co_linetable, co.co_firstlineno))) {
    const l = line < 0 ? null : line;
    if (l !== last) {
      last = l;
      starts.set(start, l);
    }
  }
  return starts;
}

interface LabelledEntry extends ExceptionTableEntry {
  startLabel: number;
  endLabel: number;
  targetLabel: number;
}

/** _make_labels_map: jump targets and exception table bounds, numbered L1, L2… in offset order. */
function makeLabelsMap(instrs: readonly RawInstr[], entries: readonly ExceptionTableEntry[]): Map<number, number> {
  const labels = new Set<number>();
  for (const i of instrs) {
    if (i.arg === null) continue;
    const t = jumpTarget(i.op, i.arg, i.offset);
    if (t !== null) labels.add(t);
  }
  for (const e of entries) {
    labels.add(e.start * 2);
    labels.add(e.end * 2);
    labels.add(e.target * 2);
  }
  const sorted = [...labels].sort((a, b) => a - b);
  return new Map(sorted.map((offset, i) => [offset, i + 1]));
}

/** _get_lineno_width. */
function linenoWidth(linestarts: Map<number, number | null>): number {
  const lines = [...linestarts.values()];
  // filter(None, …) drops line 0 as well as None.
  const max = Math.max(-1, ...lines.filter((l): l is number => l !== null && l !== 0));
  if (max === -1) return 0;
  let width = Math.max(3, String(max).length);
  if (width < NO_LINENO.length && lines.includes(null)) width = NO_LINENO.length;
  return width;
}

function argRepr(co: CompiledCode, op: number, arg: number, offset: number, labels: Map<number, number>): string {
  if (hasFlag(op, OpFlag.Const)) return constRepr(co.co_consts[arg]);
  if (hasFlag(op, OpFlag.Name)) {
    switch (op) {
      case Opcode.LOAD_GLOBAL:
        return co.co_names[arg >> 1] + (arg & 1 ? ' + NULL' : '');
      case Opcode.LOAD_ATTR:
        return co.co_names[arg >> 1] + (arg & 1 ? ' + NULL|self' : '');
      case Opcode.LOAD_SUPER_ATTR:
        return co.co_names[arg >> 2] + (arg & 1 ? ' + NULL|self' : '');
      default:
        return co.co_names[arg];
    }
  }
  if (hasFlag(op, OpFlag.Jump) || hasFlag(op, OpFlag.Exc)) return `to L${labels.get(jumpTarget(op, arg, offset)!)}`;
  switch (op) {
    case Opcode.LOAD_FAST_LOAD_FAST:
    case Opcode.STORE_FAST_LOAD_FAST:
    case Opcode.STORE_FAST_STORE_FAST:
      return `${co.co_localsplusnames[arg >> 4]}, ${co.co_localsplusnames[arg & 15]}`;
  }
  if (hasFlag(op, OpFlag.Local) || hasFlag(op, OpFlag.Free)) return co.co_localsplusnames[arg];
  switch (op) {
    case Opcode.COMPARE_OP: {
      const cmp = CMP_OP[arg >> 5];
      return arg & 16 ? `bool(${cmp})` : cmp;
    }
    case Opcode.CONVERT_VALUE:
      return CONVERSION_NAMES[arg];
    case Opcode.SET_FUNCTION_ATTRIBUTE:
      return FUNCTION_ATTR_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case Opcode.BINARY_OP:
      return NB_OP_SYMBOLS[arg];
    case Opcode.CALL_INTRINSIC_1:
      return INTRINSIC_1_NAMES[arg];
    case Opcode.CALL_INTRINSIC_2:
      return INTRINSIC_2_NAMES[arg];
  }
  return '';
}

/** The little-endian number in `size` code units at `offset` (0 in freshly assembled code). */
function cacheValue(code: Uint8Array, offset: number, size: number): number {
  let value = 0;
  for (let i = 2 * size - 1; i >= 0; i--) value = value * 256 + code[offset + i];
  return value;
}

/** `dis.disassemble(co)`: one code object, without the nested ones. */
export function disassemble(co: CompiledCode, options: DisOptions = {}): string {
  const out: string[] = [];
  const linestarts = findLineStarts(co);
  const entries = decodeExceptionTable(co.co_exceptiontable);
  const bytecode = options.adaptive?.(co) ?? co.co_code;
  const instrs = unpackOpargs(bytecode);
  const labels = makeLabelsMap(instrs, entries);
  const labelWidth = 4 + String(labels.size).length;
  const lnWidth = linenoWidth(linestarts);
  const offsetWidth = options.showOffsets ? String(Math.max(co.co_code.length - 2, 9999)).length : 0;

  const printLine = (offset: number, startsLine: boolean, line: number | null, label: number | undefined, opname: string, arg: number | null, repr: string): void => {
    if (lnWidth > 0 && startsLine && offset > 0) out.push('');
    const fields: string[] = [];
    if (lnWidth > 0) {
      if (startsLine) fields.push(line === null ? NO_LINENO.padStart(lnWidth) : String(line).padStart(lnWidth));
      else fields.push(' '.repeat(lnWidth));
    }
    fields.push(label !== undefined ? `L${label}:`.padStart(labelWidth) : ' '.repeat(labelWidth));
    if (offsetWidth > 0) fields.push(String(offset).padStart(offsetWidth) + '  ');
    fields.push('   ');
    fields.push(opname.padEnd(OPNAME_WIDTH));
    if (arg !== null) {
      const excess = Math.max(0, opname.length - OPNAME_WIDTH);
      fields.push(String(arg).padStart(OPARG_WIDTH - excess));
      if (repr !== '') fields.push('(' + repr + ')');
    }
    out.push(fields.join(' ').trimEnd());
  };

  let line: number | null = null;
  for (const { offset, op, arg } of instrs) {
    const startsLine = linestarts.has(offset);
    if (startsLine) line = linestarts.get(offset)!;
    const deop = DEOPT[op];
    const repr = arg !== null ? argRepr(co, deop, arg, offset, labels) : '';
    printLine(offset, startsLine, line, labels.get(offset), OPCODE_NAMES[op], arg, repr);
    const format = CACHE_FORMAT[deop];
    if (options.showCaches && format !== undefined) {
      let cacheOffset = offset;
      for (const [name, size] of format) {
        const value = cacheValue(bytecode, cacheOffset + 2, size);
        for (let i = 0; i < size; i++) {
          cacheOffset += 2;
          printLine(cacheOffset, false, null, undefined, 'CACHE', 0, i === 0 ? `${name}: ${value}` : '');
        }
      }
    }
  }
  if (entries.length > 0) {
    out.push('ExceptionTable:');
    for (const e of entries as LabelledEntry[]) {
      const lasti = e.lasti ? ' lasti' : '';
      out.push(`  L${labels.get(e.start * 2)} to L${labels.get(e.end * 2)} -> L${labels.get(e.target * 2)} [${e.depth}]${lasti}`);
    }
  }
  return out.map((l) => l + '\n').join('');
}

/** `dis.dis(co)`: the code object, then each code object among its constants, recursively. */
export function dis(co: CompiledCode, options: DisOptions = {}): string {
  let text = disassemble(co, options);
  for (const c of co.co_consts) {
    if (isCompiledCode(c)) text += `\nDisassembly of ${constRepr(c)}:\n` + dis(c, options);
  }
  return text;
}

function pyStrTuple(items: readonly string[]): string {
  const reprs = items.map(strRepr);
  return reprs.length === 1 ? `(${reprs[0]},)` : `(${reprs.join(', ')})`;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/**
 * Every co_* field of a code object and of those among its constants, one per line, as
 * scripts/dump-cpython-dis.py's dump_fields writes CPython's: what dis does not show (columns,
 * flags, stack sizes, the exception table's bytes).
 */
export function dumpFields(co: CompiledCode): string {
  const lines = [
    `co_name: ${strRepr(co.co_name)}`,
    `co_qualname: ${strRepr(co.co_qualname)}`,
    `co_filename: ${strRepr(co.co_filename)}`,
    `co_firstlineno: ${co.co_firstlineno}`,
    `co_argcount: ${co.co_argcount}`,
    `co_posonlyargcount: ${co.co_posonlyargcount}`,
    `co_kwonlyargcount: ${co.co_kwonlyargcount}`,
    `co_nlocals: ${co.co_nlocals}`,
    `co_stacksize: ${co.co_stacksize}`,
    `co_flags: ${co.co_flags}`,
    `co_names: ${pyStrTuple(co.co_names)}`,
    `co_varnames: ${pyStrTuple(co.co_varnames)}`,
    `co_cellvars: ${pyStrTuple(co.co_cellvars)}`,
    `co_freevars: ${pyStrTuple(co.co_freevars)}`,
    `co_code: ${hex(co.co_code)}`,
    `co_linetable: ${hex(co.co_linetable)}`,
    `co_exceptiontable: ${hex(co.co_exceptiontable)}`,
    `co_consts: (${co.co_consts.map((c) => (isCompiledCode(c) ? `<code ${c.co_qualname}>` : constRepr(c))).join(', ')})`,
  ];
  let text = lines.map((l) => l + '\n').join('');
  for (const c of co.co_consts) if (isCompiledCode(c)) text += '\n' + dumpFields(c);
  return text;
}
