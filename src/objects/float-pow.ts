// pow(x, y) for doubles: the part of float ** (Objects/floatobject.c, float_pow) that CPython
// leaves to the C library. JS's Math.pow cannot stand in for it: V8 gives 10 ** -4 as
// 0.00009999999999999999 and 10.0 ** 23 as 1e23, where CPython gives 0.0001 and
// 1.0000000000000001e+23.
//
// The reference CPython runs on glibc, whose pow (from ARM's optimized-routines) computes
// exp(y·log x) with log to a relative error of 1.5·2^-68 and exp to 0.509 ulp, so that before its
// final rounding it is within about 0.009 ulp + |y·ln x|·1.5·2^-15 ulp of the exact value. Its
// result is therefore the correctly rounded one unless the exact value lies that close to a point
// halfway between two doubles (exact ties such as 3.0 ** 34 among them), where the way glibc
// rounds depends on its algorithm's internals. This computes the correctly rounded result and
// reports those near-halfway values (a window of 0.011 ulp + |y·ln x|·2^-14 ulp) as not
// reproducible: the optimizer leaves them unfolded. At run time float ** takes the correctly
// rounded value there too (powRounded), which matches glibc except at some of those points.
//
// Integer exponents up to EXACT_EXPONENT_LIMIT are computed exactly with bigints; the others as
// exp(y·ln x) in bigint fixed point, precise enough that its error is far below that window.
import { bitLen, frexpExact, roundScaled } from './float-bits';
import { expFixed, ln2Fixed, lnFixed } from './fixed-point';

/** Integer exponents up to this magnitude are computed exactly (numbers of up to ~220k bits). */
const EXACT_EXPONENT_LIMIT = 4096;

/**
 * x ** y, correctly rounded, for finite x > 0 with x != 1 and finite y != 0 — what float_pow
 * leaves to pow(). Infinity when the result overflows (CPython's OverflowError); an underflow
 * gives 0 or a subnormal, as glibc's pow does without an error CPython reports. Undefined when
 * the exact value lies so near a halfway point that glibc's rounding cannot be predicted.
 */
export function libmPow(x: number, y: number): number | undefined {
  return pow(x, y, true);
}

/** x ** y correctly rounded (ties to even), under the same conditions as libmPow. */
export function powRounded(x: number, y: number): number {
  // Exponents for which one correctly rounded JS operation gives the same.
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  if (y === 1) return x;
  return pow(x, y, false) as number;
}

function pow(x: number, y: number, reproducibleOnly: boolean): number | undefined {
  // log2 of the result, to well within 1e-12 relative: far outside the double range, decide now.
  const log2 = y * Math.log2(x);
  if (log2 > 1025) return Infinity;
  if (log2 < -1080) return 0;
  // The window around halfway points where glibc may round either way, in 2^-20 ulp; null when
  // any answer will do.
  const window = reproducibleOnly ? BigInt(Math.ceil((0.011 + Math.abs(log2 * Math.LN2) / 16384) * 2 ** 20)) : null;
  if (Number.isInteger(y) && Math.abs(y) <= EXACT_EXPONENT_LIMIT) return exactIntegerPow(x, y, window);
  return expLogPow(x, y, window);
}

/**
 * The double nearest to v·2^scale, where v is known to within ±err units, or undefined when the
 * interval widened by `window` (in 2^-20 ulp of the result) reaches a halfway point. v has at
 * least 20 bits below the result's last bit. Without a window, the double nearest to v·2^scale.
 */
function roundAwayFromHalfway(v: bigint, err: bigint, scale: number, window: bigint | null): number | undefined {
  if (window === null) return roundScaled(v, scale, false);
  const top = bitLen(v) - 1 + scale;
  const lsb = Math.max(top - 52, -1074);
  const margin = err + (window << BigInt(lsb - scale - 20));
  const lo = roundScaled(v - margin, scale, false);
  const hi = roundScaled(v + margin, scale, false);
  return lo === hi ? lo : undefined;
}

/** x ** n exactly for an integer n, then rounded once. */
function exactIntegerPow(x: number, n: number, window: bigint | null): number | undefined {
  let { mantissa, exponent } = frexpExact(x);
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  if (n > 0) {
    // 64 more bits below the exact value, so that the window is a whole number of units.
    return roundAwayFromHalfway(mantissa ** BigInt(n) << 64n, 0n, exponent * n - 64, window);
  }
  // x ** -k = 2^(-exponent·k) / mantissa^k: a quotient of 128 bits, exact to within one unit.
  const k = -n;
  const d = mantissa ** BigInt(k);
  const shift = 128 + bitLen(d);
  const q = (1n << BigInt(shift)) / d;
  return roundAwayFromHalfway(q, 1n, -exponent * k - shift, window);
}

/**
 * x ** y as exp(y·ln x) in fixed point with P = 160 + (bits of y) fractional bits. The absolute
 * error of the result is below `err` units (generously: every truncation costs at most one
 * unit, ln x collects at most ~P of them plus |e|·P from ln 2, y multiplies them, and the
 * reduction by n·ln 2 and the exp series add as many again): some 2^-100 ulp, far inside
 * glibc's window.
 */
function expLogPow(x: number, y: number, window: bigint | null): number | undefined {
  const { mantissa: my, exponent: ey } = frexpExact(Math.abs(y));
  const yBits = bitLen(my) + Math.max(ey, 0);
  const P = 160 + yBits;
  const Pb = BigInt(P);
  const ln = lnFixed(x, P);
  // t = y·ln x, exactly scaled from the integer mantissa of y.
  let t = ln * (y < 0 ? -my : my);
  t = ey >= 0 ? t << BigInt(ey) : t >> BigInt(-ey);
  // t = n·ln 2 + r with 0 ≤ r < ln 2 (floor division, also for negative t).
  const ln2 = ln2Fixed(P);
  let n = t / ln2;
  if (n * ln2 > t) n -= 1n;
  const r = t - n * ln2;
  const e = expFixed(r, Pb); // e / 2^P = exp(r), in [1, 2)
  const err = 1n << BigInt(40 + yBits + bitLen(Pb));
  return roundAwayFromHalfway(e, err, Number(n) - P, window);
}
