// bytes: construction (bytes(), bytes(n), bytes(iterable), bytes(str, encoding), __bytes__),
// its slots (subscript, len, contains, concatenation, repetition, comparison, hash,
// iteration, printf-style %) and, through bytes/methods.ts, every method. bytearray and
// memoryview are set up by the files imported at the end.
import type { PyValue } from './object';
import { PyBytes, PyTuple } from './boxes';
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
const onlyBytes = (v: PyValue): Uint8Array | null => (v instanceof PyBytes ? v.bytes : null);

defineNew(BytesType, (args, kwnames) => {
  const cls = classArg(args, BytesType);
  const [source, encoding, errors] = kwArgs('bytes', args.slice(1), kwnames, ['source', 'encoding', 'errors'], 0, 0);
  const b = bytesFromArgs(source, encoding, errors);
  return new PyBytes(b, cls);
});

defineMethods(BytesType, {
  __repr__: (self) => bytesRepr(data(self)),
  __str__: (self) => bytesRepr(data(self)),
  __hash__: (self) => hashBytes(data(self)),
  __len__: (self) => data(self).length,
  __getitem__: (self, args) => bytesSubscript(data(self), oneArg('__getitem__', args, null), 'byte', 'index out of range', exact),
  __contains__: (self, args) => bytesContains(data(self), args[0]),
  __add__(self, args) {
    const b = bytesLike(args[0]);
    return b === null ? NotImplemented : new PyBytes(concatBytes(data(self), b));
  },
  __mul__(self, args) {
    const r = repeatBytes(data(self), args[0]);
    return r === null ? NotImplemented : new PyBytes(r);
  },
  __rmul__(self, args) {
    const r = repeatBytes(data(self), args[0]);
    return r === null ? NotImplemented : new PyBytes(r);
  },
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
  text: (self) => latin1(data(self)),
  make: (text) => new PyBytes(fromLatin1(text)),
});

registerFastIter(BytesType, (v) => new BytesIterator(BytesIteratorType, () => data(v)));


import './bytes/bytearray';
