// dict_keys, dict_values and dict_items, and the six dict iterators (Objects/dictobject.c).
// Keys and items views are set-like: they compare with sets and take set operators, whose
// results are sets built the way CPython builds them (the slot order depends on it).
import { PyObject, type PyValue } from './object';
import { PyTuple } from './boxes';
import { DictType, newBuiltinType, SetType } from './builtin-types';
import { PyDict } from './dict';
import { None, NotImplemented } from './singletons';
import { runtimeError } from './exceptions';
import { defineGetSet, defineMethods } from './native';
import { checkArgs } from './args';
import { Cmp, compareBool } from './ops/compare';
import { getIter, iterNext, NativeIterator, registerFastIter } from './ops/iter';
import { reprGuarded, repr } from './ops/repr';
import { contains } from './ops/subscript';
import { lengthOf } from './ops/length';
import { newIteratorType } from './iterator-type';
import { MappingProxy } from './mappingproxy';
import { PySet } from './set-table';
import { makeNewSet, setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate } from './set-ops';
import type { PyType } from './type';

export const DictKeysType = newBuiltinType('dict_keys', undefined, { baseType: false });
export const DictValuesType = newBuiltinType('dict_values', undefined, { baseType: false });
export const DictItemsType = newBuiltinType('dict_items', undefined, { baseType: false });

/** What an iterator or view yields: keys, values, or (key, value) pairs. */
export const enum DictPart {
  KEYS,
  VALUES,
  ITEMS,
}

const ITER_TYPES = [
  newIteratorType('dict_keyiterator'),
  newIteratorType('dict_valueiterator'),
  newIteratorType('dict_itemiterator'),
];
const REVERSE_ITER_TYPES = [
  newIteratorType('dict_reversekeyiterator'),
  newIteratorType('dict_reversevalueiterator'),
  newIteratorType('dict_reverseitemiterator'),
];
/** All six dict iterator types (iterator-reduce.ts gives them __reduce__). */
export const DICT_ITERATOR_TYPES = [...ITER_TYPES, ...REVERSE_ITER_TYPES];

function partAt(d: PyDict, i: number, part: DictPart): PyValue {
  if (part === DictPart.KEYS) return d.keys[i]!;
  if (part === DictPart.VALUES) return d.values[i]!;
  return new PyTuple([d.keys[i]!, d.values[i]!]);
}

/**
 * dictiter_iternext*: entries in order. A change of size is an error from then on; finding
 * more entries than the dict had (keys deleted and added) is the other error.
 */
export class DictIterator extends NativeIterator {
  pos = 0;
  private used: number;
  private len: number;
  constructor(
    public mapping: PyDict | null,
    private readonly part: DictPart,
  ) {
    super(ITER_TYPES[part]);
    this.used = mapping === null ? 0 : mapping.size;
    this.len = this.used;
  }
  next(): PyValue | undefined {
    const d = this.mapping;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    const keys = d.keys;
    const end = d.end;
    let i = this.pos;
    while (i < end && keys[i] === undefined) i++;
    if (i >= end) {
      this.mapping = null;
      return undefined;
    }
    if (this.len === 0) {
      this.mapping = null;
      throw runtimeError('dictionary keys changed during iteration');
    }
    this.pos = i + 1;
    this.len--;
    return partAt(d, i, this.part);
  }
  lengthHint(): number {
    return this.mapping !== null && this.used === this.mapping.size ? this.len : 0;
  }
}

/** dictreviter_iternext: entries from the last. */
export class DictReverseIterator extends NativeIterator {
  private pos: number;
  private used: number;
  private len: number;
  constructor(
    private mapping: PyDict | null,
    private readonly part: DictPart,
  ) {
    super(REVERSE_ITER_TYPES[part]);
    this.used = mapping === null ? 0 : mapping.size;
    this.len = this.used;
    this.pos = mapping === null ? -1 : mapping.end - 1;
  }
  next(): PyValue | undefined {
    const d = this.mapping;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    let i = Math.min(this.pos, d.end - 1);
    while (i >= 0 && d.keys[i] === undefined) i--;
    if (i < 0) {
      this.mapping = null;
      return undefined;
    }
    this.pos = i - 1;
    this.len--;
    return partAt(d, i, this.part);
  }
  lengthHint(): number {
    return this.mapping !== null && this.used === this.mapping.size ? this.len : 0;
  }
}

/** A live view of a dict's keys, values or items. */
export class PyDictView extends PyObject {
  constructor(
    readonly mapping: PyDict,
    readonly part: DictPart,
  ) {
    super([DictKeysType, DictValuesType, DictItemsType][part]);
  }
}

for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
  registerFastIter(t, (v) => new DictIterator((v as PyDictView).mapping, (v as PyDictView).part));
}

function asView(v: PyValue): PyDictView {
  return v as PyDictView;
}

function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.part !== DictPart.VALUES;
}

/** dictitems_contains: (key, value) with the key present and its value equal. */
function itemsContain(d: PyDict, v: PyValue): boolean {
  if (!(v instanceof PyTuple) || v.items.length !== 2) return false;
  const found = d.get(v.items[0]);
  return found !== undefined && compareBool(found, v.items[1], Cmp.EQ);
}

function viewContains(view: PyDictView, v: PyValue): boolean {
  return view.part === DictPart.KEYS ? view.mapping.has(v) : itemsContain(view.mapping, v);
}

/** dictviews_to_set: a keys view of an exact dict is copied from the dict itself. */
function toSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.part === DictPart.KEYS && v.mapping.type === DictType) return makeNewSet(SetType, v.mapping);
  return makeNewSet(SetType, v);
}

/** _PyDictView_Intersect: probe the larger view (or reuse set.intersection for a larger set). */
function intersect(self: PyValue, other: PyValue): PyValue {
  if (!isSetView(self)) [self, other] = [other, self];
  let view = self as PyDictView;
  const lenSelf = view.mapping.size;
  if (other instanceof PySet && other.type === SetType && lenSelf <= other.used) return setIntersection(other, view);
  if (isSetView(other) && other.mapping.size > lenSelf) [view, other] = [other, view];
  const result = new PySet(SetType);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    if (view.part === DictPart.KEYS ? view.mapping.has(k) : itemsContain(view.mapping, k)) result.add(k);
  }
  return result;
}

/** dictitems_xor: pairs of either dict whose key is missing from the other or maps to another value. */
function itemsXor(a: PyDictView, b: PyDictView): PySet {
  const temp = new PyDict();
  for (let i = 0; i < a.mapping.end; i++) {
    const k = a.mapping.keys[i];
    if (k !== undefined) temp.set(k, a.mapping.values[i]!);
  }
  const result = new PySet(SetType);
  const d2 = b.mapping;
  for (let i = 0; i < d2.end; i++) {
    const k = d2.keys[i];
    if (k === undefined) continue;
    const v2 = d2.values[i]!;
    const v1 = temp.get(k);
    if (v1 !== undefined && compareBool(v1, v2, Cmp.EQ)) temp.delete(k);
    else result.add(new PyTuple([k, v2]));
  }
  result.updateFromIterable(new PyDictView(temp, DictPart.ITEMS));
  return result;
}

function viewSub(a: PyValue, b: PyValue): PyValue {
  const r = toSet(a);
  setDifferenceUpdate(r, b);
  return r;
}

function viewOr(a: PyValue, b: PyValue): PyValue {
  const r = toSet(a);
  r.update(b);
  return r;
}

function viewXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && a.part === DictPart.ITEMS && b instanceof PyDictView && b.part === DictPart.ITEMS) {
    return itemsXor(a, b);
  }
  const r = toSet(a);
  setSymmetricDifferenceUpdate(r, b);
  return r;
}

/** Every item of `a` is in `b` (all_contained_in). */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

function compareView(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
  const n = lengthOf(self);
  const m = lengthOf(other);
  switch (op) {
    case Cmp.EQ:
      return n === m && allContainedIn(self, other);
    case Cmp.NE:
      return !(n === m && allContainedIn(self, other));
    case Cmp.LT:
      return n < m && allContainedIn(self, other);
    case Cmp.LE:
      return n <= m && allContainedIn(self, other);
    case Cmp.GT:
      return n > m && allContainedIn(other, self);
    default:
      return n >= m && allContainedIn(other, self);
  }
}

function isDisjoint(self: PyValue, other: PyValue): boolean {
  if (self === other) return asView(self).mapping.size === 0;
  let a: PyValue = self;
  let b = other;
  if ((other instanceof PySet || isSetView(other)) && lengthOf(other) > asView(self).mapping.size) [a, b] = [other, self];
  const it = getIter(b);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (contains(a, x)) return false;
  return true;
}

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];

function defineView(t: PyType, part: DictPart): void {
  defineMethods(t, {
    __len__: (self) => asView(self).mapping.size,
    __iter__: (self) => new DictIterator(asView(self).mapping, part),
    __reversed__(self, args, kwnames) {
      checkArgs(`${VIEW_NAMES[part]}.__reversed__`, args, kwnames, 0);
      return new DictReverseIterator(asView(self).mapping, part);
    },
    __repr__(self) {
      return reprGuarded(self, '...', () => {
        const parts: string[] = [];
        const it = new DictIterator(asView(self).mapping, part);
        for (let x = it.next(); x !== undefined; x = it.next()) parts.push(repr(x));
        return `${VIEW_NAMES[part]}([${parts.join(', ')}])`;
      });
    },
  });
  defineGetSet(t, 'mapping', (self) => new MappingProxy(asView(self).mapping));
  if (part === DictPart.VALUES) return;
  defineMethods(t, {
    __contains__: (self, args) => viewContains(asView(self), args[0]),
    isdisjoint(self, args, kwnames) {
      checkArgs(`${VIEW_NAMES[part]}.isdisjoint`, args, kwnames, 1);
      return isDisjoint(self, args[0]);
    },
    __and__: (self, args) => intersect(self, args[0]),
    __rand__: (self, args) => intersect(args[0], self),
    __or__: (self, args) => viewOr(self, args[0]),
    __ror__: (self, args) => viewOr(args[0], self),
    __sub__: (self, args) => viewSub(self, args[0]),
    __rsub__: (self, args) => viewSub(args[0], self),
    __xor__: (self, args) => viewXor(self, args[0]),
    __rxor__: (self, args) => viewXor(args[0], self),
    __eq__: (self, args) => compareView(self, args[0], Cmp.EQ),
    __ne__: (self, args) => compareView(self, args[0], Cmp.NE),
    __lt__: (self, args) => compareView(self, args[0], Cmp.LT),
    __le__: (self, args) => compareView(self, args[0], Cmp.LE),
    __gt__: (self, args) => compareView(self, args[0], Cmp.GT),
    __ge__: (self, args) => compareView(self, args[0], Cmp.GE),
  });
  t.ns.setStr('__hash__', None);
}

defineView(DictKeysType, DictPart.KEYS);
defineView(DictValuesType, DictPart.VALUES);
defineView(DictItemsType, DictPart.ITEMS);
