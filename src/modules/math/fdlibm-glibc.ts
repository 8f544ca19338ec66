// expm1 and log1p as glibc computes them (sysdeps/ieee754/dbl-64/s_expm1.c, s_log1p.c):
// fdlibm's algorithms with the polynomials regrouped for pipelined processors (Shimizu, 1997).
// The regrouping rounds differently from fdlibm's Horner form, which V8's Math.expm1 and
// Math.log1p keep. On x86-64 with FMA (any recent CPU), glibc 2.36 also picks an expm1 compiled
// with -mfma, where GCC fuses each product into the addition that consumes it (log1p likewise);
// both do the same here with an exact fused multiply-add. expm1(2.8727907251139406) is 16.68630701323829
// in glibc, 16.686307013238295 in V8. CPython prints glibc's, so these are what the math and
// cmath modules use.
import { fma } from '../../objects/fma';

const words = new DataView(new ArrayBuffer(8));

/** The high 32 bits of a double (sign, exponent, top of the mantissa), as a signed int. */
function highWord(x: number): number {
  words.setFloat64(0, x);
  return words.getInt32(0);
}

/** x with its high 32 bits replaced. */
function withHighWord(x: number, high: number): number {
  words.setFloat64(0, x);
  words.setInt32(0, high | 0);
  return words.getFloat64(0);
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const EXPM1_OVERFLOW = 7.09782712893383973096e2;
/** expm1's coefficients, scaled as fdlibm scales them (Q[i]·2^i, with z = x²/2). */
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/** e^x − 1: x = k·ln2 + r, a rational approximation of expm1(r), then 2^k scaled back in. */
export function expm1(x: number): number {
  const hxSigned = highWord(x);
  const negative = hxSigned < 0;
  const hx = hxSigned & 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| ≥ 56·ln2: e^x − 1 is −1 below, and may overflow above.
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (x !== x) return x;
        return negative ? -1 : x;
      }
      if (x > EXPM1_OVERFLOW) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    if (hx < 0x3ff0a2b2) {
      const lo = negative ? -LN2_LO : LN2_LO;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      k = negative ? -1 : 1;
      x = hi - lo;
      c = hi - x - lo;
    } else {
      k = Math.trunc(fma(INV_LN2, x, negative ? -0.5 : 0.5));
      // lo = k·ln2_lo is fused into both of its subtractions.
      hi = fma(-k, LN2_HI, x);
      x = fma(-k, LN2_LO, hi);
      c = fma(-k, LN2_LO, hi - x);
    }
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q3, Q2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return fma(2, x - e, 1);
  }
  // 2^k·y is made by adding k to y's exponent field, as the C code does (no rounding, and no
  // overflow of 2^k itself when k is 1024).
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return withHighWord(y, highWord(y) + k * 0x100000) - 1;
  }
  let y: number;
  if (k < 20) {
    t = withHighWord(1, 0x3ff00000 - (0x200000 >> k)); // 1 − 2^-k
    y = t - (e - x);
  } else {
    t = withHighWord(1, (0x3ff - k) << 20); // 2^-k
    y = x - (e + t);
    y += 1;
  }
  return withHighWord(y, highWord(y) + k * 0x100000);
}

const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

/** log(1 + x): 1 + x = 2^k·(1 + f) with a correction term c, then log(1 + f) from s = f/(2 + f). */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // −0.2929 < x < 0.41422: f = x exactly.
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c = fma(k, LN2_LO, c);
      return fma(k, LN2_HI, c);
    }
    const R = hfsq * fma(-0.66666666666666666, f, 1);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP3, LP2);
  const z4 = z2 * z2;
  const R3 = fma(z, LP5, LP4);
  const z6 = z4 * z2;
  const R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  // Products used in two branches are not fused (GCC fuses within a basic block only).
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  return fma(k, LN2_HI, -(hfsq - (sR + fma(k, LN2_LO, c)) - f));
}
