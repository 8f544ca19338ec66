// bytes: construction (bytes(), bytes(n), bytes(iterable), bytes(str, encoding), __bytes__),
// its slots (subscript, len, contains, concatenation, repetition, comparison, hash,
// iteration, printf-style %) and, through bytes/methods.ts, every method. bytearray and
// memoryview are set up by the files imported at the end.
import type { PyValue } from './object';
import { PyBytes, PySlice, PyTuple } from './boxes';
import { sliceIndices } from './slice';
import { BytesType } from './builtin-types';
import { NotImplemented } from './singletons';
import { defineMethods, defineNew } from './native';
import { Cmp } from './ops/compare';
import { registerFastIter } from './ops/iter';
import { classArg } from './sequence';
import { hashBytes } from './str-hash';
import { bytesRepr } from './str-repr';
import { kwArgs, oneArg } from './str/args';
import { percentFormat } from './percent-format';
import { bytesLike, fromLatin1, latin1 } from './bytes/buffer';
import { bytesFromArgs } from './bytes/construct';
import { defineByteMethods } from './bytes/methods';
import { newMemoryView } from './bytes/memoryview';
import { bytesCompare, bytesContains, BytesIterator, BytesIteratorType, bytesSubscript, concatBytes, repeatBytes } from './bytes/common';

function data(self: PyValue): Uint8Array {
  return (self as PyBytes).bytes;
}

const exact = (b: Uint8Array): PyBytes => new PyBytes(b);
const isExact = (v: PyValue): boolean => v instanceof PyBytes && v.type === BytesType;

/** Whether a slice key covers all of a sequence of length n, forwards. */
function isWhole(key: PyValue, n: number): boolean {
  if (!(key instanceof PySlice)) return false;
  const [start, , step] = sliceIndices(key, n);
  return start === 0 && step === 1;
}

function repeat(self: PyValue, n: PyValue): PyValue {
  const d = data(self);
  const r = repeatBytes(d, n);
  if (r === null) return NotImplemented;
  return r.length === d.length && isExact(self) ? self : new PyBytes(r);
}

const onlyBytes = (v: PyValue): Uint8Array | null => (v instanceof PyBytes ? v.bytes : null);

defineNew(BytesType, (args, kwnames) => {
  const cls = classArg(args, BytesType);
  const [source, encoding, errors] = kwArgs('bytes', args.slice(1), kwnames, ['source', 'encoding', 'errors'], 0, 0);
  const b = bytesFromArgs(source, encoding, errors);
  // bytes(x) returns what x.__bytes__() gave, unchanged, when the class is exactly bytes.
  if (b instanceof PyBytes) return cls === BytesType ? b : new PyBytes(b.bytes, cls);
  return new PyBytes(b, cls);
});

defineMethods(BytesType, {
  __repr__: (self) => bytesRepr(data(self)),
  __str__: (self) => bytesRepr(data(self)),
  __hash__: (self) => hashBytes(data(self)),
  __len__: (self) => data(self).length,
  __getitem__(self, args) {
    const key = oneArg('__getitem__', args, null);
    const d = data(self);
    return bytesSubscript(d, key, 'byte', 'index out of range', (b) => (b.length === d.length && isWhole(key, d.length) && isExact(self) ? self : exact(b)));
  },
  __contains__: (self, args) => bytesContains(data(self), args[0]),
  __add__(self, args) {
    const other = args[0];
    const b = bytesLike(other);
    if (b === null) return NotImplemented;
    // An empty operand leaves the other one, when that is exactly bytes, as the result.
    if (b.length === 0 && isExact(self)) return self;
    if (data(self).length === 0 && isExact(other)) return other;
    return new PyBytes(concatBytes(data(self), b));
  },
  __mul__: (self, args) => repeat(self, args[0]),
  __rmul__: (self, args) => repeat(self, args[0]),
  __mod__: (self, args) => new PyBytes(fromLatin1(percentFormat(latin1(data(self)), args[0], true))),
  __rmod__(self, args) {
    const fmt = args[0];
    if (!(fmt instanceof PyBytes)) return NotImplemented;
    return new PyBytes(fromLatin1(percentFormat(latin1(fmt.bytes), self, true)));
  },
  __eq__: bytesCompare(Cmp.EQ, data, onlyBytes),
  __ne__: bytesCompare(Cmp.NE, data, onlyBytes),
  __lt__: bytesCompare(Cmp.LT, data, onlyBytes),
  __le__: bytesCompare(Cmp.LE, data, onlyBytes),
  __gt__: bytesCompare(Cmp.GT, data, onlyBytes),
  __ge__: bytesCompare(Cmp.GE, data, onlyBytes),
  __iter__: (self) => new BytesIterator(BytesIteratorType, () => data(self)),
  __bytes__: (self) => ((self as PyBytes).type === BytesType ? self : new PyBytes(data(self))),
  __getnewargs__: (self) => new PyTuple([new PyBytes(data(self))]),
  __buffer__: (self) => newMemoryView(self),
  __sizeof__: (self) => 33 + data(self).length,
});

defineByteMethods(BytesType, {
  name: 'bytes',
  immutable: true,
  text: (self) => latin1(data(self)),
  make: (text) => new PyBytes(fromLatin1(text)),
});

registerFastIter(BytesType, (v) => new BytesIterator(BytesIteratorType, () => data(v)));


import './bytes/bytearray';
import './bytes/docs';
