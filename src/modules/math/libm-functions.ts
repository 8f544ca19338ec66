// The C library functions behind the math module, giving the doubles glibc gives, because
// CPython's math module prints whatever its platform's libm returns. Three kinds:
// - glibc's modern implementations (exp, log, log2, exp2, sin, cos, tan, asin, acos, atan) are
//   correctly rounded in all but vanishingly rare cases: computed here correctly rounded
//   (bigint fixed point, Ziv's strategy, src/objects/libm.ts);
// - glibc's fdlibm-derived ones (sinh, cosh, tanh, asinh, acosh, atanh, log10) follow fdlibm's
//   formulas on top of glibc's exp and log: the same formulas here on top of the correctly
//   rounded exp and log, and glibc's regrouping of fdlibm's expm1 and log1p (fdlibm-glibc.ts);
// - cbrt is glibc's own rational approximation with one Newton-like step, not correctly rounded
//   (cbrt(27.0) is 3.0000000000000004 there), so the same evaluation is done here.
import { atan2, exp, log } from '../../objects/libm';
import { expm1, log1p } from './fdlibm-glibc';
import { ziv } from '../../objects/libm';
import { frexpExact, pow2 } from '../../objects/float-bits';
import { bigSqrt } from '../../objects/big-sqrt';
import { atanRatioFixed, lnFixed, ln2Fixed, piFixed, sinCosFixed, toFixed, expFixed } from '../../objects/fixed-point';

const LN2 = 6.93147180559945286227e-1;
const TWO_POW_28 = 268435456;
const TWO_POW_MINUS_28 = 3.725290298461914e-9;

/** The exponent e of x = m·2^e with m in [1, 2), for a finite x ≠ 0. */
function exponentOf(x: number): number {
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  return exponent + mantissa.toString(2).length - 1;
}

/** tan(x) correctly rounded: sin r / cos r (or −cos r / sin r) after reduction modulo π/2. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const ax = Math.abs(x);
  // tan x = x + x³/3 + …: within half an ulp of x below 2^-27.
  if (ax < 2 ** -27) return x;
  const exponent = exponentOf(ax);
  const t = ziv((P) => {
    const Q = P + Math.max(0, exponent + 53) + 80;
    const X = toFixed(ax, Q)!;
    const halfPi = piFixed(Q + 1) >> 2n;
    const k = (2n * X + halfPi) / (2n * halfPi);
    const r = X - k * halfPi;
    const Qb = BigInt(Q);
    let s = sinCosFixed(r, Qb, true);
    let c = sinCosFixed(r, Qb, false);
    if ((k & 1n) === 1n) [s, c] = [c, -s];
    const absC = c < 0n ? -c : c;
    // Each of s, c is within a unit a series term; the quotient's error follows from d(s/c).
    const value = (s << BigInt(P)) / c;
    const err = ((BigInt(64 + Q) << BigInt(P)) * (absC + (1n << Qb))) / (absC * absC) + 2n;
    return [value, err, -P];
  });
  return x < 0 ? -t : t;
}

/** atan(x): atan2(x, 1), correctly rounded. */
export function atan(x: number): number {
  if (x !== x) return x;
  return atan2(x, 1);
}

/** asin(x) or acos(x) correctly rounded, for |x| ≤ 1: the angle of the point (√(1−x²), x). */
function arcSinOrCos(x: number, wantSin: boolean): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  const ax = Math.abs(x);
  if (wantSin && ax < 2 ** -27) return x;
  if (!wantSin && ax < 2 ** -57) return Math.PI / 2;
  const exponent = ax === 0 ? 0 : exponentOf(ax);
  const angle = ziv((P) => {
    const Q = P + Math.max(0, -exponent) + 64;
    const Qb = BigInt(Q);
    const X = toFixed(ax, Q)!;
    const D = bigSqrt((1n << (2n * Qb)) - X * X);
    const halfPi = piFixed(Q + 1) >> 2n;
    // θ = asin|x| in [0, π/2]; the smaller ratio keeps the series fast.
    const theta = X <= D ? atanRatioFixed(X, D, Qb) : halfPi - atanRatioFixed(D, X, Qb);
    let v = wantSin ? theta : halfPi - theta;
    if (!wantSin && x < 0) v = 2n * halfPi - v;
    return [v >> BigInt(Q - P), 64n, -P];
  });
  return wantSin && x < 0 ? -angle : angle;
}

export function asin(x: number): number {
  return arcSinOrCos(x, true);
}

export function acos(x: number): number {
  return arcSinOrCos(x, false);
}

/** log2(x) correctly rounded (exact powers of two give their exponent). */
export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const { mantissa, exponent } = frexpExact(x);
  if ((mantissa & (mantissa - 1n)) === 0n) return exponent + mantissa.toString(2).length - 1;
  return ziv((P) => {
    const Q = P + 64;
    const v = (lnFixed(x, Q) << BigInt(P)) / ln2Fixed(Q);
    return [v, 64n, -P];
  });
}

/** 2^x correctly rounded. */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  // 2^x = 1 + x·ln 2 + …: within half an ulp of 1 below 2^-54.
  if (Math.abs(x) < 2 ** -54) return 1;
  const n = Math.floor(x);
  if (n === x) return n >= -1074 ? pow2(n) : 0;
  return ziv((P) => {
    const Q = P + 128;
    const Qb = BigInt(Q);
    // The fraction x − n exactly: x has no bits below 2^-107 here.
    const f = toFixed(x, Q)! - (BigInt(n) << Qb);
    const r = (f * ln2Fixed(Q)) >> Qb;
    return [expFixed(r, Qb) >> 128n, 64n, n - P];
  });
}

/** log10 as glibc's fdlibm-derived version computes it: k·log10(2) split in two, plus log(m)/ln 10. */
export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const { mantissa, exponent } = frexpExact(x);
  // x = m·2^k with m in [1, 2); for k < 0 m is halved and k raised, as fdlibm does.
  const k = exponent + mantissa.toString(2).length - 1;
  const negative = k < 0 ? 1 : 0;
  const y = k + negative;
  const m = Number(mantissa) * pow2(exponent - y);
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * log(m);
  return z + y * 3.01029995663611771306e-1;
}

/** sinh as fdlibm computes it (glibc's e_sinh.c). */
export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < TWO_POW_MINUS_28) return x;
    const t = expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

/** cosh as fdlibm computes it (glibc's e_cosh.c). */
export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 0.5 * LN2) {
    const t = expm1(ax);
    const w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** tanh as fdlibm computes it (glibc's s_tanh.c). */
export function tanh(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  let z: number;
  if (ax < 22) {
    if (ax < 2 ** -55) return x * (1 + x);
    if (ax >= 1) {
      const t = expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}

/** asinh as fdlibm computes it (glibc's s_asinh.c). */
export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  if (ax < TWO_POW_MINUS_28) return x;
  let w: number;
  if (ax > TWO_POW_28) w = log(ax) + LN2;
  else if (ax > 2) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** acosh as fdlibm computes it (glibc's e_acosh.c). */
export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x >= TWO_POW_28) return x === Infinity ? x : log(x) + LN2;
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return log(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

/** atanh as glibc computes it (e_atanh.c): half of log1p of the ratio. */
export function atanh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x * Infinity;
  let t: number;
  if (ax < 0.5) {
    if (ax < TWO_POW_MINUS_28) return x;
    t = ax + ax;
    t = 0.5 * log1p(t + (t * ax) / (1 - ax));
  } else {
    t = 0.5 * log1p((ax + ax) / (1 - ax));
  }
  return x < 0 ? -t : t;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/** cbrt as glibc computes it: a polynomial guess for the mantissa, one rational refinement. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  // |x| = xm·2^xe with xm in [0.5, 1), as C's frexp.
  const bits = mantissa.toString(2).length;
  const xe = exponent + bits;
  const xm = Number(mantissa) * pow2(-bits);
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return (x > 0 ? ym : -ym) * pow2(Math.trunc(xe / 3));
}
