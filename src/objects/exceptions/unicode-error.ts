// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the (encoding, object,
// start, end, reason) fields and the "'utf-8' codec can't decode byte 0xff in position 0: …" str.
import type { PyValue } from '../object';
import { PyByteArray, PyBytes, StrSubclassValue } from '../boxes';
import { None } from '../singletons';
import { EXCEPTION_TYPES, PyBaseException, UnicodeDecodeError, UnicodeEncodeError, typeError } from '../exceptions';
import type { PyType } from '../type';
import { defineGetSet, defineMethods } from '../native';
import { noKeywords } from '../args';
import { str } from '../ops/repr';
import { indexAsNumber } from '../ops/index-value';
import { typeOf } from '../ops/typeof';
import { asException, attributeOwner, defineMember, getField, setField } from './fields';
import { tupleOf } from './base';

const UnicodeTranslateError = EXCEPTION_TYPES.get('UnicodeTranslateError')!;

function strArg(v: PyValue, i: number): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  throw typeError(`argument ${i} must be str, not ${typeOf(v).name}`);
}

function bytesArg(v: PyValue): PyBytes {
  if (v instanceof PyBytes) return v;
  if (v instanceof PyByteArray) return new PyBytes(v.bytes.slice(0, v.length));
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

function checkCount(args: readonly PyValue[], n: number): void {
  if (args.length !== n) throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
}

function initCommon(self: PyValue, type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyBaseException {
  const exc = asException(self, type, '__init__');
  noKeywords(exc.type.name, kwnames);
  exc.args = tupleOf(args);
  return exc;
}

/** A code point as CPython's messages show one: \xNN, \uNNNN or \UNNNNNNNN. */
function escapeChar(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function position(exc: PyBaseException, name: string): number {
  const v = getField(exc, name);
  return typeof v === 'number' ? v : 0;
}

defineMethods(UnicodeEncodeError, {
  __init__(self, args, kwnames) {
    const exc = initCommon(self, UnicodeEncodeError, args.slice(), kwnames);
    checkCount(args, 5);
    setField(exc, 'encoding', strArg(args[0], 1));
    setField(exc, 'object', strArg(args[1], 2));
    setField(exc, 'start', indexAsNumber(args[2]));
    setField(exc, 'end', indexAsNumber(args[3]));
    setField(exc, 'reason', strArg(args[4], 5));
    return None;
  },
  __str__(self) {
    const exc = asException(self, UnicodeEncodeError, '__str__');
    const object = getField(exc, 'object');
    if (object === undefined) return '';
    const reason = str(getField(exc, 'reason') ?? None);
    const encoding = str(getField(exc, 'encoding') ?? None);
    const cps = Array.from(typeof object === 'string' ? object : str(object));
    const start = position(exc, 'start');
    const end = position(exc, 'end');
    if (start >= 0 && start < cps.length && end === start + 1) {
      const ch = escapeChar(cps[start].codePointAt(0)!);
      return `'${encoding}' codec can't encode character '${ch}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  },
});

defineMethods(UnicodeDecodeError, {
  __init__(self, args, kwnames) {
    const exc = initCommon(self, UnicodeDecodeError, args.slice(), kwnames);
    checkCount(args, 5);
    setField(exc, 'encoding', strArg(args[0], 1));
    setField(exc, 'object', bytesArg(args[1]));
    setField(exc, 'start', indexAsNumber(args[2]));
    setField(exc, 'end', indexAsNumber(args[3]));
    setField(exc, 'reason', strArg(args[4], 5));
    return None;
  },
  __str__(self) {
    const exc = asException(self, UnicodeDecodeError, '__str__');
    const object = getField(exc, 'object');
    if (object === undefined) return '';
    const reason = str(getField(exc, 'reason') ?? None);
    const encoding = str(getField(exc, 'encoding') ?? None);
    const bytes = object instanceof PyBytes ? object.bytes : new Uint8Array(0);
    const start = position(exc, 'start');
    const end = position(exc, 'end');
    if (start >= 0 && start < bytes.length && end === start + 1) {
      const b = bytes[start].toString(16).padStart(2, '0');
      return `'${encoding}' codec can't decode byte 0x${b} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  },
});

defineMethods(UnicodeTranslateError, {
  __init__(self, args, kwnames) {
    const exc = initCommon(self, UnicodeTranslateError, args.slice(), kwnames);
    checkCount(args, 4);
    setField(exc, 'object', strArg(args[0], 1));
    setField(exc, 'start', indexAsNumber(args[1]));
    setField(exc, 'end', indexAsNumber(args[2]));
    setField(exc, 'reason', strArg(args[3], 4));
    return None;
  },
  __str__(self) {
    const exc = asException(self, UnicodeTranslateError, '__str__');
    const object = getField(exc, 'object');
    if (object === undefined) return '';
    const reason = str(getField(exc, 'reason') ?? None);
    const cps = Array.from(typeof object === 'string' ? object : str(object));
    const start = position(exc, 'start');
    const end = position(exc, 'end');
    if (start >= 0 && start < cps.length && end === start + 1) {
      const ch = escapeChar(cps[start].codePointAt(0)!);
      return `can't translate character '${ch}' in position ${start}: ${reason}`;
    }
    return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
  },
});

for (const t of [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]) {
  for (const f of ['encoding', 'object', 'reason']) defineMember(t, f);
  for (const f of ['start', 'end']) {
    defineGetSet(
      t,
      f,
      (self) => getField(attributeOwner(self, t, f), f) ?? 0,
      (self, value) => {
        const exc = attributeOwner(self, t, f);
        if (value === null) throw typeError("can't delete numeric/char attribute");
        setField(exc, f, indexAsNumber(value));
      },
    );
  }
}

/** A UnicodeDecodeError made by a codec: `'utf-8' codec can't decode byte …`. */
export function newUnicodeDecodeError(encoding: string, object: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const exc = new PyBaseException(UnicodeDecodeError);
  const obj = new PyBytes(object);
  exc.args = tupleOf([encoding, obj, start, end, reason]);
  exc.fields = { encoding, object: obj, start, end, reason };
  return exc;
}

/** A UnicodeEncodeError made by a codec: `'ascii' codec can't encode character …`. */
export function newUnicodeEncodeError(encoding: string, object: string, start: number, end: number, reason: string): PyBaseException {
  const exc = new PyBaseException(UnicodeEncodeError);
  exc.args = tupleOf([encoding, object, start, end, reason]);
  exc.fields = { encoding, object, start, end, reason };
  return exc;
}

