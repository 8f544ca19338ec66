// What list and tuple share: lexicographic comparison, index arguments, repetition counts,
// reading a slice, the argument checks of slot wrappers, and the TypeErrors CPython raises
// from sq_concat / sq_repeat when the number protocol declined (Objects/abstract.c).
import type { PyValue } from './object';
import { IntSubclassValue, PyByteArray, PyBytes, PyList, PySlice, PyTuple, StrSubclassValue } from './boxes';
import { ListType, TupleType } from './builtin-types';
import { indexError, MemoryError, newException, overflowError, PyBaseException, TypeError, typeError } from './exceptions';
import { Cmp, compareBool, richCompare } from './ops/compare';
import { indexValue } from './ops/index-value';
import { typeOf } from './ops/typeof';
import { getIter, iterNext } from './ops/iter';
import { PyType } from './type';
import { NB, registerSequenceOpError, registerSequenceSlots } from './ops/number';
import { callMethodDescriptor } from './ops/call';
import { NotImplemented } from './singletons';
import { isSequenceSlot } from './sequence-slots';
import { sliceIndices } from './slice';

/** A sequence whose items the comparison re-reads after every call out (a list may change). */
type Items = { readonly items: readonly PyValue[] } | readonly PyValue[];

function itemsOf(s: Items): readonly PyValue[] {
  return Array.isArray(s) ? (s as readonly PyValue[]) : (s as { items: readonly PyValue[] }).items;
}

/**
 * list_richcompare / tuplerichcompare: skip the leading items that are equal (identity first),
 * then compare lengths if one ran out, else the first differing pair with `op`. Lists (not
 * tuples) answer == and != at once when the lengths differ: `sizeShortcut`.
 */
export function seqRichCompare(a: Items, b: Items, op: Cmp, sizeShortcut = true): PyValue {
  let x = itemsOf(a);
  let y = itemsOf(b);
  if (sizeShortcut && x.length !== y.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  let i = 0;
  for (; i < x.length && i < y.length; i++) {
    const u = x[i];
    const v = y[i];
    if (u === v) continue;
    const eq = compareBool(u, v, Cmp.EQ);
    x = itemsOf(a);
    y = itemsOf(b);
    if (!eq) break;
  }
  if (i >= x.length || i >= y.length) {
    const n = x.length;
    const m = y.length;
    switch (op) {
      case Cmp.LT:
        return n < m;
      case Cmp.LE:
        return n <= m;
      case Cmp.EQ:
        return n === m;
      case Cmp.NE:
        return n !== m;
      case Cmp.GT:
        return n > m;
      default:
        return n >= m;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(x[i], y[i], op);
}

/** Whether `v` can be used as an index (_PyIndex_Check: int, bool, or a type with __index__). */
export function hasIndex(v: PyValue): boolean {
  switch (typeof v) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'string':
      return false;
  }
  return v instanceof IntSubclassValue || typeOf(v).lookup('__index__') !== undefined;
}

/**
 * The position `key` names in a sequence of `length` (negative counts from the end), or -1
 * when out of range. An int too large for an index is an IndexError (PyNumber_AsSsize_t with
 * PyExc_IndexError).
 */
export function itemPosition(key: PyValue, length: number): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else {
    const n = indexValue(key);
    if (typeof n === 'bigint') {
      if (n >= 2n ** 63n || n < -(2n ** 63n)) throw indexError(`cannot fit '${typeOf(key).name}' into an index-sized integer`);
      return -1; // a Py_ssize_t, but farther than any sequence is long
    }
    i = n;
  }
  if (i < 0) i += length;
  return i >= 0 && i < length ? i : -1;
}

/** The TypeError for a subscript that is neither an index nor a slice. */
export function badSubscript(what: string, key: PyValue): never {
  throw typeError(`${what} indices must be integers or slices, not ${typeOf(key).name}`);
}

/** The items a slice selects. */
export function readSlice(items: readonly PyValue[], s: PySlice): PyValue[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  return takeSlice(items, start, step, count);
}

/** `count` items from `start`, every `step`-th. */
export function takeSlice(items: readonly PyValue[], start: number, step: number, count: number): PyValue[] {
  if (step === 1) return items.slice(start, start + count);
  const out = new Array<PyValue>(count);
  for (let k = 0, i = start; k < count; k++, i += step) out[k] = items[i];
  return out;
}

/**
 * A repetition count for `seq * n`: a number (negative counts as 0), or null when `n` is not
 * an index so that the caller answers NotImplemented. Too large: OverflowError, as CPython.
 */
export function repeatCount(n: PyValue): number | null {
  if (typeof n === 'number') return n < 0 ? 0 : n;
  if (!hasIndex(n)) return null;
  const c = indexValue(n);
  if (typeof c === 'bigint') {
    // Py_ssize_t holds it: too long to build, which the caller reports like CPython does.
    if (c >= -(1n << 63n) && c < 1n << 63n) return c < 0n ? 0 : Number.MAX_SAFE_INTEGER;
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  return c < 0 ? 0 : c;
}

/**
 * The repeat count a sequence's __mul__ / __rmul__ / __imul__ is called with directly
 * (wrap_indexargfunc: PyNumber_AsSsize_t), where a non-int is an error, not NotImplemented.
 */
export function repeatArg(n: PyValue): number {
  const count = repeatCount(n);
  if (count === null) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  return count;
}

/** `items` repeated `n` times; a result too long for memory is CPython's MemoryError's stand-in. */
export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const len = items.length;
  if (len === 0 || n === 0) return [];
  if (len * n > 0x7fffffff) throw newException(MemoryError);
  const out = new Array<PyValue>(len * n);
  for (let k = 0, o = 0; k < n; k++) for (let i = 0; i < len; i++) out[o++] = items[i];
  return out;
}

/** _PyEval_SliceIndexNotNone for index()'s start/stop: an index clamped to the index range. */
export function boundArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (!hasIndex(v)) throw typeError('slice indices must be integers or have an __index__ method');
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** The range [start, stop) that index(x, start, stop) searches in a sequence of `length`. */
export function searchRange(args: readonly PyValue[], length: number): [number, number] {
  let start = args.length > 1 ? boundArg(args[1]) : 0;
  let stop = args.length > 2 ? boundArg(args[2]) : length;
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = 0;
  }
  return [start, Math.min(stop, length)];
}

/** Arguments of a slot wrapper (`[].__setitem__(...)`): exactly n, no keywords. */
export function slotArgs(args: readonly PyValue[], kwnames: readonly string[] | null, n: number, name: string): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** Replaces items[lo:hi] by `seq` in place, without spreading `seq` into arguments. */
export function replaceRange(items: PyValue[], lo: number, hi: number, seq: readonly PyValue[]): void {
  const removed = hi - lo;
  const delta = seq.length - removed;
  const oldLen = items.length;
  if (delta > 0) {
    items.length = oldLen + delta;
    for (let i = oldLen - 1; i >= hi; i--) items[i + delta] = items[i];
  } else if (delta < 0) {
    for (let i = hi; i < oldLen; i++) items[i + delta] = items[i];
    items.length = oldLen + delta;
  }
  for (let i = 0; i < seq.length; i++) items[lo + i] = seq[i];
}

/** Exact list or tuple: its items can be read directly (no overridden __iter__ to honour). */
export function directItems(v: PyValue): readonly PyValue[] | null {
  if (v instanceof PyList && v.type === ListType) return v.items;
  if (v instanceof PyTuple && v.type === TupleType) return v.items;
  return null;
}

function isStrLike(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof StrSubclassValue;
}

function isBytesLike(v: PyValue): boolean {
  return v instanceof PyBytes || v instanceof PyByteArray;
}

/** Whether `v` has sq_repeat: list, tuple, str, bytes, bytearray and their subclasses. */
function repeats(v: PyValue): boolean {
  return v instanceof PyList || v instanceof PyTuple || isStrLike(v) || isBytesLike(v);
}

registerSequenceOpError((a, b, op) => {
  if (op === '+') {
    if (a instanceof PyList) return `can only concatenate list (not "${typeOf(b).name}") to list`;
    if (a instanceof PyTuple) return `can only concatenate tuple (not "${typeOf(b).name}") to tuple`;
    if (isStrLike(a)) return `can only concatenate str (not "${typeOf(b).name}") to str`;
    if (isBytesLike(a)) return `can't concat ${typeOf(b).name} to ${typeOf(a).name}`;
    return null;
  }
  if (op === '*') {
    if (repeats(a) && !hasIndex(b)) return `can't multiply sequence by non-int of type '${typeOf(b).name}'`;
    if (repeats(b) && !hasIndex(a)) return `can't multiply sequence by non-int of type '${typeOf(a).name}'`;
  }
  return null;
});

/**
 * PySequence_Fast: the items of an iterable as a fresh array; `message` replaces the TypeError
 * of a value that is not iterable at all.
 */
export function sequenceFast(v: PyValue, message: string): PyValue[] {
  const direct = directItems(v);
  if (direct !== null) return direct.slice();
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) throw typeError(message);
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** The class a built-in __new__ was called with (args[0]), checked as tp_new_wrapper does. */
export function classArg(args: readonly PyValue[], base: PyType): PyType {
  if (args.length === 0) throw typeError(`${base.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${base.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(base)) throw typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

/** `type`'s method `name` when it is a sequence slot. */
function slotOf(v: PyValue, name: string): PyValue | undefined {
  const m = typeOf(v).lookup(name);
  return m !== undefined && isSequenceSlot(m) ? m : undefined;
}

registerSequenceSlots({
  isSlot: isSequenceSlot,
  fallback(a, b, op, inplace) {
    if (op === NB.ADD) {
      const concat = (inplace ? slotOf(a, '__iadd__') : undefined) ?? slotOf(a, '__add__');
      return concat === undefined ? NotImplemented : callMethodDescriptor(concat, a, [b]);
    }
    if (op !== NB.MULTIPLY) return NotImplemented;
    // sequence_repeat: the left operand's repeat first, the right's (never in place) next.
    const repeatLeft = (inplace ? slotOf(a, '__imul__') : undefined) ?? slotOf(a, '__mul__');
    if (repeatLeft !== undefined) return repeatWith(repeatLeft, a, b);
    if (repeats(a)) return NotImplemented; // str, bytes: their own __mul__ answered already
    const repeatRight = slotOf(b, '__mul__');
    return repeatRight === undefined ? NotImplemented : repeatWith(repeatRight, b, a);
  },
});

function repeatWith(repeat: PyValue, seq: PyValue, count: PyValue): PyValue {
  if (!hasIndex(count)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(count).name}'`);
  return callMethodDescriptor(repeat, seq, [count]);
}
