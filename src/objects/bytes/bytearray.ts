// bytearray: a mutable bytes. Shares the bytes methods (returning bytearrays) and adds the
// mutations: append, extend, insert, pop, remove, reverse, clear, copy, item and slice
// assignment and deletion, += and *=. Storage is a Uint8Array with spare room at the end.
import type { PyValue } from '../object';
import { PyByteArray, PyBytes, PySlice, PyTuple } from '../boxes';
import { ByteArrayType } from '../builtin-types';
import { None, NotImplemented } from '../singletons';
import { EXCEPTION_TYPES, indexError, newException, typeError, valueError } from '../exceptions';
import { defineMethods, defineNew } from '../native';
import { Cmp } from '../ops/compare';
import { registerFastIter } from '../ops/iter';
import { typeOf } from '../ops/typeof';
import { bytesRepr } from '../str-repr';
import { badSubscript, classArg, hasIndex, itemPosition } from '../sequence';
import { sliceIndices } from '../slice';
import { asStr, kwArgs, noArgs, oneArg, posArgs } from '../str/args';
import { percentFormat } from '../percent-format';
import { bytesLike, fromLatin1, latin1, PyMemoryView } from './buffer';
import { byteArrayFromArgs, bytesFromIterable, byteValue } from './construct';
import { defineByteMethods, ssize } from './methods';
import { newMemoryView } from './memoryview';
import { ByteArrayIteratorType, BytesIterator, bytesCompare, bytesContains, bytesSubscript, concatBytes, repeatBytes } from './common';

const RANGE = 'byte must be in range(0, 256)';
const BufferError = EXCEPTION_TYPES.get('BufferError')!;

function ba(self: PyValue): PyByteArray {
  return self as PyByteArray;
}

function data(self: PyValue): Uint8Array {
  const b = ba(self);
  return b.bytes.subarray(0, b.length);
}

/** Replaces the contents. */
function setData(self: PyValue, bytes: Uint8Array): void {
  const b = ba(self);
  b.bytes = bytes;
  b.length = bytes.length;
}

function ensure(b: PyByteArray, size: number): void {
  if (size <= b.bytes.length) return;
  const grown = new Uint8Array(Math.max(size, b.bytes.length * 2, 16));
  grown.set(b.bytes.subarray(0, b.length));
  b.bytes = grown;
}

function append(self: PyValue, byte: number): void {
  const b = ba(self);
  ensure(b, b.length + 1);
  b.bytes[b.length++] = byte;
}

function appendAll(self: PyValue, more: Uint8Array): void {
  const b = ba(self);
  const copy = more.slice();
  ensure(b, b.length + copy.length);
  b.bytes.set(copy, b.length);
  b.length += copy.length;
}

const make = (b: Uint8Array): PyByteArray => new PyByteArray(b);

/** PyNumber_Check: what slice assignment refuses as a number rather than iterating. */
function isNumberLike(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined || t.name === 'complex';
}

/** The bytes a slice assignment stores: as bytearray(value) would hold them. */
function assignedBytes(v: PyValue): Uint8Array {
  if (isNumberLike(v) || asStr(v) !== null) throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  const b = bytesLike(v);
  if (b !== null) return b.slice();
  return byteArrayFromArgs(v, undefined, undefined);
}

function setSlice(self: PyValue, key: PySlice, value: PyValue | null): void {
  const [start, stop, step, count] = sliceIndices(key, ba(self).length);
  const repl = value === null ? new Uint8Array(0) : assignedBytes(value);
  const cur = data(self);
  if (step === 1) {
    const hi = Math.max(start, stop);
    const out = new Uint8Array(cur.length - (hi - start) + repl.length);
    out.set(cur.subarray(0, start));
    out.set(repl, start);
    out.set(cur.subarray(hi), start + repl.length);
    setData(self, out);
    return;
  }
  // An extended slice given nothing is deleted, whatever the empty value was.
  if (repl.length === 0) {
    const drop = new Set<number>();
    for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
    setData(self, cur.filter((_, i) => !drop.has(i)));
    return;
  }
  if (repl.length !== count) {
    throw valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${count}`);
  }
  for (let k = 0, i = start; k < count; k++, i += step) cur[i] = repl[k];
}

defineNew(ByteArrayType, (args) => new PyByteArray(new Uint8Array(0), 0, classArg(args, ByteArrayType)));

/** Pickling: (type, args, instance dict or None); protocols below 3 had no bytes. */
function reduce(self: PyValue, protocol: number): PyTuple {
  const args = protocol < 3 ? new PyTuple([latin1(data(self)), 'latin-1']) : new PyTuple([new PyBytes(data(self).slice())]);
  const dict = (self as PyByteArray).dict;
  return new PyTuple([typeOf(self), args, dict !== null && dict.size > 0 ? dict : None]);
}

const anyBytes = (v: PyValue): Uint8Array | null => bytesLike(v);

defineMethods(ByteArrayType, {
  __init__(self, args, kwnames) {
    const [source, encoding, errors] = kwArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0, 0);
    setData(self, byteArrayFromArgs(source, encoding, errors));
    return None;
  },
  __repr__: (self) => `${typeOf(self).name}(${bytesRepr(data(self), true)})`,
  __str__: (self) => `${typeOf(self).name}(${bytesRepr(data(self), true)})`,
  __len__: (self) => ba(self).length,
  __getitem__: (self, args) => bytesSubscript(data(self), args[0], 'bytearray', 'bytearray index out of range', make),
  __setitem__(self, args) {
    const [key, value] = args;
    if (key instanceof PySlice) {
      setSlice(self, key, value);
      return None;
    }
    if (!hasIndex(key)) badSubscript('bytearray', key);
    const d = data(self);
    const i = itemPosition(key, d.length);
    // The value is converted before the index is range-checked, as CPython does.
    const byte = byteValue(value, RANGE);
    if (i < 0) throw indexError('bytearray index out of range');
    d[i] = byte;
    return None;
  },
  __delitem__(self, args) {
    const key = args[0];
    if (key instanceof PySlice) {
      setSlice(self, key, null);
      return None;
    }
    if (!hasIndex(key)) badSubscript('bytearray', key);
    const d = data(self);
    const i = itemPosition(key, d.length);
    if (i < 0) throw indexError('bytearray index out of range');
    const out = new Uint8Array(d.length - 1);
    out.set(d.subarray(0, i));
    out.set(d.subarray(i + 1), i);
    setData(self, out);
    return None;
  },
  __contains__: (self, args) => bytesContains(data(self), args[0]),
  __add__(self, args) {
    const b = bytesLike(args[0]);
    return b === null ? NotImplemented : make(concatBytes(data(self), b));
  },
  __iadd__(self, args) {
    const other = args[0];
    const b = bytesLike(other);
    if (b === null) return NotImplemented;
    // CPython holds a buffer export on the operand while it resizes, so growing by a view
    // of itself fails.
    if (b.length > 0 && (other === self || (other instanceof PyMemoryView && other.obj === self))) {
      throw newException(BufferError, 'Existing exports of data: object cannot be re-sized');
    }
    appendAll(self, b);
    return self;
  },
  __mul__(self, args) {
    const r = repeatBytes(data(self), args[0]);
    return r === null ? NotImplemented : make(r);
  },
  __rmul__(self, args) {
    const r = repeatBytes(data(self), args[0]);
    return r === null ? NotImplemented : make(r);
  },
  __imul__(self, args) {
    const r = repeatBytes(data(self), args[0]);
    if (r === null) return NotImplemented;
    setData(self, r);
    return self;
  },
  __mod__: (self, args) => make(fromLatin1(percentFormat(latin1(data(self)), args[0], true))),
  __rmod__(self, args) {
    const fmt = args[0];
    if (!(fmt instanceof PyByteArray)) return NotImplemented;
    return make(fromLatin1(percentFormat(latin1(data(fmt)), self, true)));
  },
  __eq__: bytesCompare(Cmp.EQ, data, anyBytes),
  __ne__: bytesCompare(Cmp.NE, data, anyBytes),
  __lt__: bytesCompare(Cmp.LT, data, anyBytes),
  __le__: bytesCompare(Cmp.LE, data, anyBytes),
  __gt__: bytesCompare(Cmp.GT, data, anyBytes),
  __ge__: bytesCompare(Cmp.GE, data, anyBytes),
  __iter__: (self) => new BytesIterator(ByteArrayIteratorType, () => data(self)),
  __alloc__: (self) => ba(self).bytes.length + 1,
  __buffer__: (self) => newMemoryView(self),
  __release_buffer__: () => None,
  __sizeof__: (self) => 57 + ba(self).bytes.length,
  __reduce__: (self) => reduce(self, 2),
  __reduce_ex__: (self, args, kwnames) => reduce(self, ssize(oneArg('__reduce_ex__', args, kwnames))),
  append(self, args, kwnames) {
    append(self, byteValue(oneArg('bytearray.append', args, kwnames), RANGE));
    return None;
  },
  extend(self, args, kwnames) {
    const v = oneArg('bytearray.extend', args, kwnames);
    const b = bytesLike(v);
    if (b !== null) {
      appendAll(self, b);
      return None;
    }
    if (asStr(v) !== null) throw typeError(`expected iterable of integers; got: 'str'`);
    if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) {
      throw typeError(`can't extend bytearray with ${typeOf(v).name}`);
    }
    appendAll(self, bytesFromIterable(v, 'bytearray', RANGE));
    return None;
  },
  insert(self, args, kwnames) {
    posArgs('bytearray.insert', args, kwnames, 2, 2);
    const d = data(self);
    let i = ssize(args[0]);
    const v = byteValue(args[1], RANGE);
    if (i < 0) i = Math.max(0, i + d.length);
    if (i > d.length) i = d.length;
    const out = new Uint8Array(d.length + 1);
    out.set(d.subarray(0, i));
    out[i] = v;
    out.set(d.subarray(i), i + 1);
    setData(self, out);
    return None;
  },
  pop(self, args, kwnames) {
    posArgs('bytearray.pop', args, kwnames, 0, 1);
    const d = data(self);
    if (d.length === 0) throw indexError('pop from empty bytearray');
    let i = args.length > 0 ? ssize(args[0]) : -1;
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError('pop index out of range');
    const v = d[i];
    const out = new Uint8Array(d.length - 1);
    out.set(d.subarray(0, i));
    out.set(d.subarray(i + 1), i);
    setData(self, out);
    return v;
  },
  remove(self, args, kwnames) {
    const v = byteValue(oneArg('bytearray.remove', args, kwnames), RANGE);
    const d = data(self);
    const i = d.indexOf(v);
    if (i < 0) throw valueError('value not found in bytearray');
    const out = new Uint8Array(d.length - 1);
    out.set(d.subarray(0, i));
    out.set(d.subarray(i + 1), i);
    setData(self, out);
    return None;
  },
  reverse(self, args, kwnames) {
    noArgs('bytearray.reverse', args, kwnames);
    data(self).reverse();
    return None;
  },
  clear(self, args, kwnames) {
    noArgs('bytearray.clear', args, kwnames);
    setData(self, new Uint8Array(0));
    return None;
  },
  copy(self, args, kwnames) {
    noArgs('bytearray.copy', args, kwnames);
    return make(data(self).slice());
  },
});
ByteArrayType.ns.setStr('__hash__', None);

defineByteMethods(ByteArrayType, {
  name: 'bytearray',
  immutable: false,
  text: (self) => latin1(data(self)),
  make: (text) => make(fromLatin1(text)),
});

registerFastIter(ByteArrayType, (v) => new BytesIterator(ByteArrayIteratorType, () => data(v)));

