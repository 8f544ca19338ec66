// array.array (Modules/arraymodule.c): construction, the sequence protocol (indexing, slicing
// with steps, assignment and deletion, +, *, +=, *=, in, comparison), the methods and
// pickling, with CPython's argument handling and messages. Items live packed in a PyArray.
import type { PyValue } from '../../objects/object';
import { PyType } from '../../objects/type';
import { IntSubclassValue, PyByteArray, PyBytes, PyFloat, PyList, PySlice, PyTuple, StrSubclassValue } from '../../objects/boxes';
import { newBuiltinType, ObjectType } from '../../objects/builtin-types';
import { None, NotImplemented } from '../../objects/singletons';
import { EOFError, indexError, MemoryError, newException, overflowError, RuntimeError, typeError, valueError } from '../../objects/exceptions';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from '../../objects/native';
import { checkArgs, noKeywords } from '../../objects/args';
import { Cmp, compareBool, richCompare } from '../../objects/ops/compare';
import { getIter, iterNext, NativeIterator, registerFastIter } from '../../objects/ops/iter';
import { indexValue } from '../../objects/ops/index-value';
import { repr } from '../../objects/ops/repr';
import { typeOf } from '../../objects/ops/typeof';
import { call } from '../../objects/ops/call';
import { getAttr, getAttrOrUndefined } from '../../objects/ops/attributes';
import { classArg, hasIndex, itemPosition, repeatCount, searchRange, slotArgs } from '../../objects/sequence';
import { sliceIndices } from '../../objects/slice';
import { markSequenceSlots } from '../../objects/sequence-slots';
import { genericAlias } from '../../objects/generic-alias';
import { newIteratorType } from '../../objects/iterator-type';
import { bytesLike, PyMemoryView } from '../../objects/bytes/buffer';
import { newMemoryView } from '../../objects/bytes/memoryview';
import { objectId } from '../../objects/identity';
import { runtimeWarn } from '../../objects/runtime-warning';
import { interp } from '../../vm/interpreter';
import { importModule } from '../../vm/imports';
import { PyArray } from './array-object';
import { KINDS, kindOf, type ArrayKind, type Raw } from './typecodes';

export { PyArray };

/** CPython's tp_name carries the module ('array.array'); __name__ and __qualname__ do not. */
function arrayModuleType(type: PyType, shortName: string): PyType {
  type.qualname = shortName;
  type.module = 'array';
  return type;
}

export const ArrayType = arrayModuleType(newBuiltinType('array.array'), 'array');
const ArrayIteratorType = arrayModuleType(newIteratorType('array.arrayiterator'), 'arrayiterator');

const BAD_TYPECODE = 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)';

function asArray(v: PyValue): PyArray {
  return v as PyArray;
}

function strValue(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  return v instanceof StrSubclassValue ? v.value : null;
}

/** A new exact array.array (slices, concatenations and copies are never of a subclass). */
function newArray(kind: ArrayKind, size = 0): PyArray {
  return new PyArray(ArrayType, kind, size);
}

/** A Py_ssize_t argument (pop's and insert's index). */
function ssizeArg(v: PyValue): number {
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  if (n >= 2n ** 63n || n < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
  return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** ins1: converts first (so that a bad item changes nothing), then makes room and stores. */
function insertItem(a: PyArray, where: number, v: PyValue): void {
  const raw = a.kind.convert(v);
  const n = a.length;
  a.resize(n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (where !== n) {
    // Shift the tail up by one; its last item was just made room for.
    const size = a.kind.itemsize;
    a.bytes.copyWithin((where + 1) * size, where * size, n * size);
  }
  a.setRaw(where, raw);
}

/** Removes items [lo, hi) (array_del_slice). */
function deleteRange(a: PyArray, lo: number, hi: number): void {
  if (hi <= lo) return;
  a.moveTail(hi, lo);
  a.resize(a.length - (hi - lo));
}

function extendFromIterable(a: PyArray, iterable: PyValue): void {
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) insertItem(a, a.length, x);
}

/** array_do_extend: another array of the same kind by its bytes, anything else item by item. */
function extend(a: PyArray, other: PyValue): void {
  if (!(other instanceof PyArray)) {
    extendFromIterable(a, other);
    return;
  }
  if (other.kind !== a.kind) throw typeError('can only extend with array of same kind');
  a.appendBytes(other.data());
}

/** The bytes of a buffer of single bytes (frombytes' Py_buffer with itemsize 1). */
function byteBuffer(v: PyValue): Uint8Array {
  if ((v instanceof PyMemoryView && v.itemsize !== 1) || (v instanceof PyArray && v.kind.itemsize !== 1)) {
    throw typeError('a bytes-like object is required');
  }
  const b = bytesLike(v);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function frombytes(a: PyArray, b: Uint8Array): void {
  if (b.length % a.kind.itemsize !== 0) throw valueError('bytes length not a multiple of item size');
  a.appendBytes(b);
}

function fromUnicode(a: PyArray, s: string): void {
  const raws: Raw[] = [];
  for (const ch of s) raws.push(ch.codePointAt(0)!);
  const old = a.length;
  if (raws.length === 0) return;
  a.resize(old + raws.length);
  for (let i = 0; i < raws.length; i++) a.setRaw(old + i, raws[i]);
}

function toUnicode(a: PyArray): string {
  let s = '';
  for (let i = 0; i < a.length; i++) s += a.item(i) as string;
  return s;
}

function toList(a: PyArray): PyList {
  const out = new Array<PyValue>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a.item(i);
  return new PyList(out);
}

function copyOf(a: PyArray, start = 0, count = a.length): PyArray {
  const size = a.kind.itemsize;
  const r = newArray(a.kind, count);
  r.bytes.set(a.bytes.subarray(start * size, (start + count) * size));
  return r;
}

/** array_new: array(typecode[, initializer]). */
function arrayNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && cls.lookup('__init__') === ObjectType.lookup('__init__')) throw typeError('array.array() takes no keyword arguments');
  const positional = args.slice(1, args.length - nkw);
  if (positional.length === 0) throw typeError('array() takes at least 1 argument (0 given)');
  if (positional.length > 2) throw typeError(`array() takes at most 2 arguments (${positional.length} given)`);
  const code = strValue(positional[0]);
  if (code === null || [...code].length !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${typeOf(positional[0]).name}`);
  }
  const initial = positional.length > 1 ? positional[1] : undefined;
  if (code === 'u') runtimeWarn('DeprecationWarning', "The 'u' type code is deprecated and will be removed in Python 3.16");
  const unicode = code === 'u' || code === 'w';
  if (initial !== undefined && !unicode) {
    if (strValue(initial) !== null) throw typeError(`cannot use a str to initialize an array with typecode '${code}'`);
    if (initial instanceof PyArray && initial.kind.unicode) {
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${code}'`);
    }
  }
  // Anything but these is iterated, and must be iterable before the typecode is checked.
  let iterator: PyValue | undefined;
  const direct =
    initial === undefined ||
    initial instanceof PyList ||
    initial instanceof PyTuple ||
    initial instanceof PyBytes ||
    initial instanceof PyByteArray ||
    (unicode && strValue(initial) !== null) ||
    (initial instanceof PyArray && initial.kind.code === code);
  if (!direct) iterator = getIter(initial!);
  const kind = kindOf(code);
  if (kind === undefined) throw valueError(BAD_TYPECODE);
  if (iterator !== undefined) {
    const a = new PyArray(cls, kind);
    extendFromIterable(a, iterator);
    return a;
  }
  if (initial instanceof PyList || initial instanceof PyTuple) {
    const items = initial.items;
    const a = new PyArray(cls, kind, items.length);
    for (let i = 0; i < items.length; i++) a.setRaw(i, kind.convert(items[i]));
    return a;
  }
  const a = new PyArray(cls, kind);
  if (initial instanceof PyArray) a.setBytes(initial.data());
  else if (initial instanceof PyBytes || initial instanceof PyByteArray) frombytes(a, bytesLike(initial)!);
  else if (initial !== undefined) {
    fromUnicode(a, strValue(initial)!);
    a.allocated = a.length;
  }
  return a;
}

defineNew(ArrayType, (args, kwnames) => {
  classArg(args, ArrayType);
  return arrayNew(args, kwnames);
});

/** Steps through an array by index, seeing items appended meanwhile; exhausted for good once past the end. */
class ArrayIterator extends NativeIterator {
  constructor(
    public array: PyArray | null,
    /** The next position, or -1 once exhausted. */
    public index = 0,
  ) {
    super(ArrayIteratorType);
  }
  next(): PyValue | undefined {
    const a = this.array;
    if (a === null || this.index < 0) return undefined;
    if (this.index < a.length) return a.item(this.index++);
    this.index = -1;
    this.array = null;
    return undefined;
  }
}

registerFastIter(ArrayType, (v) => new ArrayIterator(asArray(v)));

defineMethods(ArrayIteratorType, {
  __reduce__(self, args, kwnames) {
    checkArgs('__reduce__', args, kwnames, 0);
    const it = self as ArrayIterator;
    const iter = interp().builtins.dict.getStr('iter')!;
    if (it.index >= 0 && it.array !== null) return new PyTuple([iter, new PyTuple([it.array]), it.index]);
    return new PyTuple([iter, new PyTuple([new PyTuple([])])]);
  },
  __setstate__(self, args, kwnames) {
    checkArgs('__setstate__', args, kwnames, 1);
    const it = self as ArrayIterator;
    const v = args[0];
    if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof IntSubclassValue)) {
      throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    }
    let index = ssizeArg(v);
    if (it.index >= 0 && it.array !== null) {
      if (index < -1) index = -1;
      else if (index > it.array.length) index = it.array.length;
      it.index = index;
    }
    return None;
  },
});

/**
 * array_richcompare: arrays only. Lengths first for == and !=, then the first differing pair
 * decides (compared as Python values, so that an int array and a float array compare by value).
 */
function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyArray)) return NotImplemented;
  const a = asArray(self);
  const b = other;
  if (a.length !== b.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  const n = Math.min(a.length, b.length);
  if (a.kind === b.kind && a.kind.code !== 'f' && a.kind.code !== 'd') {
    // Same integer or character type: compare the stored values directly.
    for (let i = 0; i < n; i++) {
      const x = a.raw(i);
      const y = b.raw(i);
      if (x !== y) return compareRaw(x < y ? -1 : 1, op);
    }
    return compareRaw(a.length - b.length, op);
  }
  for (let i = 0; i < n; i++) {
    const x = a.item(i);
    const y = b.item(i);
    if (!compareBool(x, y, Cmp.EQ)) {
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      return richCompare(x, y, op);
    }
  }
  return compareRaw(a.length - b.length, op);
}

function compareRaw(sign: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT:
      return sign < 0;
    case Cmp.LE:
      return sign <= 0;
    case Cmp.EQ:
      return sign === 0;
    case Cmp.NE:
      return sign !== 0;
    case Cmp.GT:
      return sign > 0;
    default:
      return sign >= 0;
  }
}

function findItem(a: PyArray, v: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < a.length; i++) {
    if (compareBool(a.item(i), v, Cmp.EQ)) return i;
  }
  return -1;
}

function arrayRepr(a: PyArray): string {
  const name = typeOf(a).name;
  const shortName = name.slice(name.lastIndexOf('.') + 1);
  if (a.length === 0) return `${shortName}('${a.kind.code}')`;
  const contents = a.kind.unicode ? repr(toUnicode(a)) : repr(toList(a));
  return `${shortName}('${a.kind.code}', ${contents})`;
}

function repeated(a: PyArray, n: number): PyArray {
  const size = a.nbytes;
  if (size !== 0 && n * size > 2 ** 31) throw newException(MemoryError);
  const r = newArray(a.kind, a.length * n);
  const src = a.data();
  for (let k = 0; k < n; k++) r.bytes.set(src, k * size);
  return r;
}

/** The repeat count of `a * n` called as a slot wrapper (PyNumber_AsSsize_t): any non-int is an error. */
function repeatArgument(n: PyValue): number {
  const count = repeatCount(n);
  if (count === null) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  return count;
}

function getItem(a: PyArray, key: PyValue): PyValue {
  if (hasIndex(key)) {
    const i = itemPosition(key, a.length);
    if (i < 0) throw indexError('array index out of range');
    return a.item(i);
  }
  if (!(key instanceof PySlice)) throw typeError('array indices must be integers');
  const [start, , step, count] = sliceIndices(key, a.length);
  if (count <= 0) return newArray(a.kind);
  if (step === 1) return copyOf(a, start, count);
  const r = newArray(a.kind, count);
  for (let k = 0, i = start; k < count; k++, i += step) r.setRaw(k, a.raw(i));
  return r;
}

/** array_ass_subscr: an item, or a slice from another array of the same kind (or deletion, value null). */
function setItem(a: PyArray, key: PyValue, value: PyValue | null): void {
  let start: number;
  let stop: number;
  let step: number;
  let count: number;
  if (hasIndex(key)) {
    const i = itemPosition(key, a.length);
    if (i < 0) throw indexError('array assignment index out of range');
    if (value !== null) {
      a.setRaw(i, a.kind.convert(value));
      return;
    }
    [start, stop, step, count] = [i, i + 1, 1, 1];
  } else if (key instanceof PySlice) {
    [start, stop, step, count] = sliceIndices(key, a.length);
  } else {
    throw typeError('array indices must be integers');
  }
  let other: PyArray | null = null;
  if (value !== null) {
    if (!(value instanceof PyArray)) throw typeError(`can only assign array (not "${typeOf(value).name}") to array slice`);
    // a[i:j] = a copies a first.
    other = value === a ? copyOf(a) : value;
    if (other.kind !== a.kind) throw typeError('bad argument type for built-in operation');
  }
  const needed = other === null ? 0 : other.length;
  const size = a.kind.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    if (count > needed) {
      a.moveTail(stop, start + needed);
      a.resize(a.length + needed - count);
    } else if (count < needed) {
      const oldLength = a.length;
      a.resize(oldLength + needed - count);
      a.bytes.copyWithin((start + needed) * size, stop * size, oldLength * size);
    }
    if (other !== null && needed > 0) a.bytes.set(other.data(), start * size);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: keep the items not selected, in order.
    const keep: Raw[] = [];
    const lo = step > 0 ? start : start + step * (count - 1);
    const stride = Math.abs(step);
    for (let i = 0; i < a.length; i++) {
      if (i >= lo && (i - lo) % stride === 0 && (i - lo) / stride < count) continue;
      keep.push(a.raw(i));
    }
    for (let i = 0; i < keep.length; i++) a.setRaw(i, keep[i]);
    a.resize(keep.length);
    return;
  }
  if (needed !== count) throw valueError(`attempt to assign array of size ${needed} to extended slice of size ${count}`);
  for (let k = 0, i = start; k < count; k++, i += step) a.setRaw(i, other!.raw(k));
}

/** __reduce_ex__: the machine-independent form for protocol 3 and later, a list before that. */
function reduceEx(a: PyArray, protocolArg: PyValue): PyTuple {
  const isInt =
    typeof protocolArg === 'number' || typeof protocolArg === 'bigint' || typeof protocolArg === 'boolean' || protocolArg instanceof IntSubclassValue;
  if (!isInt) throw typeError('__reduce_ex__ argument should be an integer');
  const protocol = indexValue(protocolArg);
  const dict = getAttrOrUndefined(a, '__dict__') ?? None;
  if (protocol < 3) return new PyTuple([typeOf(a), new PyTuple([a.kind.code, toList(a)]), dict]);
  const reconstructor = getAttr(importModule('array'), '_array_reconstructor');
  return new PyTuple([reconstructor, new PyTuple([typeOf(a), a.kind.code, a.kind.mformat, new PyBytes(a.data().slice())]), dict]);
}

const BLOCK = 64 * 1024;

defineMethods(ArrayType, {
  append(self, args, kwnames) {
    checkArgs('array.append', args, kwnames, 1);
    insertItem(asArray(self), asArray(self).length, args[0]);
    return None;
  },
  buffer_info(self, args, kwnames) {
    checkArgs('array.buffer_info', args, kwnames, 0);
    const a = asArray(self);
    // Any stable number serves as the address; CPython's is 0 before anything was allocated.
    const address = a.allocated === 0 ? 0 : objectId(a.bytes as unknown as PyValue);
    return new PyTuple([address, a.length]);
  },
  byteswap(self, args, kwnames) {
    checkArgs('array.byteswap', args, kwnames, 0);
    const a = asArray(self);
    const size = a.kind.itemsize;
    const b = a.bytes;
    for (let i = 0; i < a.length; i++) b.subarray(i * size, (i + 1) * size).reverse();
    return None;
  },
  clear(self, args, kwnames) {
    checkArgs('array.clear', args, kwnames, 0);
    asArray(self).resize(0);
    return None;
  },
  __copy__(self, args, kwnames) {
    checkArgs('array.__copy__', args, kwnames, 0);
    return copyOf(asArray(self));
  },
  __deepcopy__(self, args, kwnames) {
    checkArgs('array.__deepcopy__', args, kwnames, 1);
    return copyOf(asArray(self));
  },
  count(self, args, kwnames) {
    checkArgs('array.count', args, kwnames, 1);
    const a = asArray(self);
    let n = 0;
    for (let i = 0; i < a.length; i++) if (compareBool(a.item(i), args[0], Cmp.EQ)) n++;
    return n;
  },
  extend(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw !== 1 || nkw > 0) throw typeError(`extend() takes exactly 1 positional argument (${args.length - nkw} given)`);
    extend(asArray(self), args[0]);
    return None;
  },
  fromfile(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw !== 2 || nkw > 0) throw typeError(`fromfile() takes exactly 2 positional arguments (${args.length - nkw} given)`);
    const a = asArray(self);
    const n = ssizeArg(args[1]);
    if (n < 0) throw valueError('negative count');
    const nbytes = n * a.kind.itemsize;
    const b = call(getAttr(args[0], 'read'), [nbytes]);
    if (!(b instanceof PyBytes)) throw typeError("read() didn't return bytes");
    frombytes(a, b.bytes);
    if (b.bytes.length !== nbytes) throw newException(EOFError, "read() didn't return enough bytes");
    return None;
  },
  fromlist(self, args, kwnames) {
    checkArgs('array.fromlist', args, kwnames, 1);
    const a = asArray(self);
    const list = args[0];
    if (!(list instanceof PyList)) throw typeError('arg must be list');
    const n = list.items.length;
    if (n === 0) return None;
    const old = a.length;
    a.resize(old + n);
    for (let i = 0; i < n; i++) {
      try {
        a.setRaw(old + i, a.kind.convert(list.items[i]));
      } catch (e) {
        a.resize(old);
        throw e;
      }
      if (list.items.length !== n) {
        a.resize(old);
        throw newException(RuntimeError, 'list changed size during iteration');
      }
    }
    return None;
  },
  frombytes(self, args, kwnames) {
    checkArgs('array.frombytes', args, kwnames, 1);
    frombytes(asArray(self), byteBuffer(args[0]));
    return None;
  },
  fromunicode(self, args, kwnames) {
    checkArgs('array.fromunicode', args, kwnames, 1);
    const a = asArray(self);
    const s = strValue(args[0]);
    if (s === null) throw typeError(`fromunicode() argument must be str, not ${typeOf(args[0]).name}`);
    if (!a.kind.unicode) throw valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
    fromUnicode(a, s);
    return None;
  },
  index(self, args, kwnames) {
    noKeywords('array.index', kwnames);
    checkArgs('index', args, kwnames, 1, 3);
    const a = asArray(self);
    const [start, stop] = searchRange(args, a.length);
    const i = findItem(a, args[0], start, stop);
    if (i < 0) throw valueError('array.index(x): x not in array');
    return i;
  },
  insert(self, args, kwnames) {
    noKeywords('array.insert', kwnames);
    checkArgs('insert', args, kwnames, 2);
    insertItem(asArray(self), ssizeArg(args[0]), args[1]);
    return None;
  },
  pop(self, args, kwnames) {
    noKeywords('array.pop', kwnames);
    checkArgs('pop', args, kwnames, 0, 1);
    const a = asArray(self);
    let i = args.length === 0 ? -1 : ssizeArg(args[0]);
    if (a.length === 0) throw indexError('pop from empty array');
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw indexError('pop index out of range');
    const v = a.item(i);
    deleteRange(a, i, i + 1);
    return v;
  },
  __reduce_ex__(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw !== 1 || nkw > 0) throw typeError(`__reduce_ex__() takes exactly 1 positional argument (${args.length - nkw} given)`);
    return reduceEx(asArray(self), args[0]);
  },
  remove(self, args, kwnames) {
    checkArgs('array.remove', args, kwnames, 1);
    const a = asArray(self);
    const i = findItem(a, args[0], 0, a.length);
    if (i < 0) throw valueError('array.remove(x): x not in array');
    deleteRange(a, i, i + 1);
    return None;
  },
  reverse(self, args, kwnames) {
    checkArgs('array.reverse', args, kwnames, 0);
    const a = asArray(self);
    for (let i = 0, j = a.length - 1; i < j; i++, j--) {
      const x = a.raw(i);
      a.setRaw(i, a.raw(j));
      a.setRaw(j, x);
    }
    return None;
  },
  tofile(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw !== 1 || nkw > 0) throw typeError(`tofile() takes exactly 1 positional argument (${args.length - nkw} given)`);
    const a = asArray(self);
    if (a.length === 0) return None;
    // Written in blocks of 64 KiB, as CPython does.
    const data = a.data().slice();
    const write = getAttr(args[0], 'write');
    for (let off = 0; off < data.length; off += BLOCK) call(write, [new PyBytes(data.slice(off, off + BLOCK))]);
    return None;
  },
  tolist(self, args, kwnames) {
    checkArgs('array.tolist', args, kwnames, 0);
    return toList(asArray(self));
  },
  tobytes(self, args, kwnames) {
    checkArgs('array.tobytes', args, kwnames, 0);
    return new PyBytes(asArray(self).data().slice());
  },
  tounicode(self, args, kwnames) {
    checkArgs('array.tounicode', args, kwnames, 0);
    const a = asArray(self);
    if (!a.kind.unicode) throw valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
    return toUnicode(a);
  },
  __sizeof__(self, args, kwnames) {
    checkArgs('array.__sizeof__', args, kwnames, 0);
    const a = asArray(self);
    return 64 + a.allocated * a.kind.itemsize;
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return asArray(self).length;
  },
  __getitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__getitem__');
    return getItem(asArray(self), args[0]);
  },
  __setitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 2, '__setitem__');
    setItem(asArray(self), args[0], args[1]);
    return None;
  },
  __delitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__delitem__');
    setItem(asArray(self), args[0], null);
    return None;
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    const a = asArray(self);
    return findItem(a, args[0], 0, a.length) >= 0;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return new ArrayIterator(asArray(self));
  },
  __add__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__add__');
    const a = asArray(self);
    const other = args[0];
    if (!(other instanceof PyArray)) throw typeError(`can only append array (not "${typeOf(other).name}") to array`);
    if (other.kind !== a.kind) throw typeError('bad argument type for built-in operation');
    const r = copyOf(a);
    r.appendBytes(other.data());
    r.allocated = r.length;
    return r;
  },
  __iadd__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__iadd__');
    const other = args[0];
    if (!(other instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeOf(other).name}")`);
    extend(asArray(self), other);
    return self;
  },
  __mul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__mul__');
    return repeated(asArray(self), repeatArgument(args[0]));
  },
  __rmul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__rmul__');
    return repeated(asArray(self), repeatArgument(args[0]));
  },
  __imul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__imul__');
    const a = asArray(self);
    const n = repeatArgument(args[0]);
    if (a.length > 0 && n !== 1) {
      const src = a.data().slice();
      if (n * src.length > 2 ** 31) throw newException(MemoryError);
      a.resize(a.length * n);
      for (let k = 0; k < n; k++) a.bytes.set(src, k * src.length);
    }
    return self;
  },
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: (self, args) => compare(self, args[0], Cmp.LT),
  __le__: (self, args) => compare(self, args[0], Cmp.LE),
  __gt__: (self, args) => compare(self, args[0], Cmp.GT),
  __ge__: (self, args) => compare(self, args[0], Cmp.GE),
  __repr__: (self) => arrayRepr(asArray(self)),
  __buffer__: (self) => newMemoryView(self),
  __release_buffer__: () => None,
});
// +, * and their in-place forms are sq_concat and sq_repeat, tried after the operands' number methods.
markSequenceSlots(ArrayType, ['__add__', '__iadd__', '__mul__', '__rmul__', '__imul__']);
ArrayType.ns.setStr('__hash__', None);
ArrayType.ns.setStr(
  '__doc__',
  'array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n' +
    'initialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\n' +
    'Arrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\n' +
    'at object creation time by using a type code, which is a single character.',
);
defineGetSet(ArrayType, 'typecode', (self) => asArray(self).kind.code);
defineGetSet(ArrayType, 'itemsize', (self) => asArray(self).kind.itemsize);
defineClassMethod(ArrayType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('array.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});

/** array._array_reconstructor(arraytype, typecode, mformat_code, items): unpickling's constructor. */
export function arrayReconstructor(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('_array_reconstructor', args, kwnames, 4);
  const [arraytype, typecodeArg, mformatArg, items] = args;
  const typecode = strValue(typecodeArg);
  if (typecode === null || [...typecode].length !== 1) {
    throw typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeOf(typecodeArg).name}`);
  }
  const mformat = Number(indexValue(mformatArg));
  if (!(arraytype instanceof PyType)) throw typeError(`first argument must be a type object, not ${typeOf(arraytype).name}`);
  const cls = arraytype;
  if (!cls.isSubtypeOf(ArrayType)) throw typeError(`${cls.name} is not a subtype of array.array`);
  const kind = kindOf(typecode);
  if (kind === undefined) throw valueError('second argument must be a valid type code');
  if (mformat < 0 || mformat > 21) throw valueError('third argument must be a valid machine format code.');
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeOf(items).name}`);
  // Built as array.__new__ builds (no __init__ of a subclass runs).
  if (mformat === kind.mformat) return arrayNew([cls, typecode, items], null);
  return arrayNew([cls, ...reformat(kind, mformat, items.bytes)], null);
}

/** The machine formats: item size, signedness, big-endianness (arraymodule.c's mformat_descriptors). */
const MFORMATS: readonly [number, boolean, boolean][] = [
  [1, false, false], [1, true, false], [2, false, false], [2, false, true], [2, true, false], [2, true, true],
  [4, false, false], [4, false, true], [4, true, false], [4, true, true], [8, false, false], [8, false, true],
  [8, true, false], [8, true, true], [4, false, false], [4, false, true], [8, false, false], [8, false, true],
  [4, false, false], [4, false, true], [8, false, false], [8, false, true],
];

/** Items pickled on another machine: decoded, and given the typecode that fits them here. */
function reformat(kind: ArrayKind, mformat: number, b: Uint8Array): PyValue[] {
  const [size, signed, bigEndian] = MFORMATS[mformat];
  if (b.length % size !== 0) throw valueError('string length not a multiple of item size');
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const le = !bigEndian;
  const out: PyValue[] = [];
  let typecode = kind.code;
  if (mformat === 14 || mformat === 15) {
    for (let o = 0; o < b.length; o += 4) out.push(new PyFloat(dv.getFloat32(o, le)));
  } else if (mformat === 16 || mformat === 17) {
    for (let o = 0; o < b.length; o += 8) out.push(new PyFloat(dv.getFloat64(o, le)));
  } else if (mformat >= 18) {
    // UTF-16 or UTF-32 text.
    let s = '';
    if (mformat <= 19) {
      for (let o = 0; o + 1 < b.length; o += 2) s += String.fromCharCode(dv.getUint16(o, le));
    } else {
      for (let o = 0; o < b.length; o += 4) s += String.fromCodePoint(dv.getUint32(o, le));
    }
    return [typecode, s];
  } else {
    // The last integer typecode of this size and signedness.
    for (const k of KINDS) if (k.integer && k.itemsize === size && (k.code === k.code.toLowerCase()) === signed) typecode = k.code;
    for (let o = 0; o < b.length; o += size) {
      let v = 0n;
      for (let j = 0; j < size; j++) v |= BigInt(b[o + (le ? j : size - 1 - j)]) << BigInt(8 * j);
      if (signed) v = BigInt.asIntN(size * 8, v);
      out.push(Number.isSafeInteger(Number(v)) ? Number(v) : v);
    }
  }
  return [typecode, new PyList(out)];
}

export { ArrayIteratorType };
