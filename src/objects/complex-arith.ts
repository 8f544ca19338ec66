// Complex arithmetic as CPython 3.13 computes it (Objects/complexobject.c): products and
// quotients by the plain formulas and Smith's division of _Py_c_prod and _Py_c_quot, with no
// recovery of infinities; ** by repeated squaring for a small integer exponent (c_powi) and by
// polar form otherwise (_Py_c_pow, with the C library's functions correctly rounded: libm.ts).
// Pure functions on pairs of doubles, shared by the complex type and the AST optimizer.
import { powRounded } from './float-pow';
import { atan2, cos, exp, hypot, log, sin } from './libm';

/** A complex value as (real, imag) doubles. */
export interface C {
  readonly re: number;
  readonly im: number;
}

export function cSum(a: C, b: C): C {
  return { re: a.re + b.re, im: a.im + b.im };
}

export function cDiff(a: C, b: C): C {
  return { re: a.re - b.re, im: a.im - b.im };
}

/** _Py_c_prod. */
export function cProd(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/**
 * _Py_c_quot: divide numerator and denominator by whichever of b's parts is larger in magnitude
 * (Smith's algorithm). Undefined for a zero divisor (errno EDOM, ZeroDivisionError).
 */
export function cQuot(a: C, b: C): C | undefined {
  const absRe = b.re < 0 ? -b.re : b.re;
  const absIm = b.im < 0 ? -b.im : b.im;
  if (absRe >= absIm) {
    if (absRe === 0) return undefined;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  // A part of b is a NaN.
  return { re: NaN, im: NaN };
}

const ONE: C = { re: 1, im: 0 };

/** c_powu: x ** n for n ≥ 0 by repeated squaring, in the order CPython multiplies. */
function cPowu(x: C, n: number): C {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask <= n; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** c_powi: a negative exponent divides 1 by the positive power; undefined when that divides by 0. */
export function cPowi(x: C, n: number): C | undefined {
  return n > 0 ? cPowu(x, n) : cQuot(ONE, cPowu(x, -n));
}

/** Whether complex_pow uses c_powi for this exponent: a small integer value. */
export function isSmallIntegerExponent(b: C): boolean {
  return b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100;
}

/** _Py_c_pow: by polar form; undefined where the C library sets errno to EDOM. */
function cPowPolar(a: C, b: C): C | undefined {
  if (b.re === 0 && b.im === 0) return ONE;
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return undefined;
    return { re: 0, im: 0 };
  }
  const vabs = hypot(a.re, a.im);
  let len = vabs > 0 && vabs < Infinity && b.re !== 0 && Number.isFinite(b.re) && vabs !== 1 ? powRounded(vabs, b.re) : Math.pow(vabs, b.re);
  const at = atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= exp(at * b.im);
    phase += b.im * log(vabs);
  }
  // cos and sin of an infinity are domain errors (errno EDOM), which complex_pow reports as it
  // reports 0 to a negative power.
  if (phase === Infinity || phase === -Infinity) return undefined;
  return { re: len * cos(phase), im: len * sin(phase) };
}

/**
 * a ** b (complex_pow): 'zero' for 0 to a negative or complex power (ZeroDivisionError),
 * 'overflow' for an infinite part (OverflowError).
 */
export function cPow(a: C, b: C): C | 'zero' | 'overflow' {
  const p = isSmallIntegerExponent(b) ? cPowi(a, b.re === 0 ? 0 : b.re) : cPowPolar(a, b);
  if (p === undefined) return 'zero';
  if (p.re === Infinity || p.re === -Infinity || p.im === Infinity || p.im === -Infinity) return 'overflow';
  return p;
}
