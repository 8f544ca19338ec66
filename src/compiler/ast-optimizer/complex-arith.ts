// Python complex arithmetic for the optimizer, as CPython 3.13 computes it (Objects/complexobject.c):
// an int or float operand first becomes complex(x, 0.0) (TO_COMPLEX; 3.14's mixed-mode rules do
// not apply), products and quotients use the plain formulas and Smith's division of _Py_c_prod
// and _Py_c_quot with no recovery of infinities, and ** with a small integer exponent is repeated
// squaring (c_powi). Every function returns undefined where CPython raises. In place of the
// object model's complex, which does not exist yet.
import { ComplexConstant, FloatConstant } from '../ast/constants';
import { toDouble } from './float-arith';
import type { IntLike } from './values';

/** A complex value as (real, imag) doubles. */
export interface C {
  readonly re: number;
  readonly im: number;
}

/** TO_COMPLEX: an int (undefined when too large for a float), float or complex operand as complex. */
export function toComplex(v: IntLike | FloatConstant | ComplexConstant): C | undefined {
  if (v instanceof ComplexConstant) return { re: v.real, im: v.imag };
  const x = toDouble(v);
  return x === undefined ? undefined : { re: x, im: 0 };
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

/** c_powi: a negative exponent divides 1 by the positive power. */
function cPowi(x: C, n: number): C | undefined {
  return n > 0 ? cPowu(x, n) : cQuot(ONE, cPowu(x, -n));
}

/**
 * a ** b (complex_pow). Only an exponent with a small integer value (|b| ≤ 100, imaginary part
 * 0) is computed here, by c_powi; for any other exponent CPython's _Py_c_pow calls the C
 * library's hypot, pow, atan2, exp, log, cos and sin, whose last bits JS cannot reproduce, so
 * that case is left unfolded (a known gap). ZeroDivisionError for 0 to a negative power,
 * OverflowError for an infinite part in the result.
 */
export function cPow(a: C, b: C): C | undefined {
  if (!(b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100)) return undefined;
  const p = cPowi(a, b.re === 0 ? 0 : b.re);
  if (p === undefined) return undefined; // EDOM
  if (!Number.isFinite(p.re) && !Number.isNaN(p.re)) return undefined; // ERANGE
  if (!Number.isFinite(p.im) && !Number.isNaN(p.im)) return undefined;
  return p;
}

export function complexConstant(c: C): ComplexConstant {
  return new ComplexConstant(c.re, c.im);
}
