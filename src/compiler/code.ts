// What the compiler produces: a code object as plain data, with every `co_*` attribute CPython
// 3.13's code objects expose (Objects/codeobject.c), nested code objects among its constants.
// The runtime's code object wraps it; the compiler knows nothing of the runtime.
import type { ConstantValue } from './ast/constants';

/** A constant of a code object: a literal value, or the code of a nested function, class or comprehension. */
export type CodeConstant = ConstantValue | CompiledCode;

/** co_flags bits (Include/cpython/code.h). */
export const enum CodeFlag {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040,
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
  /** `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS). */
  CO_FUTURE_ANNOTATIONS = 0x1000000,
}

/** What each entry of co_localsplusnames is (co_localspluskinds, Include/internal/pycore_code.h). */
export const enum LocalKind {
  /** A local of an inlined comprehension, hidden from locals() of the scope that inlines it. */
  CO_FAST_HIDDEN = 0x10,
  CO_FAST_LOCAL = 0x20,
  CO_FAST_CELL = 0x40,
  CO_FAST_FREE = 0x80,
}

/** A code object, as `compile()` would return it: the fields CPython's code object exposes. */
export interface CompiledCode {
  readonly _kind: 'Code';
  /** Positional parameters, positional-only ones included. */
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  /** How many of co_localsplusnames are fast locals (co_varnames' length). */
  readonly co_nlocals: number;
  /** The deepest the value stack gets. */
  readonly co_stacksize: number;
  /** CodeFlag bits. */
  readonly co_flags: number;
  /** The bytecode: two bytes a code unit, inline caches as zero code units. */
  readonly co_code: Uint8Array;
  readonly co_consts: readonly CodeConstant[];
  /** Globals, attributes and imported names the bytecode names. */
  readonly co_names: readonly string[];
  /** The fast locals (parameters first), cells of parameters included. */
  readonly co_varnames: readonly string[];
  /** The cells that are not parameters. */
  readonly co_cellvars: readonly string[];
  readonly co_freevars: readonly string[];
  /** Every local, cell and free variable, as LOAD_FAST and LOAD_DEREF number them. */
  readonly co_localsplusnames: readonly string[];
  /** The LocalKind bits of each of co_localsplusnames. */
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  /** The location table (Objects/locations.md). */
  readonly co_linetable: Uint8Array;
  /** The exception table (Objects/exception_handling_notes.txt). */
  readonly co_exceptiontable: Uint8Array;
}

export function isCompiledCode(v: unknown): v is CompiledCode {
  return typeof v === 'object' && v !== null && (v as { _kind?: unknown })._kind === 'Code';
}
