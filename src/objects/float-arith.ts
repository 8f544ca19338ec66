// Float arithmetic whose results are not simply IEEE's (Objects/floatobject.c): floor division
// and modulo with the divisor's sign, and float_pow's special cases around the C library's pow().
// Pure functions on doubles: the float type raises where these return undefined, and the AST
// optimizer leaves such operations unfolded.
import type { PyInt } from './object';
import { libmPow } from './float-pow';

/** a % b (float_rem): fmod, moved to the divisor's sign; a zero result takes the divisor's sign. b is not 0. */
export function floatMod(a: number, b: number): number {
  let mod = a % b; // JS's % is C's fmod, exact
  // C's `if (mod)`: a NaN counts as nonzero there.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** [a // b, a % b] (_float_div_mod); b is not 0. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
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
  return [floordiv, mod];
}

/** a // b (float_floor_div); b is not 0. */
export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b)[0];
}

/** Whether a double is an odd integer (DOUBLE_IS_ODD_INTEGER). */
function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * What float ** gives: a float, a request for complex ** (negative base, fractional exponent),
 * 'zero' for 0 to a negative power (ZeroDivisionError) or 'overflow' (OverflowError).
 */
export type FloatPowResult = { readonly value: number } | 'complex' | 'zero' | 'overflow';

/**
 * a ** b (float_pow): the special cases CPython sorts out itself, then the C library's pow for
 * a positive finite base other than 1 and a finite nonzero exponent (libmPow, glibc's pow).
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
    if (iw < 0) return 'zero';
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
  if (ix === Infinity) return 'overflow';
  return { value: negate ? -ix : ix };
}

/** x compared with the int n exactly: negative, zero or positive, or NaN when x is a NaN. */
export function compareDoubleInt(x: number, n: PyInt): number {
  if (typeof n === 'number') return x < n ? -1 : x > n ? 1 : x === n ? 0 : NaN;
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const floor = BigInt(Math.floor(x));
  if (floor < n) return -1;
  if (floor > n) return 1;
  return Number.isInteger(x) ? 0 : 1;
}

/** round(x) to an int, halfway cases to even (float___round___impl without ndigits). */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
