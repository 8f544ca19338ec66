// The AST optimizer's view of constant values: which Python type each ConstantValue is, ints as
// bigints and back, truth values, and the `undefined` that every folding function returns where
// CPython's operation would raise (ast_opt.c's make_const then clears the error and leaves the
// node as it was).
import {
  BytesConstant,
  ComplexConstant,
  ELLIPSIS,
  FloatConstant,
  FrozensetConstant,
  SplitSurrogateStr,
  TupleConstant,
  type ConstantValue,
} from '../ast/constants';
import { bitLen } from '../../objects/float-bits';

/** The Python type of a constant, by the name `type(v).__name__` gives. */
export type PyKind = 'NoneType' | 'bool' | 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'tuple' | 'frozenset' | 'ellipsis';

/** What a fold produces: the new constant, or `undefined` where CPython's operation raises (no fold). */
export type Folded = ConstantValue | undefined;

/** A Python int or bool: the operands of int arithmetic (bool is a subclass of int). */
export type IntLike = number | bigint | boolean;

/** A Python str as the AST holds it. */
export type PyStr = string | SplitSurrogateStr;

export function kindOf(v: ConstantValue): PyKind {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (v === null) return 'NoneType';
  if (v instanceof FloatConstant) return 'float';
  if (v instanceof ComplexConstant) return 'complex';
  if (v instanceof SplitSurrogateStr) return 'str';
  if (v instanceof BytesConstant) return 'bytes';
  if (v instanceof TupleConstant) return 'tuple';
  if (v instanceof FrozensetConstant) return 'frozenset';
  if (v === ELLIPSIS) return 'ellipsis';
  throw new TypeError(`not a constant: ${String(v)}`);
}

/** Whether `v` is an int or a bool (PyLong_Check). */
export function isIntLike(v: ConstantValue): v is IntLike {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

export function isStr(v: ConstantValue): v is PyStr {
  return typeof v === 'string' || v instanceof SplitSurrogateStr;
}

/** An int or bool as a bigint. */
export function big(v: IntLike): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An int result in canonical form: a number when it is a safe integer (DESIGN.md §2). */
export function canonicalInt(v: bigint): number | bigint {
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

/** The number of bits of |v| (_PyLong_NumBits): 0 for 0. */
export function bitLength(v: bigint): number {
  return bitLen(v < 0n ? -v : v);
}

/**
 * PyObject_IsTrue for a constant: false for None, False, zeros, empty str/bytes/tuple/frozenset.
 * (A NaN is true, as nonzero.)
 */
export function isTrue(v: ConstantValue): boolean {
  switch (kindOf(v)) {
    case 'NoneType':
      return false;
    case 'bool':
      return v as boolean;
    case 'int':
      return v !== 0 && v !== 0n;
    case 'float':
      return (v as FloatConstant).value !== 0;
    case 'complex':
      return (v as ComplexConstant).real !== 0 || (v as ComplexConstant).imag !== 0;
    case 'str':
      return typeof v === 'string' ? v.length > 0 : (v as SplitSurrogateStr).parts.some((p) => p.length > 0);
    case 'bytes':
      return (v as BytesConstant).bytes.length > 0;
    case 'tuple':
      return (v as TupleConstant).items.length > 0;
    case 'frozenset':
      return (v as FrozensetConstant).items.length > 0;
    case 'ellipsis':
      return true;
  }
}

