// memoryview over bytes and bytearray, format 'B' (one unsigned byte an item): length,
// indexing and slicing (views share the underlying bytes), item assignment on writable
// views, tobytes/tolist/hex, comparison with bytes-like objects, release and `with`.
import type { PyValue } from '../object';
import { PyByteArray, PyBytes, PyList, PySlice, PyTuple } from '../boxes';
import { None, NotImplemented } from '../singletons';
import { indexError, typeError, valueError } from '../exceptions';
import { defineGetSet, defineMethods, defineNew } from '../native';
import { registerFastIter } from '../ops/iter';
import { typeOf } from '../ops/typeof';
import { addressOf } from '../identity';
import { hashBytes } from '../str-hash';
import { sliceIndices } from '../slice';
import { badSubscript, hasIndex, itemPosition } from '../sequence';
import { kwArgs, noArgs } from '../str/args';
import { newIteratorType } from '../iterator-type';
import { bytesLike, latin1, MemoryViewType, PyMemoryView } from './buffer';
import { byteValue } from './construct';
import { BytesIterator } from './common';
import { hexOf } from './methods';

export { MemoryViewType, PyMemoryView };

const MemoryViewIteratorType = newIteratorType('memory_iterator');

function view(self: PyValue): PyMemoryView {
  const v = self as PyMemoryView;
  if (v.released) throw valueError('operation forbidden on released memoryview object');
  return v;
}

/** memoryview(obj). */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const v = view(obj);
    return new PyMemoryView(v.obj, v.start, v.length, v.step);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.bytes.length, 1);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.length, 1);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
}

defineNew(MemoryViewType, (args, kwnames) => {
  const [obj] = kwArgs('memoryview', args.slice(1), kwnames, ['object'], 1, 0);
  return newMemoryView(obj!);
});

function compare(self: PyValue, other: PyValue, eq: boolean): PyValue {
  const v = self as PyMemoryView;
  if (v.released || (other instanceof PyMemoryView && other.released)) return eq ? self === other : self !== other;
  const b = bytesLike(other);
  if (b === null) return NotImplemented;
  const a = v.data();
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) if (a[i] !== b[i]) same = false;
  return eq ? same : !same;
}

defineMethods(MemoryViewType, {
  __repr__: (self) => `<${(self as PyMemoryView).released ? 'released ' : ''}memory at ${addressOf(self)}>`,
  __len__: (self) => view(self).length,
  __getitem__(self, args) {
    const v = view(self);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, v.length);
      return new PyMemoryView(v.obj, v.start + start * v.step, Math.max(0, count), v.step * step);
    }
    if (key instanceof PyTuple) throw typeError('multi-dimensional sub-views are not implemented');
    if (!hasIndex(key)) throw typeError('memoryview: invalid slice key');
    const i = itemPosition(key, v.length);
    if (i < 0) throw indexError('index out of bounds on dimension 1');
    return v.obj.bytes[v.start + i * v.step];
  },
  __setitem__(self, args) {
    const v = view(self);
    if (v.readonly) throw typeError('cannot modify read-only memory');
    const [key, value] = args;
    const target = v.obj.bytes;
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, v.length);
      const src = bytesLike(value);
      if (src === null) throw typeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
      if (src.length !== count) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let k = 0; k < count; k++) target[v.start + (start + k * step) * v.step] = copy[k];
      return None;
    }
    if (!hasIndex(key)) badSubscript('memoryview', key);
    const i = itemPosition(key, v.length);
    if (i < 0) throw indexError('index out of bounds on dimension 1');
    if (typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'bigint') {
      throw typeError(`memoryview: invalid type for format 'B'`);
    }
    const n = typeof value === 'boolean' ? Number(value) : Number(value);
    if (n < 0 || n > 255) throw valueError("memoryview: invalid value for format 'B'");
    target[v.start + i * v.step] = byteValue(n, 'byte must be in range(0, 256)');
    return None;
  },
  __eq__: (self, args) => compare(self, args[0], true),
  __ne__: (self, args) => compare(self, args[0], false),
  __hash__(self) {
    const v = view(self);
    if (!v.readonly) throw valueError('cannot hash writable memoryview object');
    return hashBytes(v.data());
  },
  __iter__: (self) => {
    const v = view(self);
    return new BytesIterator(MemoryViewIteratorType, () => v.data());
  },
  __enter__: (self) => view(self),
  __exit__(self) {
    (self as PyMemoryView).released = true;
    return None;
  },
  release(self, args, kwnames) {
    noArgs('memoryview.release', args, kwnames);
    (self as PyMemoryView).released = true;
    return None;
  },
  tobytes(self, args, kwnames) {
    kwArgs('tobytes', args, kwnames, ['order'], 0, 0);
    return new PyBytes(view(self).data().slice());
  },
  tolist(self, args, kwnames) {
    noArgs('memoryview.tolist', args, kwnames);
    return new PyList(Array.from(view(self).data()));
  },
  hex(self, args, kwnames) {
    const [sep, per] = kwArgs('hex', args, kwnames, ['sep', 'bytes_per_sep'], 0, 0);
    return hexOf(latin1(view(self).data()), sep, per);
  },
  toreadonly(self, args, kwnames) {
    noArgs('memoryview.toreadonly', args, kwnames);
    const v = view(self);
    return new PyMemoryView(new PyBytes(v.data().slice()), 0, v.length, 1);
  },
});

defineGetSet(MemoryViewType, 'obj', (self) => view(self).obj);
defineGetSet(MemoryViewType, 'nbytes', (self) => view(self).length);
defineGetSet(MemoryViewType, 'readonly', (self) => view(self).readonly);
defineGetSet(MemoryViewType, 'itemsize', (self) => (view(self), 1));
defineGetSet(MemoryViewType, 'format', (self) => (view(self), 'B'));
defineGetSet(MemoryViewType, 'ndim', (self) => (view(self), 1));
defineGetSet(MemoryViewType, 'shape', (self) => new PyTuple([view(self).length]));
defineGetSet(MemoryViewType, 'strides', (self) => new PyTuple([view(self).step]));
defineGetSet(MemoryViewType, 'suboffsets', (self) => (view(self), new PyTuple([])));
defineGetSet(MemoryViewType, 'c_contiguous', (self) => view(self).step === 1);
defineGetSet(MemoryViewType, 'f_contiguous', (self) => view(self).step === 1);
defineGetSet(MemoryViewType, 'contiguous', (self) => view(self).step === 1);
registerFastIter(MemoryViewType, (v) => new BytesIterator(MemoryViewIteratorType, () => view(v).data()));
