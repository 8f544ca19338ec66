// The integer square root of a bigint (for isqrt-like needs and correctly rounded square roots).
import { bitLen } from './float-bits';

/** The integer square root (floor) of n ≥ 0. */
export function bigSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bits = bitLen(n);
  // A first guess from the top bits; one Newton step lands at or above the root (floor), and
  // from there the steps decrease to it.
  const shift = Math.max(0, bits - 52) & ~1;
  let x = BigInt(Math.ceil(Math.sqrt(Number(n >> BigInt(shift))))) << BigInt(shift / 2);
  if (x === 0n) x = 1n;
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
