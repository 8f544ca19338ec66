// Python complex arithmetic for the optimizer: the object model's (objects/complex-arith.ts), with
// an int or float operand first made complex(x, 0.0) (TO_COMPLEX; 3.14's mixed-mode rules do not
// apply) and every error as undefined.
import { ComplexConstant, FloatConstant } from '../ast/constants';
import { cPow as objectsCPow, isSmallIntegerExponent, type C } from '../../objects/complex-arith';
export { cDiff, cProd, cQuot, cSum } from '../../objects/complex-arith';
import { toDouble } from './float-arith';
import type { IntLike } from './values';

export type { C };

/** TO_COMPLEX: an int (undefined when too large for a float), float or complex operand as complex. */
export function toComplex(v: IntLike | FloatConstant | ComplexConstant): C | undefined {
  if (v instanceof ComplexConstant) return { re: v.real, im: v.imag };
  const x = toDouble(v);
  return x === undefined ? undefined : { re: x, im: 0 };
}

/**
 * a ** b (complex_pow), folded only for an exponent with a small integer value (|b| ≤ 100,
 * imaginary part 0), which CPython computes by c_powi; for any other exponent _Py_c_pow calls
 * the C library's hypot, pow, atan2, exp, log, cos and sin, whose last bits JS cannot
 * reproduce, so that case is left unfolded (a known gap). Undefined for ZeroDivisionError and
 * OverflowError too.
 */
export function cPow(a: C, b: C): C | undefined {
  if (!isSmallIntegerExponent(b)) return undefined;
  const p = objectsCPow(a, b);
  return typeof p === 'string' ? undefined : p;
}

export function complexConstant(c: C): ComplexConstant {
  return new ComplexConstant(c.re, c.im);
}
