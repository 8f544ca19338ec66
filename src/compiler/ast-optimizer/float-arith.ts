// Python float arithmetic for the optimizer (Objects/floatobject.c): the operations whose
// results are not simply IEEE's — floor division and modulo with the divisor's sign, true
// division's ZeroDivisionError, and float_pow's special cases before it calls the C library's
// pow(). An int operand is converted first (CONVERT_TO_DOUBLE), which fails for an int too large
// for a float. Every function returns undefined where CPython raises (or, for pow, where its
// result cannot be reproduced; see pow.ts). In place of the object model's float, which does
// not exist yet.
import { FloatConstant } from '../ast/constants';
import { intToDouble } from './float-bits';
import { libmPow } from './pow';
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

/** a % b (float_rem): fmod, moved to the divisor's sign; a zero result takes the divisor's sign. */
export function floatMod(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  let mod = a % b; // JS's % is C's fmod, exact
  // C's `if (mod)`: a NaN counts as nonzero there.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** a // b (float_floor_div via _float_div_mod). */
export function floatFloorDiv(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  }
  let floordiv: number;
  if (div !== 0) {
    // div is very close to an integer; snap it to the nearest.
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // Zero with the sign a / b would have.
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return floordiv;
}

/** Whether a double is an odd integer (DOUBLE_IS_ODD_INTEGER). */
function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** What float ** gives: a float, a request for complex ** (negative base, fractional exponent), or an error. */
export type FloatPowResult = { readonly value: number } | 'complex' | undefined;

/**
 * a ** b (float_pow): the special cases CPython sorts out itself, then the C library's pow for
 * a positive finite base other than 1 and a finite nonzero exponent. OverflowError when that
 * overflows; ZeroDivisionError for 0 to a negative power.
 */
export function floatPow(iv: number, iw: number): FloatPowResult {
  if (iw === 0) return { value: 1 }; // v**0 is 1, even 0**0 and nan**0
  if (Number.isNaN(iv)) return { value: iv };
  if (Number.isNaN(iw)) return { value: iv === 1 ? 1 : iw };
  if (!Number.isFinite(iw)) {
    // v**inf is 0.0, 1.0 or inf as |v| is below, at or above 1; v**-inf the other way round.
    const av = Math.abs(iv);
    if (av === 1) return { value: 1 };
    return { value: iw > 0 === av > 1 ? Math.abs(iw) : 0 };
  }
  if (!Number.isFinite(iv)) {
    // (±inf)**w is inf for w positive, 0 for w negative, with the sign of v when w is an odd integer.
    const odd = isOddInteger(iw);
    if (iw > 0) return { value: odd ? iv : Math.abs(iv) };
    return { value: odd ? (iv < 0 ? -0 : 0) : 0 };
  }
  if (iv === 0) {
    if (iw < 0) return undefined; // ZeroDivisionError: zero to a negative power
    return { value: isOddInteger(iw) ? iv : 0 };
  }
  let negate = false;
  if (iv < 0) {
    // A negative number to a fractional power is complex: float_pow hands it to complex_pow.
    if (iw !== Math.floor(iw)) return 'complex';
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return { value: negate ? -1 : 1 };
  const ix = libmPow(iv, iw);
  if (ix === undefined || ix === Infinity) return undefined; // not reproducible, or OverflowError
  return { value: negate ? -ix : ix };
}
