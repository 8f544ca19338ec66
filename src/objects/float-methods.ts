// The float type's named methods (Objects/floatobject.c): round with ndigits (through the
// correctly rounded decimal digits, as double_round does with dtoa), hex and fromhex,
// as_integer_ratio, is_integer, conjugate, real, imag and __getformat__.
import type { PyValue } from './object';
import { FloatType } from './builtin-types';
import { PyFloat, PyTuple, StrSubclassValue } from './boxes';
import { None } from './singletons';
import { overflowError, typeError, valueError } from './exceptions';
import { defineClassMethod, defineGetSet, defineMethods } from './native';
import { checkArgs } from './args';
import { frexpExact, roundScaled } from './float-bits';
import { canonical } from './int-arith';
import { fixedDigits } from './format/double-to-string';
import { floatToInt } from './int-convert';
import { roundHalfEven } from './float-arith';
import { typeOf } from './ops/typeof';
import { call } from './ops/call';
import { indexValue } from './ops/index-value';

const value = (self: PyValue): number => (self as PyFloat).value;
const fl = (x: number): PyFloat => new PyFloat(x);

/** Beyond these, round(x, ndigits) is x itself, or a zero with x's sign. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** double_round: x rounded half to even at 10**-ndigits, through its exact decimal digits. */
export function roundDouble(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 || Object.is(x, -0) ? -0 : 0;
  const [digits, decpt] = fixedDigits(Math.abs(x), ndigits);
  const r = Number(`${x < 0 || Object.is(x, -0) ? '-' : ''}${digits}e${decpt - digits.length}`);
  if (r === Infinity || r === -Infinity) throw overflowError('rounded value too large to represent');
  return r;
}

/** float.hex(): '0x1.<13 hex digits>p<exponent>', subnormals as '0x0.<…>p-1022'. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  // mantissa·2^exponent with a 53-bit mantissa for normal numbers, fewer for subnormals.
  const normal = mantissa >= 1n << 52n;
  const lead = normal ? '1' : '0';
  const fraction = (mantissa & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = normal ? exponent + 52 : -1022;
  return `${sign}0x${lead}.${fraction}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i;
const HEX_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float.fromhex(s) as a double (float_fromhex); rounding half to even. */
export function floatFromHex(s: string): number {
  const text = s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const special = HEX_SPECIAL.exec(text);
  if (special !== null) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT.exec(text);
  const intDigits = m?.[2] ?? '';
  const fracDigits = m?.[3] ?? '';
  if (m === null || intDigits.length + fracDigits.length === 0) throw valueError('invalid hexadecimal floating-point string');
  const negative = m[1] === '-';
  const mantissa = BigInt('0x0' + intDigits + fracDigits);
  let result: number;
  if (mantissa === 0n) result = 0;
  else {
    // A huge exponent only says 0 or overflow; clamp it so that the arithmetic stays small.
    let e = m[4] === undefined ? 0 : Number(m[4]);
    e = Math.max(-1e6, Math.min(1e6, e));
    result = roundScaled(mantissa, e - 4 * fracDigits.length, false);
    if (result === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
  }
  return negative ? -result : result;
}

defineMethods(FloatType, {
  __round__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('float.__round__() takes no keyword arguments');
    if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    const x = value(self);
    if (args.length === 0 || args[0] === None) return floatToInt(roundHalfEven(x));
    const n = indexValue(args[0]);
    const ndigits = typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
    return fl(roundDouble(x, ndigits));
  },
  hex(self, args, kwnames) {
    checkArgs('float.hex', args, kwnames, 0);
    return floatHex(value(self));
  },
  as_integer_ratio(self, args, kwnames) {
    checkArgs('float.as_integer_ratio', args, kwnames, 0);
    const x = value(self);
    if (x !== x) throw valueError('cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
    if (x === 0) return new PyTuple([0, 1]);
    let { mantissa, exponent } = frexpExact(Math.abs(x));
    while ((mantissa & 1n) === 0n) {
      mantissa >>= 1n;
      exponent++;
    }
    if (x < 0) mantissa = -mantissa;
    if (exponent >= 0) return new PyTuple([canonical(mantissa << BigInt(exponent)), 1]);
    return new PyTuple([canonical(mantissa), canonical(1n << BigInt(-exponent))]);
  },
  is_integer(self, args, kwnames) {
    checkArgs('float.is_integer', args, kwnames, 0);
    return Number.isInteger(value(self));
  },
  conjugate(self, args, kwnames) {
    checkArgs('float.conjugate', args, kwnames, 0);
    return (self as PyFloat).type === FloatType ? self : fl(value(self));
  },
});

defineClassMethod(FloatType, 'fromhex', (cls, args, kwnames) => {
  checkArgs('float.fromhex', args, kwnames, 1);
  const s = args[0];
  const text = typeof s === 'string' ? s : s instanceof StrSubclassValue ? s.value : undefined;
  if (text === undefined) throw typeError('bad argument type for built-in operation');
  const x = fl(floatFromHex(text));
  return cls === FloatType ? x : call(cls, [x]);
});

defineClassMethod(FloatType, '__getformat__', (_cls, args, kwnames) => {
  checkArgs('float.__getformat__', args, kwnames, 1);
  const t = args[0];
  if (typeof t !== 'string') throw typeError(`__getformat__() argument must be str, not ${typeOf(t).name}`);
  if (t !== 'double' && t !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
});

defineGetSet(FloatType, 'real', (self) => ((self as PyFloat).type === FloatType ? self : fl(value(self))));
defineGetSet(FloatType, 'imag', () => fl(0));
