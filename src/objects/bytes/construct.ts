// The contents of bytes(...) and bytearray(...) from their constructor argument: an encoded
// str, a count of zero bytes, a bytes-like object, or an iterable of ints in range(256).
import type { PyValue } from '../object';
import { PyBytes } from '../boxes';
import { PyBaseException, TypeError, overflowError, typeError, valueError } from '../exceptions';
import { callSpecial } from '../ops/call';
import { indexValue } from '../ops/index-value';
import { typeOf } from '../ops/typeof';
import { hasIndex, sequenceFast } from '../sequence';
import { argTypeName, asStr } from '../str/args';
import { bytesLike } from './buffer';
import { encodeStr } from './codecs';

/** An int in range(256) from an item (by __index__). */
export function byteValue(v: PyValue, message: string): number {
  const n = typeof v === 'number' ? v : indexValue(v);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError(message);
  return n;
}

/** The bytes of an iterable of ints; `kind` names the type in the not-iterable message. */
export function bytesFromIterable(v: PyValue, kind: string, rangeMessage: string): Uint8Array {
  const items = sequenceFast(v, `cannot convert '${typeOf(v).name}' object to ${kind}`);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], rangeMessage);
  return out;
}

function count(v: PyValue): number | null {
  let n;
  try {
    n = indexValue(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) return null;
    throw e;
  }
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  if (n < 0) throw valueError('negative count');
  return n;
}

function encoded(source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined, kind: string): Uint8Array | null {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return new Uint8Array(0);
  }
  const s = asStr(source);
  if (encoding !== undefined) {
    if (s === null) throw typeError('encoding without a string argument');
    const enc = asStr(encoding);
    if (enc === null) throw typeError(`${kind}() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
    let err = 'strict';
    if (errors !== undefined) {
      const e = asStr(errors);
      if (e === null) throw typeError(`${kind}() argument 'errors' must be str, not ${argTypeName(errors)}`);
      err = e;
    }
    return encodeStr(s, enc, err);
  }
  if (errors !== undefined) throw typeError(s !== null ? 'string argument without an encoding' : 'errors without a string argument');
  if (s !== null) throw typeError('string argument without an encoding');
  return null;
}

/** bytes(source, encoding, errors) (bytes_new): the new contents, or what __bytes__ returned. */
export function bytesFromArgs(source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): Uint8Array | PyBytes {
  const e = encoded(source, encoding, errors, 'bytes');
  if (e !== null) return e;
  const x = source!;
  if (typeOf(x).lookup('__bytes__') !== undefined) {
    const r = callSpecial(x, '__bytes__', [])!;
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r;
  }
  if (hasIndex(x)) {
    const n = count(x);
    if (n !== null) return new Uint8Array(n);
  }
  const b = bytesLike(x);
  if (b !== null) return b.slice();
  return bytesFromIterable(x, 'bytes', 'bytes must be in range(0, 256)');
}

/** bytearray(source, encoding, errors) (bytearray___init__). */
export function byteArrayFromArgs(source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): Uint8Array {
  const e = encoded(source, encoding, errors, 'bytearray');
  if (e !== null) return e;
  const x = source!;
  if (hasIndex(x)) {
    const n = count(x);
    if (n !== null) return new Uint8Array(n);
  }
  const b = bytesLike(x);
  if (b !== null) return b.slice();
  return bytesFromIterable(x, 'bytearray', 'byte must be in range(0, 256)');
}
