// int(x) and int(x, base) (Objects/longobject.c long_new_impl, PyNumber_Long in
// Objects/abstract.c): ints from strs and bytes of any base, from floats, and from objects with
// __int__, __index__ or __trunc__, with CPython's errors and its limit on decimal digits.
import { unexpectedKeyword } from './args';
import type { PyInt, PyValue } from './object';
import { IntSubclassValue, PyByteArray, PyBytes, StrSubclassValue } from './boxes';
import { IntType } from './builtin-types';
import type { PyType } from './type';
import { overflowError, typeError, valueError } from './exceptions';
import { canonical } from './int-arith';
import { getIntMaxStrDigits, intLimitError } from './int-repr';
import { asciiNumberText, parseIntText } from './numeric-text';
import { intOf } from './numeric-coerce';
import { checkNewType } from './numeric-args';
import { strRepr, bytesRepr } from './str-repr';
import { typeOf } from './ops/typeof';
import { callMethodDescriptor } from './ops/call';
import { indexValue } from './ops/index-value';
import { bytesLike } from './bytes/buffer';
import { runtimeWarn } from './runtime-warning';

/** PyLong_FromDouble after the checks of float.__int__: the integer part of x. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : canonical(BigInt(t));
}

/** The text of a str, or of a str subclass instance; undefined for other values. */
function strText(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof StrSubclassValue ? v.value : undefined;
}

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  return undefined;
}

/** int(s, base) for a str: PyLong_FromUnicodeObject. */
export function intFromStr(s: string, base: number): PyInt {
  const max = getIntMaxStrDigits();
  const r = parseIntText(asciiNumberText(s), base, max);
  if (r !== undefined && 'value' in r) return r.value;
  if (r !== undefined) throw intLimitError(max, r.tooManyDigits);
  let shown = strRepr(s);
  // %.200R: at most 200 code points of the repr.
  if (shown.length > 200) shown = Array.from(shown).slice(0, 200).join('');
  throw valueError(`invalid literal for int() with base ${base}: ${shown}`);
}

/** int(b, base) for bytes (_PyLong_FromBytes): the bytes read as ASCII. */
export function intFromBytes(b: Uint8Array, base: number): PyInt {
  const max = getIntMaxStrDigits();
  let text = '';
  for (let i = 0; i < b.length; i++) text += String.fromCharCode(b[i]);
  // Bytes past ASCII are no digit or space of the parser's.
  const r = /[^\x00-\x7f]/.test(text) ? undefined : parseIntText(text, base, max);
  if (r !== undefined && 'value' in r) return r.value;
  if (r !== undefined) throw intLimitError(max, r.tooManyDigits);
  throw valueError(`invalid literal for int() with base ${base}: ${bytesRepr(b)}`);
}

/** The int a special method returned: an int exactly (an int subclass's value), else TypeError. */
function exactIntResult(r: PyValue, method: string): PyInt {
  const i = intOf(r);
  if (i === undefined) throw typeError(`${method} returned non-int (type ${typeOf(r).name})`);
  if (typeof r === 'boolean' || r instanceof IntSubclassValue) {
    runtimeWarn('DeprecationWarning', `${method} returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  }
  return i;
}

/** PyNumber_Long: int(x) with one argument. */
export function numberToInt(v: PyValue): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  const type = typeOf(v);
  const intMethod = type.lookup('__int__');
  if (intMethod !== undefined) return exactIntResult(callMethodDescriptor(intMethod, v, []), '__int__');
  if (type.lookup('__index__') !== undefined) return indexValue(v);
  const trunc = type.lookup('__trunc__');
  if (trunc !== undefined) {
    runtimeWarn('DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
    const r = callMethodDescriptor(trunc, v, []);
    const i = intOf(r);
    if (i !== undefined) return i;
    if (typeOf(r).lookup('__index__') === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
    return indexValue(r);
  }
  const s = strText(v);
  if (s !== undefined) return intFromStr(s, 10);
  // Without a base, any buffer (a memoryview too) is parsed like bytes.
  const b = bytesOf(v) ?? bytesLike(v);
  if (b !== null) return intFromBytes(b, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${type.name}'`);
}

/** long_new_impl's base: an index clipped as PyNumber_AsSsize_t does, in 0 or 2..36. */
function baseOf(v: PyValue): number {
  const b = indexValue(v);
  const n = typeof b === 'bigint' ? (b < 0n ? -Infinity : Infinity) : b;
  if ((n !== 0 && n < 2) || n > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  return n;
}

/** int(x=0, /, base=10) for the class `cls` (an int subclass gets its value boxed). */
export function intNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = checkNewType(IntType, args[0]);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) throw typeError(`int expected at most 2 arguments, got ${npos}`);
  let x: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let base: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name !== 'base') throw unexpectedKeyword('int', name, ['base']);
    if (base !== undefined) throw typeError("argument for int() given by name ('base') and position (2)");
    base = args[1 + npos + k];
  }
  let value: PyInt;
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    value = 0;
  } else if (base === undefined) {
    value = numberToInt(x);
  } else {
    const b = baseOf(base);
    const s = strText(x);
    if (s !== undefined) value = intFromStr(s, b);
    else {
      const bytes = bytesOf(x);
      if (bytes === undefined) throw typeError("int() can't convert non-string with explicit base");
      value = intFromBytes(bytes, b);
    }
  }
  return newInt(cls, value);
}

/** An instance of int or of an int subclass. */
export function newInt(cls: PyType, value: PyInt): PyValue {
  return cls === IntType ? value : new IntSubclassValue(value, cls);
}
