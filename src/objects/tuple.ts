// tuple: construction from any iterable (honouring a subclass), subscripts, concatenation and
// repetition, comparison, repr, CPython's xxHash-based hash, and tuple_iterator
// (Objects/tupleobject.c).
import type { PyValue } from './object';
import type { PyType } from './type';
import { EMPTY_TUPLE, PySlice, PyTuple } from './boxes';
import { TupleType } from './builtin-types';
import { NotImplemented } from './singletons';
import { indexError, typeError, valueError } from './exceptions';
import { defineClassMethod, defineMethods, defineNew } from './native';
import { checkArgs, noKeywords } from './args';
import { Cmp, compareBool } from './ops/compare';
import { NativeIterator, registerFastIter, toArray } from './ops/iter';
import { reprGuarded, repr } from './ops/repr';
import { newIteratorType } from './iterator-type';
import { genericAlias } from './generic-alias';
import { tupleHash } from './hash64';
import { sliceIndices } from './slice';
import { typeOf } from './ops/typeof';
import {
  badSubscript,
  classArg,
  hasIndex,
  itemPosition,
  repeatArg,
  repeatItems,
  searchRange,
  seqRichCompare,
  slotArgs,
  takeSlice,
} from './sequence';
import { markSequenceSlots } from './sequence-slots';

// boxes.ts can be loaded while builtin-types.ts is still loading (through dict.ts), leaving the
// shared empty tuple without its class; it gets it here, once tuple exists for certain.
if ((EMPTY_TUPLE.type as PyType | undefined) === undefined) EMPTY_TUPLE.type = TupleType;

export const TupleIteratorType = newIteratorType('tuple_iterator');

/** tuple_iterator: steps through the (immutable) items. */
export class TupleIterator extends NativeIterator {
  index = 0;
  constructor(
    public items: readonly PyValue[] | null,
    /** The tuple iterated, for __reduce__ (null when only its items were given). */
    public tuple: PyTuple | null = null,
  ) {
    super(TupleIteratorType);
  }
  next(): PyValue | undefined {
    const items = this.items;
    if (items === null) return undefined;
    if (this.index < items.length) return items[this.index++];
    this.items = null;
    return undefined;
  }
  lengthHint(): number {
    return this.items === null ? 0 : this.items.length - this.index;
  }
}

registerFastIter(TupleType, (v) => new TupleIterator((v as PyTuple).items, v as PyTuple));

function asTuple(v: PyValue): PyTuple {
  return v as PyTuple;
}

/** An exact tuple of `items`, sharing the empty tuple as CPython does. */
export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

defineNew(TupleType, (args, kwnames) => {
  const cls = classArg(args, TupleType);
  if (cls === TupleType || cls.lookup('__init__') === TupleType.lookup('__init__')) noKeywords('tuple', kwnames);
  const n = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (n > 1) throw typeError(`tuple expected at most 1 argument, got ${n}`);
  if (n === 0) return cls === TupleType ? EMPTY_TUPLE : new PyTuple([], cls);
  const iterable = args[1];
  if (cls === TupleType) {
    if (iterable instanceof PyTuple && iterable.type === TupleType) return iterable;
    return newTuple(toArray(iterable, true));
  }
  return new PyTuple(toArray(iterable, true), cls);
});

function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyTuple)) return NotImplemented;
  return seqRichCompare(asTuple(self).items, other.items, op, false);
}

function tupleRepr(self: PyTuple): string {
  const items = self.items;
  if (items.length === 0) return '()';
  return reprGuarded(self, '(...)', () => {
    if (items.length === 1) return `(${repr(items[0])},)`;
    return `(${items.map((v) => repr(v)).join(', ')})`;
  });
}

function repeat(self: PyValue, count: PyValue): PyValue {
  const n = repeatArg(count);
  const t = asTuple(self);
  if (n === 1 && t.type === TupleType) return t;
  return newTuple(repeatItems(t.items, n));
}

defineMethods(TupleType, {
  count(self, args, kwnames) {
    checkArgs('tuple.count', args, kwnames, 1);
    let n = 0;
    for (const v of asTuple(self).items) if (compareBool(v, args[0], Cmp.EQ)) n++;
    return n;
  },
  index(self, args, kwnames) {
    noKeywords('tuple.index', kwnames); // Argument Clinic names the class here only
    checkArgs('index', args, kwnames, 1, 3);
    const items = asTuple(self).items;
    const [start, stop] = searchRange(args, items.length);
    for (let i = start; i < stop; i++) if (compareBool(items[i], args[0], Cmp.EQ)) return i;
    throw valueError('tuple.index(x): x not in tuple');
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return asTuple(self).items.length;
  },
  __getitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__getitem__');
    const t = asTuple(self);
    const key = args[0];
    if (hasIndex(key)) {
      const i = itemPosition(key, t.items.length);
      if (i < 0) throw indexError('tuple index out of range');
      return t.items[i];
    }
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, t.items.length);
      if (start === 0 && step === 1 && count === t.items.length && t.type === TupleType) return t;
      return newTuple(takeSlice(t.items, start, step, count));
    }
    return badSubscript('tuple', key);
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    for (const v of asTuple(self).items) if (compareBool(v, args[0], Cmp.EQ)) return true;
    return false;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return new TupleIterator(asTuple(self).items, asTuple(self));
  },
  __add__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__add__');
    const other = args[0];
    if (!(other instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeOf(other).name}") to tuple`);
    const t = asTuple(self);
    if (other.items.length === 0 && t.type === TupleType) return t;
    if (t.items.length === 0 && other.type === TupleType) return other;
    return newTuple(t.items.concat(other.items));
  },
  __mul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__mul__');
    return repeat(self, args[0]);
  },
  __rmul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__rmul__');
    return repeat(self, args[0]);
  },
  __hash__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__hash__');
    return tupleHash(asTuple(self).items);
  },
  __getnewargs__(self, args, kwnames) {
    checkArgs('tuple.__getnewargs__', args, kwnames, 0);
    return new PyTuple([newTuple(asTuple(self).items.slice())]);
  },
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: (self, args) => compare(self, args[0], Cmp.LT),
  __le__: (self, args) => compare(self, args[0], Cmp.LE),
  __gt__: (self, args) => compare(self, args[0], Cmp.GT),
  __ge__: (self, args) => compare(self, args[0], Cmp.GE),
  __repr__: (self) => tupleRepr(asTuple(self)),
  __sizeof__: (self) => 24 + 8 * asTuple(self).items.length,
});
markSequenceSlots(TupleType, ['__add__', '__mul__', '__rmul__']);
defineClassMethod(TupleType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('tuple.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});
TupleType.ns.setStr(
  '__doc__',
  "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
);
