// pow(x, y) for doubles: the part of float ** (Objects/floatobject.c, float_pow) that CPython
// leaves to the C library. JS's Math.pow cannot stand in for it: V8 gives 10 ** -4 as
// 0.00009999999999999999 and 10.0 ** 23 as 1e23, where CPython gives 0.0001 and
// 1.0000000000000001e+23.
//
// The reference CPython runs on glibc, whose pow is not correctly rounded: within about 0.006
// ulp of a point halfway between two doubles it may round either way. glibc-pow.ts follows
// glibc's computation step by step and gives its result everywhere. For the commonest
// exponents (2, 0.5, -1) the correctly rounded x·x, sqrt(x) and 1/x are glibc's result too
// unless the exact value lies that near a halfway point, which their exact error terms show:
// only those few go the slow way.
import { productError } from './fma';
import { glibcPow, halfGaps } from './glibc-pow';

/**
 * x ** y as glibc's pow gives it, for finite x > 0 with x != 1 and finite y != 0: Infinity when
 * the result overflows (CPython's OverflowError); an underflow gives 0 or a subnormal.
 */
export function libmPow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) {
    const p = x * x;
    if (p < 2 ** 1000 && p > 2 ** -960 && !nearHalfway(p, productError(x, x, p), x, y)) return p;
  } else if (y === 0.5) {
    const s = Math.sqrt(x);
    if (s < 2 ** 500 && s > 2 ** -480) {
      // x = s² + residual exactly, so sqrt(x) = s + residual / 2s to far better than the window.
      const square = s * s;
      const residual = x - square - productError(s, s, square);
      if (!nearHalfway(s, residual / (2 * s), x, y)) return s;
    }
  } else if (y === -1) {
    const q = 1 / x;
    if (q < 2 ** 1000 && q > 2 ** -960) {
      // 1 = q·x + residual exactly, so 1/x = q + residual / x.
      const product = q * x;
      const residual = 1 - product - productError(q, x, product);
      if (!nearHalfway(q, residual / x, x, y)) return q;
    }
  }
  return glibcPow(x, y);
}

/** The name float ** and the math functions use for libmPow. */
export const powRounded = libmPow;

/**
 * Whether c + offset, the exact x ** y next to its correctly rounded value c, lies so near a
 * halfway point that glibc's rounding may differ: 0.011 ulp plus |y·ln x|·2^-14 ulp, a bound
 * on glibc's error before its last rounding with room to spare.
 */
function nearHalfway(c: number, offset: number, x: number, y: number): boolean {
  const [up, down] = halfGaps(c);
  const half = offset >= 0 ? up : down;
  const window = (0.011 + Math.abs(y * Math.log(x)) / 16384) * 2 * half;
  return Math.abs(Math.abs(offset) - half) <= window;
}
