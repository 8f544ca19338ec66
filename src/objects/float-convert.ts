// float(x) (Objects/floatobject.c float_new_impl, PyNumber_Float in Objects/abstract.c): floats
// from strs and bytes (underscores, inf, nan, Unicode digits and spaces), from ints, and from
// objects with __float__ or __index__.
import type { PyValue } from './object';
import { PyFloat, StrSubclassValue } from './boxes';
import { bytesLike } from './bytes/buffer';
import { repr } from './ops/repr';
import { runtimeWarn } from './runtime-warning';
import { FloatType } from './builtin-types';
import { typeError, valueError } from './exceptions';
import { asciiNumberText, parseFloatText, removeUnderscores } from './numeric-text';
import { intAsDouble } from './numeric-coerce';
import { checkNewType } from './numeric-args';
import { strRepr } from './str-repr';
import { typeOf } from './ops/typeof';
import { callMethodDescriptor } from './ops/call';
import { indexValue } from './ops/index-value';

/** float(s) for a str: _Py_string_to_number_with_underscores + float_from_string_inner. */
export function floatFromStr(s: string): number {
  const text = removeUnderscores(asciiNumberText(s));
  const x = text === undefined ? undefined : parseFloatText(text);
  if (x === undefined) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  return x;
}

/** float() of a bytes-like object; the error shows the object's repr, as CPython's does. */
function floatFromBytes(b: Uint8Array, source: PyValue): number {
  let text = '';
  for (let i = 0; i < b.length; i++) text += String.fromCharCode(b[i]);
  const clean = /[^\x00-\x7f]/.test(text) ? undefined : removeUnderscores(text);
  const x = clean === undefined ? undefined : parseFloatText(clean);
  if (x === undefined) throw valueError(`could not convert string to float: ${repr(source)}`);
  return x;
}

/** PyNumber_Float: float(x) with one argument, as a double. */
export function numberToDouble(v: PyValue): number {
  if (v instanceof PyFloat && v.type === FloatType) return v.value;
  const type = typeOf(v);
  const floatMethod = type.lookup('__float__');
  if (floatMethod !== undefined) {
    const r = callMethodDescriptor(floatMethod, v, []);
    if (r instanceof PyFloat) {
      if (r.type !== FloatType) {
        runtimeWarn('DeprecationWarning', `${type.name}.__float__ returned non-float (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
      }
      return r.value;
    }
    throw typeError(`${type.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (type.lookup('__index__') !== undefined) return intAsDouble(indexValue(v));
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'string') return floatFromStr(v);
  if (v instanceof StrSubclassValue) return floatFromStr(v.value);
  const bytes = bytesLike(v);
  if (bytes !== null) return floatFromBytes(bytes, v);
  throw typeError(`float() argument must be a string or a real number, not '${type.name}'`);
}

/** float(x=0.0, /) for the class `cls`. */
export function floatNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = checkNewType(FloatType, args[0]);
  if (kwnames !== null && kwnames.length > 0) throw typeError('float() takes no keyword arguments');
  if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 1) return new PyFloat(0, cls);
  const x = args[1];
  if (cls === FloatType && x instanceof PyFloat && x.type === FloatType) return x;
  return new PyFloat(typeof x === 'number' ? x : numberToDouble(x), cls);
}
