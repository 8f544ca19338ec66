// memoryview over bytes and bytearray: one-dimensional views with a struct item format ('B'
// unless cast; native sizes, little-endian). Length, indexing and slicing (views share the
// underlying bytes), item and slice assignment on writable views, cast, tobytes/tolist/hex,
// comparison, hashing of read-only byte views, release and `with`.
import type { PyValue } from '../object';
import { IntSubclassValue, PyByteArray, PyBytes, PyFloat, PyList, PySlice, PyTuple } from '../boxes';
import { None, NotImplemented } from '../singletons';
import { EXCEPTION_TYPES, indexError, newException, typeError, valueError } from '../exceptions';
import { defineGetSet, defineMethods, defineNew } from '../native';
import { registerFastIter, NativeIterator } from '../ops/iter';
import { typeOf } from '../ops/typeof';
import { pyEq } from '../ops/compare';
import { isTrue } from '../ops/truth';
import { indexValue } from '../ops/index-value';
import { addressOf } from '../identity';
import { hashBytes } from '../str-hash';
import { sliceIndices } from '../slice';
import { badSubscript, hasIndex, itemPosition } from '../sequence';
import { canonical } from '../int-arith';
import { asStr, kwArgs, noArgs } from '../str/args';
import { newIteratorType } from '../iterator-type';
import { bytesLike, ITEM_SIZES, latin1, MemoryViewType, OPAQUE_ITEM_SIZES, PyBufferExporter, PyMemoryView } from './buffer';
import { hexOf } from './methods';
import { toDouble } from '../percent-format';

export { MemoryViewType, PyMemoryView };

const MemoryIteratorType = newIteratorType('memory_iterator');
const NotImplementedError = EXCEPTION_TYPES.get('NotImplementedError')!;

function view(self: PyValue): PyMemoryView {
  const v = self as PyMemoryView;
  if (v.released) throw valueError('operation forbidden on released memoryview object');
  return v;
}

/** memoryview(obj). */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const v = view(obj);
    return new PyMemoryView(v.obj, v.start, v.length, v.stride, v.format, v.forcedReadonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.bytes.length, 1);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.length, 1);
  if (obj instanceof PyBufferExporter) {
    const format = obj.bufferFormat;
    const size = ITEM_SIZES[format] ?? OPAQUE_ITEM_SIZES[format];
    return new PyMemoryView(obj, 0, obj.nbytes / size, size, format);
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n],
  b: [-128n, 127n],
  H: [0n, 65535n],
  h: [-32768n, 32767n],
  I: [0n, 4294967295n],
  i: [-2147483648n, 2147483647n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
};

function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** The item of format `fmt` stored at `off` in `b`. */
function unpack(fmt: string, b: Uint8Array, off: number): PyValue {
  if (!(fmt in ITEM_SIZES)) throw newException(NotImplementedError, `memoryview: format ${fmt} not supported`);
  const dv = new DataView(b.buffer, b.byteOffset + off, ITEM_SIZES[fmt]);
  switch (fmt) {
    case 'B':
      return dv.getUint8(0);
    case 'b':
      return dv.getInt8(0);
    case 'c':
      return new PyBytes(b.slice(off, off + 1));
    case '?':
      return dv.getUint8(0) !== 0;
    case 'H':
      return dv.getUint16(0, true);
    case 'h':
      return dv.getInt16(0, true);
    case 'I':
      return dv.getUint32(0, true);
    case 'i':
      return dv.getInt32(0, true);
    case 'f':
      return new PyFloat(dv.getFloat32(0, true));
    case 'd':
      return new PyFloat(dv.getFloat64(0, true));
    case 'e':
      return new PyFloat(halfToNumber(dv.getUint16(0, true)));
    case 'l':
    case 'q':
    case 'n':
      return canonical(dv.getBigInt64(0, true));
    default:
      return canonical(dv.getBigUint64(0, true));
  }
}

/** Stores `v` as an item of format `fmt` at `off` in `b`, with memoryview's checks (whose
 * messages show the format as the view has it, `shown`). */
function pack(fmt: string, shown: string, b: Uint8Array, off: number, v: PyValue): void {
  if (!(fmt in ITEM_SIZES)) throw newException(NotImplementedError, `memoryview: format ${fmt} not supported`);
  const dv = new DataView(b.buffer, b.byteOffset + off, ITEM_SIZES[fmt]);
  const invalidType = (): never => {
    throw typeError(`memoryview: invalid type for format '${shown}'`);
  };
  switch (fmt) {
    case 'c': {
      if (!(v instanceof PyBytes)) invalidType();
      const src = (v as PyBytes).bytes;
      if (src.length !== 1) throw valueError(`memoryview: invalid value for format '${shown}'`);
      b[off] = src[0];
      return;
    }
    case '?':
      dv.setUint8(0, isTrue(v) ? 1 : 0);
      return;
    case 'f':
    case 'd':
    case 'e': {
      if (!(v instanceof PyFloat) && !hasIndex(v)) invalidType();
      const x = toDouble(v);
      if (fmt === 'f') dv.setFloat32(0, x, true);
      else if (fmt === 'd') dv.setFloat64(0, x, true);
      else throw valueError("memoryview: format 'e' is not supported for assignment");
      return;
    }
  }
  if (!hasIndex(v) || v instanceof PyFloat) invalidType();
  const n = BigInt(indexValue(v));
  const [lo, hi] = INT_RANGES[fmt];
  if (n < lo || n > hi) throw valueError(`memoryview: invalid value for format '${shown}'`);
  switch (ITEM_SIZES[fmt]) {
    case 1:
      dv.setUint8(0, Number(n) & 255);
      return;
    case 2:
      dv.setUint16(0, Number(n) & 0xffff, true);
      return;
    case 4:
      dv.setUint32(0, Number(BigInt.asUintN(32, n)), true);
      return;
    default:
      dv.setBigUint64(0, BigInt.asUintN(64, n), true);
  }
}

function items(v: PyMemoryView): PyValue[] {
  const out: PyValue[] = [];
  const src = v.obj.bytes;
  for (let i = 0; i < v.length; i++) out.push(unpack(v.code, src, v.start + i * v.stride));
  return out;
}

const BYTE_FORMATS = 'Bbc';

function compare(self: PyValue, other: PyValue, eq: boolean): PyValue {
  const v = self as PyMemoryView;
  if (v.released || (other instanceof PyMemoryView && other.released)) return eq ? self === other : self !== other;
  let mine: PyValue[];
  let theirs: PyValue[];
  if (other instanceof PyMemoryView) {
    if (v.code === 'B' && other.code === 'B') return bytesEqual(v.data(), other.data()) === eq;
    mine = items(v);
    theirs = items(other);
  } else {
    const b = bytesLike(other);
    if (b === null) return NotImplemented;
    if (v.code === 'B') return bytesEqual(v.data(), b) === eq;
    mine = items(v);
    theirs = Array.from(b);
  }
  let same = mine.length === theirs.length;
  for (let i = 0; same && i < mine.length; i++) if (!pyEq(mine[i], theirs[i])) same = false;
  return same === eq;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

class MemoryIterator extends NativeIterator {
  private i = 0;
  constructor(private v: PyMemoryView | null) {
    super(MemoryIteratorType);
  }
  next(): PyValue | undefined {
    const v = this.v;
    if (v === null) return undefined;
    if (this.i < view(v).length) return unpack(v.code, v.obj.bytes, v.start + this.i++ * v.stride);
    this.v = null;
    return undefined;
  }
}

/** cast()'s shape argument, for the one-dimensional views Taipan has. */
function checkCastShape(shape: PyValue, itemsize: number, nbytes: number): void {
  if (!(shape instanceof PyTuple || shape instanceof PyList)) throw typeError('shape must be a list or a tuple');
  let product = 1;
  for (const d of shape.items) {
    const isInt = typeof d === 'number' || typeof d === 'bigint' || typeof d === 'boolean' || d instanceof IntSubclassValue;
    if (!isInt) throw typeError('memoryview.cast(): elements of shape must be integers');
    const n = Number(indexValue(d));
    if (n <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
    product *= n;
  }
  if (product * itemsize !== nbytes) throw typeError('memoryview: product(shape) * itemsize != buffer size');
  if (shape.items.length !== 1) throw typeError('memoryview: only one-dimensional casts are supported');
}

/** Where the item a subscript key names starts: an index, or a tuple of one index per dimension. */
function itemOffset(v: PyMemoryView, key: PyValue): number {
  let index: PyValue = key;
  if (key instanceof PyTuple && !hasIndex(key)) {
    const all = (pred: (x: PyValue) => boolean): boolean => key.items.every(pred);
    if (all(hasIndex)) {
      if (key.items.length < 1) throw newException(NotImplementedError, 'sub-views are not implemented');
      if (key.items.length > 1) throw typeError(`cannot index 1-dimension view with ${key.items.length}-element tuple`);
      index = key.items[0];
    } else if (all((x) => x instanceof PySlice)) {
      throw newException(NotImplementedError, 'multi-dimensional slicing is not implemented');
    }
  }
  if (!hasIndex(index)) throw typeError('memoryview: invalid slice key');
  const i = itemPosition(index, v.length);
  if (i < 0) throw indexError('index out of bounds on dimension 1');
  return v.start + i * v.stride;
}

defineNew(MemoryViewType, (args, kwnames) => {
  const [obj] = kwArgs('memoryview', args.slice(1), kwnames, ['object'], 1, 0);
  return newMemoryView(obj!);
});

defineMethods(MemoryViewType, {
  __repr__: (self) => `<${(self as PyMemoryView).released ? 'released ' : ''}memory at ${addressOf(self)}>`,
  __len__: (self) => view(self).length,
  __getitem__(self, args) {
    const v = view(self);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, v.length);
      return new PyMemoryView(v.obj, v.start + start * v.stride, Math.max(0, count), v.stride * step, v.format, v.forcedReadonly);
    }
    return unpack(v.code, v.obj.bytes, itemOffset(v, key));
  },
  __setitem__(self, args) {
    const v = view(self);
    if (v.readonly) throw typeError('cannot modify read-only memory');
    const [key, value] = args;
    if (value === null) throw typeError('cannot delete memory');
    const target = v.obj.bytes;
    if (key instanceof PySlice) {
      const src = value instanceof PyMemoryView ? view(value) : null;
      const raw = src !== null ? src.data() : bytesLike(value);
      if (raw === null) throw typeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
      const [start, , step, count] = sliceIndices(key, v.length);
      // Formats (without '@') and item counts must agree; bytes and bytearray are 'B'.
      const srcCode = src !== null ? src.code : 'B';
      if (srcCode !== v.code || raw.length !== count * v.itemsize) {
        throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      }
      const copy = raw.slice();
      const size = v.itemsize;
      for (let k = 0; k < count; k++) {
        for (let j = 0; j < size; j++) target[v.start + (start + k * step) * v.stride + j] = copy[k * size + j];
      }
      return None;
    }
    pack(v.code, v.format, target, itemOffset(v, key), value);
    return None;
  },
  __delitem__(self) {
    if (view(self).readonly) throw typeError('cannot modify read-only memory');
    throw typeError('cannot delete memory');
  },
  __eq__: (self, args) => compare(self, args[0], true),
  __ne__: (self, args) => compare(self, args[0], false),
  __hash__(self) {
    const v = view(self);
    if (!v.readonly) throw valueError('cannot hash writable memoryview object');
    if (!BYTE_FORMATS.includes(v.code)) throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return hashBytes(v.data());
  },
  __iter__: (self) => new MemoryIterator(view(self)),
  __buffer__: (self) => newMemoryView(self),
  __release_buffer__: () => None,
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
    const [order] = kwArgs('tobytes', args, kwnames, ['order'], 0, 0);
    if (order !== undefined && order !== None) {
      const o = asStr(order);
      if (o === null) throw typeError(`tobytes() argument 'order' must be str or None, not ${typeOf(order).name}`);
      if (o !== 'C' && o !== 'F' && o !== 'A') throw valueError("order must be 'C', 'F' or 'A'");
    }
    return new PyBytes(view(self).data().slice());
  },
  tolist(self, args, kwnames) {
    noArgs('memoryview.tolist', args, kwnames);
    return new PyList(items(view(self)));
  },
  hex(self, args, kwnames) {
    const [sep, per] = kwArgs('hex', args, kwnames, ['sep', 'bytes_per_sep'], 0, 0);
    return hexOf(latin1(view(self).data()), sep, per);
  },
  toreadonly(self, args, kwnames) {
    noArgs('memoryview.toreadonly', args, kwnames);
    const v = view(self);
    return new PyMemoryView(v.obj, v.start, v.length, v.stride, v.format, true);
  },
  cast(self, args, kwnames) {
    const [fmtV, shape] = kwArgs('cast', args, kwnames, ['format', 'shape'], 1, 0);
    const v = view(self);
    const f = asStr(fmtV!);
    if (f === null) throw typeError(`cast() argument 'format' must be str, not ${typeOf(fmtV!).name}`);
    const fmt = f.startsWith('@') ? f.slice(1) : f;
    if (!(fmt in ITEM_SIZES)) {
      throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (!v.contiguous) throw typeError('memoryview: casts are restricted to C-contiguous views');
    if (!BYTE_FORMATS.includes(v.code) && !BYTE_FORMATS.includes(fmt)) {
      throw typeError('memoryview: cannot cast between two non-byte formats');
    }
    const nbytes = v.length * v.itemsize;
    const size = ITEM_SIZES[fmt];
    if (nbytes % size !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    if (shape !== undefined) checkCastShape(shape, size, nbytes);
    return new PyMemoryView(v.obj, v.start, nbytes / size, size, f, v.forcedReadonly);
  },
});

defineGetSet(MemoryViewType, 'obj', (self) => view(self).obj);
defineGetSet(MemoryViewType, 'nbytes', (self) => view(self).length * view(self).itemsize);
defineGetSet(MemoryViewType, 'readonly', (self) => view(self).readonly);
defineGetSet(MemoryViewType, 'itemsize', (self) => view(self).itemsize);
defineGetSet(MemoryViewType, 'format', (self) => view(self).format);
defineGetSet(MemoryViewType, 'ndim', (self) => (view(self), 1));
defineGetSet(MemoryViewType, 'shape', (self) => new PyTuple([view(self).length]));
defineGetSet(MemoryViewType, 'strides', (self) => new PyTuple([view(self).stride]));
defineGetSet(MemoryViewType, 'suboffsets', (self) => (view(self), new PyTuple([])));
defineGetSet(MemoryViewType, 'c_contiguous', (self) => view(self).contiguous);
defineGetSet(MemoryViewType, 'f_contiguous', (self) => view(self).contiguous);
defineGetSet(MemoryViewType, 'contiguous', (self) => view(self).contiguous);

registerFastIter(MemoryViewType, (v) => new MemoryIterator(view(v)));
