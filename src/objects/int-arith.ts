// Exact int arithmetic on the canonical form (a JS number when safe, a bigint beyond): pure
// functions that never raise (the callers check zero divisors and negative counts). The int type
// (int.ts) builds on these; the VM's fast paths and the AST optimizer call them directly.
import type { PyInt } from './object';
import { bitLen, divideScaled } from './float-bits';

/** A bigint turned back into a number when it is safe (DESIGN.md §2: one form per value). */
export function canonical(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function big(v: PyInt | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

/** a % b with the sign of b; b is not 0. */
export function intRemainder(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return canonical(r);
}

/** a // b rounding toward minus infinity; b is not 0. */
export function intFloorDivide(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    const r = intRemainder(a, b) as number;
    // a - r is a multiple of b and smaller than 2^53 in magnitude, so the division is exact.
    const q = (a - r) / b;
    return q === 0 ? 0 : q;
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if (q * y !== x && x < 0n !== y < 0n) q -= 1n;
  return canonical(q);
}

/** The sum of two ints. */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return canonical(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return canonical(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    // A safe integer product of two safe integers is exact (an inexact one would exceed 2^53).
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return canonical(big(a) * big(b));
}

export function intNegate(a: PyInt): PyInt {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : canonical(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : canonical(a < 0n ? -a : a);
}

/** ~a: -(a + 1). */
export function intInvert(a: PyInt): PyInt {
  return typeof a === 'number' && a > -9007199254740991 ? -a - 1 : canonical(-big(a) - 1n);
}

export function isNegative(a: PyInt): boolean {
  return typeof a === 'number' ? a < 0 : a < 0n;
}

export function isZero(a: PyInt): boolean {
  return a === 0 || a === 0n;
}

/** [a // b, a % b]; b is not 0. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  return [intFloorDivide(a, b), intRemainder(a, b)];
}

/**
 * a / b correctly rounded (long_true_divide), ±Infinity where CPython raises OverflowError
 * ("integer division result too large for a float"); b is not 0. 0 / negative is -0.0.
 */
export function intTrueDivide(a: PyInt, b: PyInt): number {
  // Both exactly representable: IEEE division rounds the exact quotient once.
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = big(a);
  const y = big(b);
  const negative = x < 0n !== y < 0n;
  const q = divideScaled(x < 0n ? -x : x, y < 0n ? -y : y, 0);
  return negative ? -q : q;
}

/** a ** b for b ≥ 0. */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    // Repeated squaring in doubles: when the result is below 2^53, so is every partial product
    // that went into it, and each was exact.
    let r = 1;
    let base = a;
    for (let e = b; ; ) {
      if (e % 2 === 1) r *= base;
      e = Math.floor(e / 2);
      if (e === 0 || !Number.isSafeInteger(r)) break;
      base *= base;
    }
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const x = big(a);
  const n = big(b);
  if (n === 0n) return 1;
  if (x === 0n || x === 1n) return canonical(x);
  if (x === -1n) return (n & 1n) === 1n ? -1 : 1;
  return canonical(x ** n);
}

/** a ** b % m by repeated squaring, for b ≥ 0 and m > 0; the result in [0, m). */
export function intPowModPositive(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 1n) return 0n;
  let base = a % m;
  if (base < 0n) base += m;
  let result = 1n;
  while (b > 0n) {
    if ((b & 1n) === 1n) result = (result * base) % m;
    b >>= 1n;
    if (b > 0n) base = (base * base) % m;
  }
  return result;
}

/** The inverse of a modulo m > 0, or undefined when a and m are not coprime. */
export function intModInverse(a: bigint, m: bigint): bigint | undefined {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return undefined;
  return ((s0 % m) + m) % m;
}

/** a << n for n ≥ 0. */
export function intLShift(a: PyInt, n: PyInt): PyInt {
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  if (isZero(a)) return 0;
  return canonical(big(a) << big(n));
}

/** a >> n for n ≥ 0, rounding toward minus infinity. */
export function intRShift(a: PyInt, n: PyInt): PyInt {
  if (typeof a === 'number') {
    if (typeof n !== 'number' || n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n);
  }
  // A count past the bit length leaves 0 or -1; bigint >> with a huge count would too, slowly.
  if (typeof n === 'bigint' && n > 0xffffffffn) return a < 0n ? -1 : 0;
  return canonical(a >> big(n));
}

/** a & b, a | b, a ^ b on two's complement of unbounded width. */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return canonical(big(a) & big(b));
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return canonical(big(a) | big(b));
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return canonical(big(a) ^ big(b));
}

/** The number of bits of |a| (int.bit_length). */
export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    if (x < 2 ** 31) return 32 - Math.clz32(x);
    return bitLen(BigInt(x));
  }
  return bitLen(a < 0n ? -a : a);
}

/** The number of one bits of |a| (int.bit_count). */
export function intBitCount(a: PyInt): number {
  let x = big(a);
  if (x < 0n) x = -x;
  let count = 0;
  const hex = x.toString(16);
  for (let i = 0; i < hex.length; i++) count += HEX_POPCOUNT[parseInt(hex[i], 16)];
  return count;
}

const HEX_POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** The double nearest to an int (ties to even), ±Infinity where CPython raises OverflowError. */
export function intToDouble(a: PyInt): number {
  return typeof a === 'number' ? a : Number(a);
}
