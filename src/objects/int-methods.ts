// The int type's named methods and attributes (Objects/longobject.c): bit_length, bit_count,
// to_bytes, from_bytes, as_integer_ratio, conjugate, is_integer, real, imag, numerator and
// denominator. Each gives a plain int, also for bool and int subclasses.
import type { PyInt, PyValue } from './object';
import { IntType } from './builtin-types';
import { PyByteArray, PyBytes, PyTuple, StrSubclassValue } from './boxes';
import { overflowError, typeError, valueError } from './exceptions';
import { defineClassMethod, defineGetSet, defineMethods } from './native';
import { bindArgs, checkArgs } from './args';
import { canonical, intBitCount, intBitLength } from './int-arith';
import { intOf } from './numeric-coerce';
import { typeOf } from './ops/typeof';
import { isTrue } from './ops/truth';
import { indexValue } from './ops/index-value';
import { toArray } from './ops/iter';
import { call } from './ops/call';
import { None } from './singletons';

const self = (v: PyValue): PyInt => intOf(v)!;

function byteorderOf(fn: string, v: PyValue | undefined): boolean {
  if (v === undefined) return true;
  const s = typeof v === 'string' ? v : v instanceof StrSubclassValue ? v.value : undefined;
  if (s === undefined) throw typeError(`${fn}() argument 'byteorder' must be str, not ${v === None ? 'None' : typeOf(v).name}`);
  if (s === 'big') return true;
  if (s === 'little') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function toBytes(v: PyInt, args: PyValue[], kwnames: readonly string[] | null): PyBytes {
  const [len, order, signedArg] = bindArgs('to_bytes', args, kwnames, ['length', 'byteorder', 'signed'], { maxPositional: 2 });
  let length = 1;
  if (len !== undefined) {
    const n = indexValue(len);
    if (typeof n === 'bigint') {
      if (n < 0n) throw valueError('length argument must be non-negative');
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    if (n < 0) throw valueError('length argument must be non-negative');
    length = n;
  }
  const big = byteorderOf('to_bytes', order);
  const signed = signedArg !== undefined && isTrue(signedArg);
  let x = BigInt(v);
  if (!signed && x < 0n) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const limit = signed ? 1n << (bits - 1n) : 1n << bits;
  if (length === 0 ? x !== 0n : x >= limit || (signed && x < -limit)) throw overflowError('int too big to convert');
  if (x < 0n) x += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length && x > 0n; i++) {
    out[big ? length - 1 - i : i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return new PyBytes(out);
}

/** PyObject_Bytes of from_bytes' argument: a bytes-like object or an iterable of ints. */
function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (typeof v === 'string' || v instanceof StrSubclassValue || intOf(v) !== undefined) {
    throw typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
  }
  const bytesMethod = typeOf(v).lookup('__bytes__');
  if (bytesMethod !== undefined) return bytesOf(call(bytesMethod, [v]));
  let items: PyValue[];
  try {
    items = toArray(v);
  } catch (e) {
    if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) {
      throw typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
    }
    throw e;
  }
  const out = new Uint8Array(items.length);
  items.forEach((item, i) => {
    const n = indexValue(item);
    if (typeof n !== 'number' || n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    out[i] = n;
  });
  return out;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), for the class `cls`. */
function fromBytes(cls: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [b, order, signedArg] = bindArgs('from_bytes', args, kwnames, ['bytes', 'byteorder', 'signed'], {
    maxPositional: 2,
    required: 1,
  });
  const bytes = bytesOf(b!);
  const big = byteorderOf('from_bytes', order);
  const signed = signedArg !== undefined && isTrue(signedArg);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[big ? i : bytes.length - 1 - i];
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  let x = hex === '' ? 0n : BigInt('0x' + hex);
  if (signed && bytes.length > 0 && (bytes[big ? 0 : bytes.length - 1] & 0x80) !== 0) x -= 1n << BigInt(bytes.length * 8);
  const value = canonical(x);
  return cls === IntType ? value : call(cls, [value]);
}

defineMethods(IntType, {
  bit_length(v, args, kwnames) {
    checkArgs('int.bit_length', args, kwnames, 0);
    return intBitLength(self(v));
  },
  bit_count(v, args, kwnames) {
    checkArgs('int.bit_count', args, kwnames, 0);
    return intBitCount(self(v));
  },
  to_bytes: (v, args, kwnames) => toBytes(self(v), args, kwnames),
  as_integer_ratio(v, args, kwnames) {
    checkArgs('int.as_integer_ratio', args, kwnames, 0);
    return new PyTuple([self(v), 1]);
  },
  conjugate(v, args, kwnames) {
    checkArgs('int.conjugate', args, kwnames, 0);
    return self(v);
  },
  is_integer(v, args, kwnames) {
    checkArgs('int.is_integer', args, kwnames, 0);
    return true;
  },
});

defineClassMethod(IntType, 'from_bytes', fromBytes);
defineGetSet(IntType, 'real', self);
defineGetSet(IntType, 'imag', () => 0);
defineGetSet(IntType, 'numerator', self);
defineGetSet(IntType, 'denominator', () => 1);
