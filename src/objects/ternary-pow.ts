// The modulus's own slot in three-argument pow (ternary_op in Objects/abstract.c tries
// nb_power of the third operand last): float_pow refuses any modulus before it looks at the
// other operands, complex_pow refuses one once both operands are numbers.
import type { PyValue } from './object';
import { PyComplex, PyFloat } from './boxes';
import { ComplexType, FloatType } from './builtin-types';
import { NotImplemented } from './singletons';
import { typeError, valueError } from './exceptions';
import { complexOf } from './numeric-coerce';
import { typeOf } from './ops/typeof';

/**
 * pow(base, exp, mod) after base.__pow__ and exp.__rpow__ declined: what a float or complex
 * modulus answers (an error), else NotImplemented.
 */
export function modulusPower(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  const t = typeOf(mod);
  if (mod instanceof PyFloat && t.lookup('__pow__') === FloatType.ns.getStr('__pow__')) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  if (mod instanceof PyComplex && t.lookup('__pow__') === ComplexType.ns.getStr('__pow__')) {
    if (complexOf(base) !== undefined && complexOf(exp) !== undefined) throw valueError('complex modulo');
  }
  return NotImplemented;
}
