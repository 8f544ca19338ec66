// int ** int and pow(int, int, int) (Objects/longobject.c, long_pow): a negative exponent gives
// a float (float_pow of the converted operands) or, with a modulus, the power of the base's
// modular inverse; the result of a three-argument pow has the modulus's sign.
import type { PyInt, PyValue } from './object';
import { PyFloat } from './boxes';
import { NotImplemented, None } from './singletons';
import { newException, OverflowError, valueError, zeroDivisionError } from './exceptions';
import { big, canonical, intModInverse, intPow, intPowModPositive, isNegative, isZero } from './int-arith';
import { floatPow } from './float-arith';
import { intAsDouble, intOf, withBigIntLimit } from './numeric-coerce';
import { ternaryArgs } from './numeric-args';

/** What float ** raised, as float_pow raises it; a 'complex' result cannot come from ints. */
export function floatPowOrThrow(x: number, y: number): number | 'complex' {
  const r = floatPow(x, y);
  if (r === 'zero') throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (r === 'overflow' || r === undefined) throw newException(OverflowError, 34, 'Numerical result out of range');
  if (r === 'complex') return r;
  return r.value;
}

/** a ** b for ints: an int for b ≥ 0, a float for b < 0. */
export function intPowValue(a: PyInt, b: PyInt): PyValue {
  if (isNegative(b)) {
    const r = floatPowOrThrow(intAsDouble(a), intAsDouble(b));
    return new PyFloat(r as number);
  }
  return withBigIntLimit(() => intPow(a, b));
}

/** pow(a, b, m) for ints. */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (isZero(m)) throw valueError('pow() 3rd argument cannot be 0');
  let mod = big(m);
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  let base = big(a);
  let exponent = big(b);
  if (exponent < 0n) {
    const inverse = intModInverse(base, mod);
    if (inverse === undefined) throw valueError('base is not invertible for the given modulus');
    base = inverse;
    exponent = -exponent;
  }
  let r = intPowModPositive(base, exponent, mod);
  if (negativeOutput && r !== 0n) r -= mod;
  return canonical(r);
}

/** int.__pow__ and int.__rpow__: `reflected` computes other ** self. */
export function intPower(name: string, self: PyValue, args: PyValue[], kwnames: readonly string[] | null, reflected: boolean): PyValue {
  ternaryArgs(name, args, kwnames);
  const other = intOf(args[0]);
  if (other === undefined) return NotImplemented;
  const s = intOf(self)!;
  const a = reflected ? other : s;
  const b = reflected ? s : other;
  const mod = args.length > 1 ? args[1] : None;
  if (mod === None) return intPowValue(a, b);
  const m = intOf(mod);
  if (m === undefined) return NotImplemented;
  return intPowMod(a, b, m);
}
