// list: construction, the mutating methods, subscripts with ints and slices (extended slice
// assignment included), concatenation and repetition, comparison, repr, and the list
// iterators (Objects/listobject.c). The items are the PyList's JS array.
import type { PyValue } from './object';
import { PyList, PySlice } from './boxes';
import { ListType } from './builtin-types';
import { None, NotImplemented } from './singletons';
import { indexError, overflowError, typeError, valueError } from './exceptions';
import { defineClassMethod, defineMethods, defineNew } from './native';
import { bindArgs, checkArgs, noKeywords } from './args';
import { Cmp, compareBool } from './ops/compare';
import { typeOf } from './ops/typeof';
import { checkLengthHint, getIter, iterNext, NativeIterator, registerFastIter } from './ops/iter';
import { indexValue } from './ops/index-value';
import { isTrue } from './ops/truth';
import { reprGuarded, repr } from './ops/repr';
import { newIteratorType } from './iterator-type';
import { sliceAdjust, sliceUnpack } from './slice';
import { sortList } from './sort';
import { genericAlias } from './generic-alias';
import {
  badSubscript,
  classArg,
  directItems,
  hasIndex,
  itemPosition,
  readSlice,
  repeatArg,
  repeatItems,
  replaceRange,
  searchRange,
  seqRichCompare,
  sequenceFast,
  slotArgs,
} from './sequence';
import { markSequenceSlots } from './sequence-slots';

export const ListIteratorType = newIteratorType('list_iterator');
export const ListReverseIteratorType = newIteratorType('list_reverseiterator');

/** list_iterator: reads the list's current items each step; once exhausted, stays exhausted. */
export class ListIterator extends NativeIterator {
  index = 0;
  constructor(public list: PyList | null) {
    super(ListIteratorType);
  }
  next(): PyValue | undefined {
    const list = this.list;
    if (list === null) return undefined;
    const items = list.items;
    if (this.index < items.length) return items[this.index++];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.index);
  }
}

/** list_reverseiterator: from the end down; stops for good if the list shrank below it. */
export class ListReverseIterator extends NativeIterator {
  index: number;
  constructor(public list: PyList | null) {
    super(ListReverseIteratorType);
    this.index = list === null ? -1 : list.items.length - 1;
  }
  next(): PyValue | undefined {
    const list = this.list;
    if (list !== null && this.index >= 0 && this.index < list.items.length) return list.items[this.index--];
    this.index = -1;
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    const n = this.index + 1;
    return this.list === null || this.list.items.length < n ? 0 : n;
  }
}

registerFastIter(ListType, (v) => new ListIterator(v as PyList));

function asList(v: PyValue): PyList {
  return v as PyList;
}

/** list.extend: items appear in the list as they are produced (CPython's list_extend). */
export function listExtend(list: PyList, iterable: PyValue): void {
  const direct = directItems(iterable);
  if (direct !== null) {
    const src = direct === list.items ? direct.slice() : direct;
    const items = list.items;
    for (let i = 0; i < src.length; i++) items.push(src[i]);
    return;
  }
  const it = getIter(iterable);
  checkLengthHint(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) list.items.push(x);
}

/** A Py_ssize_t argument (list.insert's index): OverflowError when the int is too large. */
function ssizeArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  const n = indexValue(v);
  if (typeof n === 'bigint') {
    if (n >= SSIZE_LIMIT || n < -SSIZE_LIMIT) throw overflowError('Python int too large to convert to C ssize_t');
    // Past 2**53 but within Py_ssize_t: farther than any list is long, so only the sign matters.
    return Number(n);
  }
  return n;
}

const SSIZE_LIMIT = 2n ** 63n;

function listGetItem(self: PyList, key: PyValue): PyValue {
  if (hasIndex(key)) {
    const i = itemPosition(key, self.items.length);
    if (i < 0) throw indexError('list index out of range');
    return self.items[i];
  }
  if (key instanceof PySlice) return new PyList(readSlice(self.items, key));
  return badSubscript('list', key);
}

/** list_ass_subscript: store (value) or delete (value null) an item or a slice. */
function listSetItem(self: PyList, key: PyValue, value: PyValue | null): void {
  if (hasIndex(key)) {
    const i = itemPosition(key, self.items.length);
    if (i < 0) throw indexError('list assignment index out of range');
    if (value === null) self.items.splice(i, 1);
    else self.items[i] = value;
    return;
  }
  if (!(key instanceof PySlice)) badSubscript('list', key);
  const u = sliceUnpack(key);
  if (value === null) {
    const count = sliceAdjust(u, self.items.length);
    deleteSlice(self.items, u.start, u.step, count);
    return;
  }
  // The value is read before the indices are fitted: reading it may change the list.
  const seq = value === self ? self.items.slice() : sequenceFast(value, 'must assign iterable to extended slice');
  const items = self.items;
  const count = sliceAdjust(u, items.length);
  if (u.step === 1) {
    const lo = u.start;
    const hi = Math.max(lo, u.stop);
    replaceRange(items, lo, hi, seq);
    return;
  }
  if (seq.length !== count) {
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
  }
  for (let k = 0, i = u.start; k < count; k++, i += u.step) items[i] = seq[k];
}

/** Removes `count` items starting at `start`, every `step`-th. */
function deleteSlice(items: PyValue[], start: number, step: number, count: number): void {
  if (count <= 0) return;
  if (step < 0) {
    start = start + step * (count - 1);
    step = -step;
  }
  if (step === 1) {
    items.splice(start, count);
    return;
  }
  let out = start;
  let next = start;
  let removed = 0;
  for (let i = start; i < items.length; i++) {
    if (i === next && removed < count) {
      removed++;
      next += step;
      continue;
    }
    items[out++] = items[i];
  }
  items.length = out;
}

/** list.__init__ and list(iterable): replaces the contents. */
function listInit(self: PyList, args: PyValue[], kwnames: readonly string[] | null): void {
  noKeywords('list', kwnames);
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  if (self.items.length > 0) self.items = [];
  if (args.length === 1) listExtend(self, args[0]);
}

defineNew(ListType, (args) => new PyList([], classArg(args, ListType)));

function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyList)) return NotImplemented;
  return seqRichCompare(self as PyList, other, op);
}

function listRepr(self: PyList): string {
  if (self.items.length === 0) return '[]';
  return reprGuarded(self, '[...]', () => {
    const parts: string[] = [];
    for (let i = 0; i < self.items.length; i++) parts.push(repr(self.items[i]));
    return `[${parts.join(', ')}]`;
  });
}

function indexOf(self: PyList, value: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < self.items.length; i++) {
    if (compareBool(self.items[i], value, Cmp.EQ)) return i;
  }
  return -1;
}

defineMethods(ListType, {
  __init__(self, args, kwnames) {
    listInit(asList(self), args, kwnames);
    return None;
  },
  append(self, args, kwnames) {
    checkArgs('list.append', args, kwnames, 1);
    asList(self).items.push(args[0]);
    return None;
  },
  extend(self, args, kwnames) {
    checkArgs('list.extend', args, kwnames, 1);
    listExtend(asList(self), args[0]);
    return None;
  },
  insert(self, args, kwnames) {
    noKeywords('list.insert', kwnames); // Argument Clinic names the class here only
    checkArgs('insert', args, kwnames, 2);
    const items = asList(self).items;
    let i = ssizeArg(args[0]);
    const n = items.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    } else if (i > n) i = n;
    items.splice(i, 0, args[1]);
    return None;
  },
  pop(self, args, kwnames) {
    noKeywords('list.pop', kwnames); // Argument Clinic names the class here only
    checkArgs('pop', args, kwnames, 0, 1);
    const items = asList(self).items;
    if (items.length === 0) throw indexError('pop from empty list');
    let i = args.length === 0 ? -1 : ssizeArg(args[0]);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError('pop index out of range');
    if (i === items.length - 1) return items.pop()!;
    return items.splice(i, 1)[0];
  },
  remove(self, args, kwnames) {
    checkArgs('list.remove', args, kwnames, 1);
    const list = asList(self);
    const i = indexOf(list, args[0], 0, Infinity);
    if (i < 0) throw valueError('list.remove(x): x not in list');
    list.items.splice(i, 1);
    return None;
  },
  index(self, args, kwnames) {
    noKeywords('list.index', kwnames); // Argument Clinic names the class here only
    checkArgs('index', args, kwnames, 1, 3);
    const list = asList(self);
    const [start, stop] = searchRange(args, list.items.length);
    const i = indexOf(list, args[0], start, stop);
    if (i < 0) throw valueError(`${repr(args[0])} is not in list`);
    return i;
  },
  count(self, args, kwnames) {
    checkArgs('list.count', args, kwnames, 1);
    const list = asList(self);
    let n = 0;
    for (let i = 0; i < list.items.length; i++) if (compareBool(list.items[i], args[0], Cmp.EQ)) n++;
    return n;
  },
  clear(self, args, kwnames) {
    checkArgs('list.clear', args, kwnames, 0);
    if (asList(self).items.length > 0) asList(self).items = [];
    return None;
  },
  copy(self, args, kwnames) {
    checkArgs('list.copy', args, kwnames, 0);
    return new PyList(asList(self).items.slice());
  },
  reverse(self, args, kwnames) {
    checkArgs('list.reverse', args, kwnames, 0);
    asList(self).items.reverse();
    return None;
  },
  sort(self, args, kwnames) {
    const [key, reverse] = bindArgs('sort', args, kwnames, ['key', 'reverse'], { maxPositional: 0 });
    sortList(asList(self), key === undefined || key === None ? null : key, reverse !== undefined && isTrue(reverse));
    return None;
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return asList(self).items.length;
  },
  __getitem__(self, args, kwnames) {
    checkArgs('list.__getitem__', args, kwnames, 1);
    return listGetItem(asList(self), args[0]);
  },
  __setitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 2, '__setitem__');
    listSetItem(asList(self), args[0], args[1]);
    return None;
  },
  __delitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__delitem__');
    listSetItem(asList(self), args[0], null);
    return None;
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    return indexOf(asList(self), args[0], 0, Infinity) >= 0;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return new ListIterator(asList(self));
  },
  __reversed__(self, args, kwnames) {
    checkArgs('list.__reversed__', args, kwnames, 0);
    return new ListReverseIterator(asList(self));
  },
  __add__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__add__');
    const other = args[0];
    if (!(other instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(other).name}") to list`);
    return new PyList(asList(self).items.concat(other.items));
  },
  __iadd__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__iadd__');
    listExtend(asList(self), args[0]);
    return self;
  },
  __mul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__mul__');
    return new PyList(repeatItems(asList(self).items, repeatArg(args[0])));
  },
  __rmul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__rmul__');
    return new PyList(repeatItems(asList(self).items, repeatArg(args[0])));
  },
  __imul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__imul__');
    const n = repeatArg(args[0]);
    const list = asList(self);
    if (n !== 1) list.items = repeatItems(list.items, n);
    return self;
  },
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: (self, args) => compare(self, args[0], Cmp.LT),
  __le__: (self, args) => compare(self, args[0], Cmp.LE),
  __gt__: (self, args) => compare(self, args[0], Cmp.GT),
  __ge__: (self, args) => compare(self, args[0], Cmp.GE),
  __repr__: (self) => listRepr(asList(self)),
  __sizeof__: (self) => 40 + 8 * asList(self).items.length,
});
ListType.ns.setStr('__hash__', None);
markSequenceSlots(ListType, ['__add__', '__iadd__', '__mul__', '__rmul__', '__imul__']);
defineClassMethod(ListType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('list.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});
ListType.ns.setStr(
  '__doc__',
  'Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.',
);
