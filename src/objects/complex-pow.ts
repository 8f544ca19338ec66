// complex ** (Objects/complexobject.c, complex_pow) with its errors; float ** hands a negative
// base with a fractional exponent to it too.
import { PyComplex } from './boxes';
import { overflowError, zeroDivisionError } from './exceptions';
import { cPow, type C } from './complex-arith';

export function complexPowerValue(a: C, b: C): PyComplex {
  const p = cPow(a, b);
  if (p === 'zero') throw zeroDivisionError('0.0 to a negative or complex power');
  if (p === 'overflow') throw overflowError('complex exponentiation');
  return new PyComplex(p.re, p.im);
}
