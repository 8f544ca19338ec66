// Builtins that make or take text: repr, ascii, format, chr and ord.
import type { PyValue } from '../../objects/object';
import { PyByteArray, PyBytes, StrSubclassValue } from '../../objects/boxes';
import { typeError, valueError } from '../../objects/exceptions';
import type { NativeFunction } from '../../objects/function';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { argTypeName } from '../../objects/str/args';
import { callMethodDescriptor } from '../../objects/ops/call';
import { repr, reprObject, str } from '../../objects/ops/repr';
import { indexValue } from '../../objects/ops/index-value';
import { asciiEscape } from '../../objects/str-repr';
import { strLength } from '../../objects/str-length';

function isStr(v: PyValue): v is string | StrSubclassValue {
  return typeof v === 'string' || v instanceof StrSubclassValue;
}

/** format(value, spec) (PyObject_Format): `type(value).__format__(value, spec)`, which must give a str. */
export function formatValue(value: PyValue, spec: PyValue): PyValue {
  const specText = typeof spec === 'string' ? spec : (spec as StrSubclassValue).value;
  if (specText === '') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint') return str(value);
  }
  const m = typeOf(value).lookup('__format__');
  if (m === undefined) throw typeError(`Type ${typeOf(value).name} doesn't define __format__`);
  const r = callMethodDescriptor(m, value, [spec]);
  if (!isStr(r)) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

function format(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('format', args, kwnames, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (!isStr(spec)) throw typeError(`format() argument 2 must be str, not ${argTypeName(spec)}`);
  return formatValue(args[0], spec);
}

function chr(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('chr', args, kwnames, 1);
  const n = indexValue(args[0]);
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

function ord(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('ord', args, kwnames, 1);
  const c = args[0];
  let size: number;
  if (c instanceof PyBytes) {
    size = c.bytes.length;
    if (size === 1) return c.bytes[0];
  } else if (isStr(c)) {
    const s = typeof c === 'string' ? c : c.value;
    size = strLength(s);
    if (size === 1) return s.codePointAt(0)!;
  } else if (c instanceof PyByteArray) {
    size = c.length;
    if (size === 1) return c.bytes[0];
  } else {
    throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
  }
  throw typeError(`ord() expected a character, but string of length ${size} found`);
}

export const TEXT_BUILTINS: Record<string, NativeFunction> = {
  ascii(args, kwnames) {
    checkArgs('ascii', args, kwnames, 1);
    return asciiEscape(repr(args[0]));
  },
  chr,
  format,
  ord,
  repr(args, kwnames) {
    checkArgs('repr', args, kwnames, 1);
    return reprObject(args[0]);
  },
};
