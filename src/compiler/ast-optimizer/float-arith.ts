// Python float arithmetic for the optimizer: the object model's (objects/float-arith.ts) with
// every error as undefined. An int operand is converted first (CONVERT_TO_DOUBLE), which fails
// for an int too large for a float. Pow also declines results it cannot reproduce (see
// objects/float-pow.ts).
import { FloatConstant } from '../ast/constants';
import { intToDouble } from '../../objects/float-bits';
import { floatFloorDiv as objectsFloatFloorDiv, floatMod as objectsFloatMod, floatPow as objectsFloatPow } from '../../objects/float-arith';
import { big, type IntLike } from './values';

/** A float operand's value, or an int's as PyLong_AsDouble gives it; undefined on overflow. */
export function toDouble(v: IntLike | FloatConstant): number | undefined {
  if (v instanceof FloatConstant) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const x = intToDouble(big(v));
  return Number.isFinite(x) ? x : undefined;
}

/** a / b (float_div): ZeroDivisionError for b == 0. */
export function floatTrueDivide(a: number, b: number): number | undefined {
  return b === 0 ? undefined : a / b;
}

/** a % b (float_rem); ZeroDivisionError for b == 0. */
export function floatMod(a: number, b: number): number | undefined {
  return b === 0 ? undefined : objectsFloatMod(a, b);
}

/** a // b (float_floor_div); ZeroDivisionError for b == 0. */
export function floatFloorDiv(a: number, b: number): number | undefined {
  return b === 0 ? undefined : objectsFloatFloorDiv(a, b);
}

/** What float ** gives: a float, a request for complex ** (negative base, fractional exponent), or an error. */
export type FloatPowResult = { readonly value: number } | 'complex' | undefined;

/** a ** b (float_pow, with glibc's pow): undefined for OverflowError and ZeroDivisionError. */
export function floatPow(iv: number, iw: number): FloatPowResult | undefined {
  const r = objectsFloatPow(iv, iw);
  return r === 'zero' || r === 'overflow' ? undefined : r;
}
