// The complex functions of the cmath module, computed as Modules/cmathmodule.c computes them so
// that every bit agrees with CPython on glibc: the same formulas, the same guards against
// spurious overflow and underflow, the same special values, and the real functions underneath
// as glibc gives them (src/objects/libm.ts, src/modules/math/libm-functions.ts).
// Each function returns its value and the error C's errno would carry (Annex G's
// divide-by-zero or invalid: Domain; overflow: Range).
import type { C } from '../../objects/complex-arith';
import { cQuot } from '../../objects/complex-arith';
import { atan2, cos, exp, hypot, log, sin } from '../../objects/libm';
import { asinh, cosh, sinh, tan, tanh } from '../math/libm-functions';
import { log1p } from '../math/fdlibm-glibc';
import * as SV from './special-values';

export const enum MathError {
  None,
  /** errno EDOM: ValueError('math domain error'). */
  Domain,
  /** errno ERANGE: OverflowError('math range error'). */
  Range,
}

export interface CResult {
  readonly re: number;
  readonly im: number;
  readonly error: MathError;
}

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
/** Past this, sqrt, log and the inverse functions rescale to avoid overflow. */
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
/** Past this, exp, cosh, sinh and tanh split e^x to avoid overflow. */
const LOG_LARGE = log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
/** 2^53 turns any subnormal into a normal number; sqrt then needs 2^-27 to undo it. */
const SCALE_UP = 2 ** 53;
const SCALE_DOWN = 2 ** -27;

const ok = (re: number, im: number): CResult => ({ re, im, error: MathError.None });
const fromTable = (t: SV.SpecialTable, z: C, error = MathError.None): CResult => {
  const v = SV.special(t, z.re, z.im);
  return { re: v.re, im: v.im, error };
};

const isFinite = Number.isFinite;
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}

/** Multiplies by i: the argument z ↦ iz with which sin, tan, asin and atan reuse the hyperbolic functions. */
const timesI = (z: C): C => ({ re: -z.im, im: z.re });
/** Maps the hyperbolic function's result w back: −i·w. */
const timesMinusI = (w: CResult): CResult => ({ re: w.im, im: -w.re, error: w.error });

export function cSqrt(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.SQRT, z);
  if (z.re === 0 && z.im === 0) return ok(0, z.im);
  let ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of two subnormals loses bits: scale both up, and the root back down.
    ax *= SCALE_UP;
    s = Math.sqrt(ax + hypot(ax, ay * SCALE_UP)) * SCALE_DOWN;
  } else {
    // s = sqrt((x + hypot(x, y)) / 2), written so that nothing overflows.
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (z.re >= 0) return ok(s, copysign(d, z.im));
  return ok(d, copysign(s, z.im));
}

export function cAcos(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.ACOS, z);
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    const re = atan2(Math.abs(z.im), z.re);
    const im = -copysign(log(hypot(z.re / 2, z.im / 2)) + LN2 * 2, z.im);
    return ok(re, im);
  }
  const s1 = cSqrt({ re: 1 - z.re, im: -z.im });
  const s2 = cSqrt({ re: 1 + z.re, im: z.im });
  return ok(2 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

export function cAcosh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.ACOSH, z);
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    return ok(log(hypot(z.re / 2, z.im / 2)) + LN2 * 2, atan2(z.im, z.re));
  }
  const s1 = cSqrt({ re: z.re - 1, im: z.im });
  const s2 = cSqrt({ re: z.re + 1, im: z.im });
  return ok(asinh(s1.re * s2.re + s1.im * s2.im), 2 * atan2(s1.im, s2.re));
}

export function cAsinh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.ASINH, z);
  if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
    const m = log(hypot(z.re / 2, z.im / 2)) + LN2 * 2;
    const re = z.im >= 0 ? copysign(m, z.re) : -copysign(m, -z.re);
    return ok(re, atan2(z.im, Math.abs(z.re)));
  }
  const s1 = cSqrt({ re: 1 + z.im, im: -z.re });
  const s2 = cSqrt({ re: 1 - z.im, im: z.re });
  return ok(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

/** asin z = −i asinh(iz). */
export function cAsin(z: C): CResult {
  return timesMinusI(cAsinh(timesI(z)));
}

export function cAtanh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.ATANH, z);
  // atanh is odd: work with a nonnegative real part.
  if (z.re < 0) {
    const r = cAtanh({ re: -z.re, im: -z.im });
    return { re: -r.re, im: -r.im, error: r.error };
  }
  const ay = Math.abs(z.im);
  if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
    // For large |z|, atanh z ≈ 1/z ± iπ/2.
    const h = hypot(z.re / 2, z.im / 2);
    return ok(z.re / 4 / h / h, copysign(Math.PI / 2, z.im));
  }
  if (z.re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return { re: Infinity, im: z.im, error: MathError.Domain };
    return ok(-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, z.im));
  }
  const re = log1p((4 * z.re) / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4;
  const im = -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2;
  return ok(re, im);
}

/** atan z = −i atanh(iz). */
export function cAtan(z: C): CResult {
  return timesMinusI(cAtanh(timesI(z)));
}

/**
 * The values at an infinite real part and a finite nonzero imaginary part, where the signs
 * come from cos y and sin y (exp, cosh and sinh): ±∞ along the quadrant of y.
 */
function infinityAlong(y: number, signRe: number, signIm: number): CResult {
  return ok(signRe * copysign(Infinity, cos(y)), signIm * copysign(Infinity, sin(y)));
}

/** Annex G's error for cosh and sinh at a non-finite argument: an infinite imaginary part, unless the real part is NaN. */
function hyperbolicSpecialError(z: C): MathError {
  return isInf(z.im) && z.re === z.re ? MathError.Domain : MathError.None;
}

const overflowCheck = (re: number, im: number): CResult => ({
  re,
  im,
  error: isInf(re) || isInf(im) ? MathError.Range : MathError.None,
});

export function cCosh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    const error = hyperbolicSpecialError(z);
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) {
      const r = infinityAlong(z.im, 1, z.re > 0 ? 1 : -1);
      return { re: r.re, im: r.im, error };
    }
    return fromTable(SV.COSH, z, error);
  }
  if (Math.abs(z.re) > LOG_LARGE) {
    // cosh x overflows before cos(y)·cosh(x) does: take one factor e out.
    const xMinusOne = z.re - copysign(1, z.re);
    return overflowCheck(cos(z.im) * cosh(xMinusOne) * Math.E, sin(z.im) * sinh(xMinusOne) * Math.E);
  }
  return overflowCheck(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
}

/** cos z = cosh(iz). */
export function cCos(z: C): CResult {
  return cCosh(timesI(z));
}

export function cSinh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    const error = hyperbolicSpecialError(z);
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) {
      const r = infinityAlong(z.im, z.re > 0 ? 1 : -1, 1);
      return { re: r.re, im: r.im, error };
    }
    return fromTable(SV.SINH, z, error);
  }
  if (Math.abs(z.re) > LOG_LARGE) {
    const xMinusOne = z.re - copysign(1, z.re);
    return overflowCheck(cos(z.im) * sinh(xMinusOne) * Math.E, sin(z.im) * cosh(xMinusOne) * Math.E);
  }
  return overflowCheck(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
}

/** sin z = −i sinh(iz). */
export function cSin(z: C): CResult {
  return timesMinusI(cSinh(timesI(z)));
}

export function cTanh(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    const error = isInf(z.im) && isFinite(z.re) ? MathError.Domain : MathError.None;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) {
      return { re: z.re > 0 ? 1 : -1, im: copysign(0, 2 * sin(z.im) * cos(z.im)), error };
    }
    return fromTable(SV.TANH, z, error);
  }
  if (Math.abs(z.re) > LOG_LARGE) {
    // 1 − tanh²x ≈ 4e^(−2|x|) once cosh x would overflow.
    return ok(copysign(1, z.re), 4 * sin(z.im) * cos(z.im) * exp(-2 * Math.abs(z.re)));
  }
  // tanh(x+iy) = (tanh x (1 + tan²y) + i tan y (1 − tanh²x)) / (1 + tan²y tanh²x), with
  // 1 − tanh²x computed as 1/cosh²x.
  const tx = tanh(z.re);
  const ty = tan(z.im);
  const cx = 1 / cosh(z.re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return ok((tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx);
}

/** tan z = −i tanh(iz). */
export function cTan(z: C): CResult {
  return timesMinusI(cTanh(timesI(z)));
}

export function cExp(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    // An infinite imaginary part is invalid unless the real part is NaN or −∞.
    const error = isInf(z.im) && (isFinite(z.re) || z.re === Infinity) ? MathError.Domain : MathError.None;
    if (isInf(z.re) && isFinite(z.im) && z.im !== 0) {
      if (z.re > 0) {
        const r = infinityAlong(z.im, 1, 1);
        return { re: r.re, im: r.im, error };
      }
      return { re: copysign(0, cos(z.im)), im: copysign(0, sin(z.im)), error };
    }
    return fromTable(SV.EXP, z, error);
  }
  if (z.re > LOG_LARGE) {
    const l = exp(z.re - 1);
    return overflowCheck(l * cos(z.im) * Math.E, l * sin(z.im) * Math.E);
  }
  const l = exp(z.re);
  return overflowCheck(l * cos(z.im), l * sin(z.im));
}

/**
 * The natural logarithm. The modulus's log is rescaled where hypot would overflow or lose
 * precision to subnormals, and taken through log1p where |z| is near 1.
 */
export function cLog(z: C): CResult {
  if (!isFinite(z.re) || !isFinite(z.im)) return fromTable(SV.LOG, z);
  const ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) return { re: -Infinity, im: atan2(z.im, z.re), error: MathError.Domain };
    re = log(hypot(ax * SCALE_UP, ay * SCALE_UP)) - 53 * LN2;
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = log(h);
    }
  }
  return ok(re, atan2(z.im, z.re));
}

export function cLog10(z: C): CResult {
  const r = cLog(z);
  return { re: r.re / LN10, im: r.im / LN10, error: r.error };
}

/**
 * log(z, base): log z / log base. As in C, the error is the one the second logarithm left
 * (it clears the first's), or a domain error when log base is 0.
 */
export function cLogBase(z: C, base: C): CResult {
  const num = cLog(z);
  const den = cLog(base);
  const q = cQuot(num, den);
  if (q === undefined) return { re: 0, im: 0, error: MathError.Domain };
  return { re: q.re, im: q.im, error: den.error };
}

/** rect(r, φ): r·e^(iφ), with Annex G's spirit for infinities and NaNs. */
export function cRect(r: number, phi: number): CResult {
  if (!isFinite(r) || !isFinite(phi)) {
    const error = r !== 0 && r === r && isInf(phi) ? MathError.Domain : MathError.None;
    if (isInf(r) && isFinite(phi) && phi !== 0) {
      const sign = r > 0 ? 1 : -1;
      return { re: sign * copysign(Infinity, cos(phi)), im: sign * copysign(Infinity, sin(phi)), error };
    }
    return fromTable(SV.RECT, { re: r, im: phi }, error);
  }
  if (phi === 0) return ok(r, r * phi);
  return ok(r * cos(phi), r * sin(phi));
}

/** _Py_c_abs: the modulus, an overflow when hypot overflows on finite parts. */
export function cAbs(z: C): { value: number; error: MathError } {
  if (!isFinite(z.re) || !isFinite(z.im)) {
    if (isInf(z.re)) return { value: Math.abs(z.re), error: MathError.None };
    if (isInf(z.im)) return { value: Math.abs(z.im), error: MathError.None };
    return { value: NaN, error: MathError.None };
  }
  const value = hypot(z.re, z.im);
  return { value, error: isFinite(value) ? MathError.None : MathError.Range };
}

/** atan2 as glibc's wrapper reports it: a result that underflowed to zero sets ERANGE. */
export function phase(z: C): { value: number; error: MathError } {
  const value = atan2(z.im, z.re);
  const underflow = value === 0 && z.im !== 0 && isFinite(z.re);
  return { value, error: underflow ? MathError.Range : MathError.None };
}
