// Exact conversions between doubles and integers for float arithmetic (the runtime's and the
// AST optimizer's): a double as mantissa·2^exponent, powers of two, and the correctly rounded
// double (round half to even, with subnormals) of an exact or nearly exact binary value.
// CPython's int true division (long_true_divide), int-to-float conversion and the platform's
// pow() all return the correctly rounded result, so each of them reduces to these.

const view = new DataView(new ArrayBuffer(8));

/** x = mantissa · 2^exponent exactly, for a finite x > 0 (mantissa below 2^53). */
export function frexpExact(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** The double 2^k, exactly, for k in [-1074, 1023]. */
export function pow2(k: number): number {
  if (k >= -1022) {
    view.setUint32(0, (k + 1023) << 20);
    view.setUint32(4, 0);
  } else {
    const bit = k + 1074; // 0..51: the position of the one bit of the subnormal
    view.setUint32(0, bit >= 32 ? 1 << (bit - 32) : 0);
    view.setUint32(4, bit < 32 ? 2 ** bit : 0);
  }
  return view.getFloat64(0);
}

/** The number of bits of a non-negative bigint. */
export function bitLen(v: bigint): number {
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * The double nearest to (q + δ)·2^scale, where q ≥ 0 is exact and δ is 0 when `inexact` is
 * false, or some value strictly between 0 and 1 when it is true (the sticky bit of a truncated
 * quotient). Ties go to even. Infinity when the result is too large for a double.
 * With `inexact`, q must carry at least two bits below the double's last mantissa bit, which
 * holds whenever q has 55 bits or more.
 */
export function roundScaled(q: bigint, scale: number, inexact: boolean): number {
  if (q === 0n) return 0;
  const top = bitLen(q) - 1 + scale; // q·2^scale lies in [2^top, 2^(top+1))
  if (top > 1023) return Infinity;
  const lsb = Math.max(top - 52, -1074); // the exponent of the result's last mantissa bit
  const drop = lsb - scale;
  let m: bigint;
  if (drop <= 0) {
    m = q << BigInt(-drop);
  } else {
    const d = BigInt(drop);
    m = q >> d;
    const rest = q & ((1n << d) - 1n);
    const half = 1n << (d - 1n);
    if (rest > half || (rest === half && (inexact || (m & 1n) === 1n))) m += 1n;
  }
  // m ≤ 2^53 and lsb ≤ 971, so m·2^lsb is exact, or Infinity when rounding carried past 2^1024.
  return Number(m) * pow2(lsb);
}

/**
 * The double nearest to (a / b)·2^scale for integers a ≥ 0 and b > 0: the quotient is taken to
 * at least 55 bits, and its remainder becomes the sticky bit.
 */
export function divideScaled(a: bigint, b: bigint, scale: number): number {
  if (a === 0n) return 0;
  const shift = Math.max(0, 55 - (bitLen(a) - bitLen(b)));
  const num = a << BigInt(shift);
  const q = num / b;
  return roundScaled(q, scale - shift, q * b !== num);
}

/**
 * The double nearest to an int, ties to even (PyLong_AsDouble), or ±Infinity where CPython
 * raises OverflowError. JS's Number(bigint) rounds the same way.
 */
export function intToDouble(v: bigint): number {
  return Number(v);
}
