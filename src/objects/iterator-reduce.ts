// __reduce__ and __setstate__ of the container iterators (list, tuple, range, dict, set), the
// pickle protocol's view of them: how to rebuild the iterator and where it stood.
import type { PyInt, PyValue } from './object';
import { IntSubclassValue, PyList, PyRange, PyTuple } from './boxes';
import { overflowError, typeError } from './exceptions';
import { typeOf } from './ops/typeof';
import { defineMethods } from './native';
import { checkArgs } from './args';
import { None } from './singletons';
import { canonical } from './int-arith';
import { indexValue } from './ops/index-value';
import { NativeIterator } from './ops/iter';
import { interp } from '../vm/interpreter';
import { ListIterator, ListIteratorType, ListReverseIterator, ListReverseIteratorType } from './list';
import { TupleIterator, TupleIteratorType } from './tuple';
import { BigRangeIterator, LongRangeIteratorType, RangeIterator, RangeIteratorType } from './range';
import { SetIteratorType } from './set';
import { DICT_ITERATOR_TYPES } from './dict-views';
import { ReversedType } from './iterator-types';

function builtinIter(): PyValue {
  return interp().builtins.dict.getStr('iter')!;
}

/**
 * The state argument of a list or tuple iterator's __setstate__ (PyLong_AsSsize_t: an int
 * proper, no __index__), as a JS number; ints past any length become infinities.
 */
function ssizeState(self: PyValue, args: PyValue[]): number {
  checkArgs(`${typeOf(self).name}.__setstate__`, args, null, 1);
  const v = args[0];
  let n: PyInt;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (v instanceof IntSubclassValue) n = v.value;
  else throw typeError('an integer is required');
  if (typeof n === 'number') return n;
  if (n >= 2n ** 63n || n < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
  return n < 0n ? -Infinity : Infinity;
}

function noArgs(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): void {
  checkArgs(`${typeOf(self).name}.__reduce__`, args, kwnames, 0);
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

defineMethods(ListIteratorType, {
  __reduce__(self, args, kwnames) {
    noArgs(self, args, kwnames);
    const it = self as ListIterator;
    if (it.list === null) return new PyTuple([builtinIter(), new PyTuple([new PyList([])])]);
    return new PyTuple([builtinIter(), new PyTuple([it.list]), it.index]);
  },
  __setstate__(self, args) {
    const it = self as ListIterator;
    const index = ssizeState(self, args);
    // A negative position leaves the iterator exhausted.
    if (it.list !== null && index < 0) it.list = null;
    else if (it.list !== null) it.index = clamp(index, 0, it.list.items.length);
    return None;
  },
});

defineMethods(ListReverseIteratorType, {
  __reduce__(self, args, kwnames) {
    noArgs(self, args, kwnames);
    const it = self as ListReverseIterator;
    if (it.list === null) return new PyTuple([builtinIter(), new PyTuple([new PyList([])])]);
    return new PyTuple([ReversedType, new PyTuple([it.list]), it.index]);
  },
  __setstate__(self, args) {
    const it = self as ListReverseIterator;
    const index = ssizeState(self, args);
    if (it.list !== null) it.index = clamp(index, -1, it.list.items.length - 1);
    return None;
  },
});

defineMethods(TupleIteratorType, {
  __reduce__(self, args, kwnames) {
    noArgs(self, args, kwnames);
    const it = self as TupleIterator;
    if (it.items === null) return new PyTuple([builtinIter(), new PyTuple([new PyTuple([])])]);
    const tuple = it.tuple ?? new PyTuple(it.items.slice());
    return new PyTuple([builtinIter(), new PyTuple([tuple]), it.index]);
  },
  __setstate__(self, args) {
    const it = self as TupleIterator;
    const index = ssizeState(self, args);
    if (it.items !== null) it.index = clamp(index, 0, it.items.length);
    return None;
  },
});

// A range iterator pickles as an iterator over the range still ahead of it.
for (const type of [RangeIteratorType, LongRangeIteratorType]) {
  defineMethods(type, {
    __reduce__(self, args, kwnames) {
      noArgs(self, args, kwnames);
      let rest: PyRange;
      if (self instanceof RangeIterator) {
        const remaining = Math.max(0, self.remaining);
        rest = new PyRange(self.nextValue, canonical(BigInt(self.nextValue) + BigInt(remaining) * BigInt(self.step)), self.step);
      } else {
        const it = self as BigRangeIterator;
        const remaining = it.remaining > 0n ? it.remaining : 0n;
        rest = new PyRange(canonical(it.nextValue), canonical(it.nextValue + remaining * it.step), canonical(it.step));
      }
      return new PyTuple([builtinIter(), new PyTuple([rest]), None]);
    },
    __setstate__(self, args) {
      checkArgs(`${typeOf(self).name}.__setstate__`, args, null, 1);
      if (self instanceof RangeIterator) {
        // PyLong_AsLong: __index__ is honoured.
        const n = indexValue(args[0]);
        if (typeof n === 'bigint' && (n >= 2n ** 63n || n < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
        const skip = clamp(Number(n), 0, Math.max(0, self.remaining));
        self.nextValue += skip * self.step;
        self.remaining -= skip;
      } else {
        const it = self as BigRangeIterator;
        const wanted = BigInt(indexValue(args[0]));
        const skip = wanted < 0n ? 0n : wanted > it.remaining ? it.remaining : wanted;
        it.nextValue += skip * it.step;
        it.remaining -= skip;
      }
      return None;
    },
  });
}

/**
 * dict and set iterators pickle as an iterator over a list of what they have left: a copy of
 * the iterator is run to the end (raising, as the original would, if the size changed).
 */
function reduceByDraining(self: PyValue): PyValue {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(self) as object) as NativeIterator, self);
  const rest: PyValue[] = [];
  for (let x = copy.next(); x !== undefined; x = copy.next()) rest.push(x);
  return new PyTuple([builtinIter(), new PyTuple([new PyList(rest)])]);
}

for (const type of [SetIteratorType, ...DICT_ITERATOR_TYPES]) {
  defineMethods(type, {
    __reduce__(self, args, kwnames) {
      noArgs(self, args, kwnames);
      return reduceByDraining(self);
    },
  });
}
