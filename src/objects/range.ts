// range: construction, length, O(1) indexing, slicing and int membership, count/index,
// equality and hash by the sequence it stands for, and its iterators (Objects/rangeobject.c).
// Bounds are ints of any size; iteration over safe integers runs on JS numbers.
import type { PyInt, PyValue } from './object';
import { PyRange, PySlice, PyTuple } from './boxes';
import { RangeType } from './builtin-types';
import { None, NotImplemented } from './singletons';
import { attributeError, indexError, overflowError, typeError, valueError } from './exceptions';
import { defineGetSet, defineMethods, defineNew } from './native';
import { checkArgs, noKeywords } from './args';
import { indexValue } from './ops/index-value';
import { Cmp, compareBool } from './ops/compare';
import { getIter, iterNext, NativeIterator, registerFastIter } from './ops/iter';
import { repr } from './ops/repr';
import { typeOf } from './ops/typeof';
import { pyHash } from './ops/hash';
import { canonical, intFloorDivide } from './int-arith';
import { newIteratorType } from './iterator-type';
import { sliceIndicesExact } from './slice';
import { hasIndex, slotArgs } from './sequence';
import { newTuple } from './tuple';

export const RangeIteratorType = newIteratorType('range_iterator');
export const LongRangeIteratorType = newIteratorType('longrange_iterator');

function big(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return canonical(big(a) + big(b));
}

function sub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return canonical(big(a) - big(b));
}

function mul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return canonical(big(a) * big(b));
}

/** The number of items (compute_range_length). */
export function rangeLength(r: PyRange): PyInt {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const lo = big(start);
  const hi = big(stop);
  const st = big(step);
  if (st > 0n) return lo < hi ? canonical((hi - lo - 1n) / st + 1n) : 0;
  return lo > hi ? canonical((lo - hi - 1n) / -st + 1n) : 0;
}

/** range_iterator over safe integers: the next value, the step, and how many are left. */
export class RangeIterator extends NativeIterator {
  constructor(
    public nextValue: number,
    readonly step: number,
    public remaining: number,
  ) {
    super(RangeIteratorType);
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0) return undefined;
    const v = this.nextValue;
    this.nextValue += this.step;
    this.remaining--;
    return v;
  }
  lengthHint(): number {
    return Math.max(0, this.remaining);
  }
}

/** The same over ints beyond the safe range. */
export class BigRangeIterator extends NativeIterator {
  constructor(
    public nextValue: bigint,
    readonly step: bigint,
    public remaining: bigint,
    long: boolean,
  ) {
    super(long ? LongRangeIteratorType : RangeIteratorType);
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0n) return undefined;
    const v = this.nextValue;
    this.nextValue += this.step;
    this.remaining--;
    return canonical(v);
  }
  lengthHint(): PyInt {
    return canonical(this.remaining > 0n ? this.remaining : 0n);
  }
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** Iterates first, first + step, … for `count` items. */
function iterateFrom(first: PyInt, step: PyInt, count: PyInt, r: PyRange): NativeIterator {
  if (typeof count === 'number' && typeof step === 'number' && typeof first === 'number') {
    const last = first + (count - 1) * step;
    if (count === 0 || (Number.isSafeInteger(last) && Number.isSafeInteger(last + step))) {
      return new RangeIterator(first, step, count);
    }
  }
  // CPython's range_iterator takes C longs; beyond them it is a longrange_iterator.
  const fits = (v: PyInt): boolean => big(v) >= LONG_MIN && big(v) <= LONG_MAX;
  const stepBig = big(r.step);
  const end = big(r.stop) + (stepBig > 0n ? stepBig - 1n : stepBig + 1n);
  const long = !(fits(r.start) && fits(r.stop) && fits(r.step) && fits(count) && fits(end));
  return new BigRangeIterator(big(first), big(step), big(count), long);
}

function rangeIter(r: PyRange): NativeIterator {
  return iterateFrom(r.start, r.step, rangeLength(r), r);
}

registerFastIter(RangeType, (v) => rangeIter(v as PyRange));

function asRange(v: PyValue): PyRange {
  return v as PyRange;
}

defineNew(RangeType, (args, kwnames) => {
  noKeywords('range', kwnames);
  const n = args.length - 1;
  if (n < 1) throw typeError(`range expected at least 1 argument, got ${n}`);
  if (n > 3) throw typeError(`range expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PyRange(0, indexValue(args[1]), 1);
  const start = indexValue(args[1]);
  const stop = indexValue(args[2]);
  const step = n === 3 ? indexValue(args[3]) : 1;
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
});

/** An exact int or bool, whose membership is decided arithmetically. */
function isExactInt(v: PyValue): v is PyInt | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function containsInt(r: PyRange, v: PyInt | boolean): boolean {
  const x: PyInt = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  const { start, stop, step } = r;
  const positive = step > 0;
  if (positive ? x < start || x >= stop : x > start || x <= stop) return false;
  if (typeof x === 'number' && typeof start === 'number' && typeof step === 'number') return (x - start) % step === 0;
  return (big(x) - big(start)) % big(step) === 0n;
}

/** The n-th item (compute_range_item), n already within 0 <= n < len. */
function itemAt(r: PyRange, n: PyInt): PyInt {
  return add(r.start, mul(n, r.step));
}

function rangeItem(r: PyRange, key: PyValue): PyValue {
  let i = indexValue(key);
  const len = rangeLength(r);
  if (i < 0) i = add(i, len);
  if (i < 0 || i >= len) throw indexError('range object index out of range');
  return itemAt(r, i);
}

function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const [start, stop, step] = sliceIndicesExact(s, rangeLength(r));
  return new PyRange(itemAt(r, start), itemAt(r, stop), mul(r.step, step));
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const len = rangeLength(a);
  if (len !== rangeLength(b)) return false;
  if (len === 0) return true;
  if (a.start !== b.start) return false;
  if (len === 1) return true;
  return a.step === b.step;
}

/** Searches by iteration, as _PySequence_IterSearch does for non-int values. */
function iterSearch(r: PyRange, v: PyValue, stopAtFirst: boolean): [number, number] {
  const it = getIter(r);
  let count = 0;
  let i = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) {
    if (compareBool(x, v, Cmp.EQ)) {
      if (stopAtFirst) return [i, 1];
      count++;
    }
  }
  return [-1, count];
}

function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyRange) || (op !== Cmp.EQ && op !== Cmp.NE)) return NotImplemented;
  const eq = rangeEquals(asRange(self), other);
  return op === Cmp.EQ ? eq : !eq;
}

const readonly = (): void => {
  throw attributeError('readonly attribute');
};
defineGetSet(RangeType, 'start', (self) => asRange(self).start, readonly);
defineGetSet(RangeType, 'stop', (self) => asRange(self).stop, readonly);
defineGetSet(RangeType, 'step', (self) => asRange(self).step, readonly);

defineMethods(RangeType, {
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    const len = rangeLength(asRange(self));
    if (typeof len === 'bigint' && len > LONG_MAX) throw overflowError('Python int too large to convert to C ssize_t');
    return len;
  },
  __bool__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__bool__');
    return rangeLength(asRange(self)) !== 0;
  },
  __getitem__(self, args, kwnames) {
    checkArgs('range.__getitem__', args, kwnames, 1);
    const key = args[0];
    if (hasIndex(key)) return rangeItem(asRange(self), key);
    if (key instanceof PySlice) return rangeSlice(asRange(self), key);
    throw typeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    const v = args[0];
    if (isExactInt(v)) return containsInt(asRange(self), v);
    return iterSearch(asRange(self), v, true)[0] >= 0;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return rangeIter(asRange(self));
  },
  __reversed__(self, args, kwnames) {
    checkArgs('range.__reversed__', args, kwnames, 0);
    const r = asRange(self);
    const len = rangeLength(r);
    const last = len === 0 ? r.start : itemAt(r, sub(len, 1));
    return iterateFrom(last, sub(0, r.step), len, r);
  },
  count(self, args, kwnames) {
    checkArgs('range.count', args, kwnames, 1);
    const v = args[0];
    if (isExactInt(v)) return containsInt(asRange(self), v) ? 1 : 0;
    return iterSearch(asRange(self), v, false)[1];
  },
  index(self, args, kwnames) {
    checkArgs('range.index', args, kwnames, 1);
    const r = asRange(self);
    const v = args[0];
    if (isExactInt(v)) {
      if (!containsInt(r, v)) throw valueError(`${repr(v)} is not in range`);
      const x: PyInt = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      return intFloorDivide(sub(x, r.start), r.step);
    }
    const [i] = iterSearch(r, v, true);
    if (i < 0) throw valueError('sequence.index(x): x not in sequence');
    return i;
  },
  __hash__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__hash__');
    const r = asRange(self);
    const len = rangeLength(r);
    const items: PyValue[] = len === 0 ? [len, None, None] : len === 1 ? [len, r.start, None] : [len, r.start, r.step];
    return pyHash(newTuple(items));
  },
  __repr__(self) {
    const r = asRange(self);
    if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
    return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
  },
  __reduce__(self) {
    const r = asRange(self);
    return new PyTuple([RangeType, new PyTuple([r.start, r.stop, r.step])]);
  },
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
});
