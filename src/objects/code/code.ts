// The runtime's code object: the compiler's CompiledCode with its constants turned into
// Python values, its bytecode as 16-bit code units the interpreter reads (and that
// specialization will rewrite in place), and its tables decoded when first needed.
import { PyObject, type PyValue } from '../object';
import { CodeType } from '../builtin-types';
import { CodeFlag, isCompiledCode, type CodeConstant, type CompiledCode } from '../../compiler/code';
import {
  BytesConstant,
  ComplexConstant,
  ELLIPSIS,
  FloatConstant,
  FrozensetConstant,
  SplitSurrogateStr,
  TupleConstant,
} from '../../compiler/ast/constants';
import { EMPTY_TUPLE, PyBytes, PyComplex, PyFloat, PyTuple } from '../boxes';
import { Ellipsis, None } from '../singletons';
import { newFrozenSet } from '../set';
import { decodeExceptionTable, type ExceptionTableEntry } from './exception-table';
import { decodeLocationTable, type LocationRange } from './location-table';
import { ADAPTIVE, CACHE_ENTRIES, Opcode } from '../../generated/opcodes';
import type { Executor } from '../../jit/executor';
import { jumpBackwardCounter } from '../../jit/config';
import { WARMUP_COUNTER } from './backoff';
import { newVersionTag } from '../version-tags';

export class PyCode extends PyObject {
  /**
   * The bytecode the interpreter runs (CPython's _co_code_adaptive): specialization rewrites
   * opcodes in place, and the first cache unit of an adaptive instruction is its counter.
   */
  readonly instructions: Uint16Array;
  /**
   * The values of the inline caches, indexed by code unit like `instructions`: what CPython
   * packs into the cache units (type versions, indexes, cached objects) lives here as JS values.
   */
  readonly caches: unknown[];
  /** The executors of tier 2 that ENTER_EXECUTOR instructions in this code index (co_executors). */
  executors: (Executor | null)[] | null = null;
  /** The version tag functions made from this code start with (see version-tags.ts). */
  readonly version = newVersionTag();
  readonly consts: PyValue[];
  readonly names: readonly string[];
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly flags: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** Fast locals, cells and free variables together (co_nlocalsplus). */
  readonly nlocalsplus: number;
  readonly nlocals: number;
  readonly stacksize: number;
  readonly localsplusnames: readonly string[];
  readonly localspluskinds: Uint8Array;
  /** The number of cells and free variables (they follow the plain locals). */
  readonly ncells: number;
  readonly nfree: number;
  /** The function's docstring: its first constant when that is a str (3.13's rule). */
  readonly docstring: PyValue;
  private exceptionEntries: ExceptionTableEntry[] | null = null;
  private locationRanges: LocationRange[] | null = null;

  constructor(readonly compiled: CompiledCode) {
    super(CodeType);
    const bytes = compiled.co_code;
    const units = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    this.instructions = units;
    this.caches = new Array<unknown>(units.length).fill(0);
    quicken(units);
    this.consts = compiled.co_consts.map(constantValue);
    this.names = compiled.co_names;
    this.name = compiled.co_name;
    this.qualname = compiled.co_qualname;
    this.filename = compiled.co_filename;
    this.flags = compiled.co_flags;
    this.argcount = compiled.co_argcount;
    this.posonlyargcount = compiled.co_posonlyargcount;
    this.kwonlyargcount = compiled.co_kwonlyargcount;
    this.nlocalsplus = compiled.co_localsplusnames.length;
    this.nlocals = compiled.co_nlocals;
    this.stacksize = compiled.co_stacksize;
    this.localsplusnames = compiled.co_localsplusnames;
    this.localspluskinds = compiled.co_localspluskinds;
    this.ncells = compiled.co_cellvars.length;
    this.nfree = compiled.co_freevars.length;
    const first = this.consts[0];
    this.docstring = typeof first === 'string' && (this.flags & CodeFlag.CO_OPTIMIZED) !== 0 ? first : None;
  }

  get exceptionTable(): ExceptionTableEntry[] {
    return (this.exceptionEntries ??= decodeExceptionTable(this.compiled.co_exceptiontable));
  }

  get locations(): LocationRange[] {
    return (this.locationRanges ??= decodeLocationTable(this.compiled.co_linetable, this.compiled.co_firstlineno));
  }

  /** The handler for an exception raised by the instruction at code unit `offset`, if any. */
  handlerFor(offset: number): ExceptionTableEntry | undefined {
    for (const e of this.exceptionTable) if (offset >= e.start && offset < e.end) return e;
    return undefined;
  }

  /** The source location of the instruction at code unit `offset`. */
  locationOf(offset: number): LocationRange | undefined {
    for (const r of this.locations) if (offset >= r.start && offset < r.end) return r;
    return undefined;
  }

  lineOf(offset: number): number | null {
    const loc = this.locationOf(offset);
    return loc === undefined || loc.line < 0 ? null : loc.line;
  }
}

/** Gives every adaptive instruction its warm-up counter (CPython's _PyCode_Quicken). */
function quicken(units: Uint16Array): void {
  for (let i = 0; i < units.length; ) {
    const opcode = units[i] & 255;
    if (ADAPTIVE.has(opcode)) units[i + 1] = WARMUP_COUNTER;
    else if (opcode === Opcode.JUMP_BACKWARD) units[i + 1] = jumpBackwardCounter();
    i += 1 + CACHE_ENTRIES[opcode];
  }
}

function constantValue(c: CodeConstant): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean':
    case 'number':
    case 'bigint':
    case 'string':
      return c;
  }
  if (isCompiledCode(c)) return new PyCode(c);
  if (c instanceof FloatConstant) return new PyFloat(c.value);
  if (c instanceof ComplexConstant) return new PyComplex(c.real, c.imag);
  if (c instanceof BytesConstant) return new PyBytes(c.bytes);
  if (c instanceof TupleConstant) return c.items.length === 0 ? EMPTY_TUPLE : new PyTuple(c.items.map(constantValue));
  if (c instanceof FrozensetConstant) return newFrozenSet(c.inserted.map(constantValue));
  if (c instanceof SplitSurrogateStr) return c.parts.join('');
  if (c === ELLIPSIS) return Ellipsis;
  throw new Error('unknown constant');
}
