// The constants of `match` patterns: the value CPython's AST optimizer (Python/ast_opt.c) folds a
// pattern literal into (`-1`, `1+2j`), when two mapping keys are the same key, and the repr a
// duplicate key is reported with.
import type * as ast from '../../generated/ast';
import { bytesRepr, strRepr, strReprOfParts } from '../../objects/str-repr';
import { complexRepr, floatRepr } from '../../objects/float-repr';
import { intRepr } from '../../objects/int-repr';
import {
  BytesConstant,
  ComplexConstant,
  ELLIPSIS,
  FloatConstant,
  SplitSurrogateStr,
  type ConstantValue,
} from '../ast/constants';

/**
 * The constant CPython's AST optimizer makes of a pattern literal: a constant, a negated number,
 * or a real number plus or minus an imaginary one. Undefined for anything else.
 */
export function foldConstant(e: ast.expr): ConstantValue | undefined {
  switch (e._kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      if (e.op._kind !== 'USub') return undefined;
      const v = foldConstant(e.operand);
      return v === undefined ? undefined : negate(v);
    }
    case 'BinOp': {
      if (e.op._kind !== 'Add' && e.op._kind !== 'Sub') return undefined;
      const left = foldConstant(e.left);
      const right = foldConstant(e.right);
      if (left === undefined || right === undefined) return undefined;
      return addComplex(left, right, e.op._kind === 'Sub');
    }
    default:
      return undefined;
  }
}

function negate(v: ConstantValue): ConstantValue | undefined {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return canonicalInt(-v);
  if (v instanceof FloatConstant) return new FloatConstant(-v.value);
  if (v instanceof ComplexConstant) return new ComplexConstant(-v.real, -v.imag);
  return undefined;
}

/** A real number plus (or minus) a complex one, as Python 3.13 computes it: the real as complex(x, 0.0). */
function addComplex(a: ConstantValue, b: ConstantValue, subtract: boolean): ConstantValue | undefined {
  const ca = asComplex(a);
  const cb = asComplex(b);
  if (ca === undefined || cb === undefined || !(b instanceof ComplexConstant)) return undefined;
  return subtract
    ? new ComplexConstant(ca[0] - cb[0], ca[1] - cb[1])
    : new ComplexConstant(ca[0] + cb[0], ca[1] + cb[1]);
}

function asComplex(v: ConstantValue): [number, number] | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return [Number(v), 0];
  if (v instanceof FloatConstant) return [v.value, 0];
  if (v instanceof ComplexConstant) return [v.real, v.imag];
  return undefined;
}

function canonicalInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/**
 * A string equal for two constants exactly when Python's set would hold them as one key:
 * `1`, `1.0`, `True` and `(1+0j)` are one; `-0.0` is `0`.
 */
export function constantKey(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'n:1' : 'n:0';
  if (typeof v === 'number' || typeof v === 'bigint') return 'n:' + v.toString();
  if (typeof v === 'string') return 's:' + v;
  if (v instanceof SplitSurrogateStr) return 'ss:' + JSON.stringify(v.parts);
  if (v instanceof FloatConstant) return realKey(v.value);
  if (v instanceof ComplexConstant) return v.imag === 0 ? realKey(v.real) : `c:${realKey(v.real)},${v.imag}`;
  if (v instanceof BytesConstant) return 'b:' + Array.from(v.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return 'Ellipsis';
}

function realKey(x: number): string {
  return Number.isInteger(x) ? 'n:' + BigInt(x).toString() : 'f:' + String(x);
}

/** `%R` of a constant. */
export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof SplitSurrogateStr) return strReprOfParts(v.parts);
  if (v instanceof FloatConstant) return floatRepr(v.value);
  if (v instanceof ComplexConstant) return complexRepr(v.real, v.imag);
  if (v instanceof BytesConstant) return bytesRepr(v.bytes);
  if (v === ELLIPSIS) return 'Ellipsis';
  return String(v);
}
