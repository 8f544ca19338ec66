// set and frozenset: their namespaces and set_iterator (Objects/setobject.c). The table is in
// set-table.ts, the algebra in set-ops.ts.
import type { PyValue } from './object';
import { PyTuple, PyList } from './boxes';
import { FrozenSetType, SetType } from './builtin-types';
import { None, NotImplemented } from './singletons';
import { keyError, newException, runtimeError, KeyError, typeError } from './exceptions';
import { defineClassMethod, defineMethods, defineNew } from './native';
import { checkArgs, noKeywords } from './args';
import { NativeIterator, registerFastIter } from './ops/iter';
import { reprGuarded, repr } from './ops/repr';
import { Cmp } from './ops/compare';
import { newIteratorType } from './iterator-type';
import { genericAlias } from './generic-alias';
import { classArg } from './sequence';
import { DUMMY, PySet } from './set-table';
import {
  containsKey,
  discardKey,
  isDisjoint,
  isSubset,
  isSuperset,
  makeNewSet,
  setCopy,
  setDifference,
  setDifferenceMulti,
  setDifferenceUpdate,
  setIntersection,
  setIntersectionMulti,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
} from './set-ops';
import type { PyType } from './type';

export { PySet };

/** A set of `items`, added in order. */
export function newSet(items: readonly PyValue[], type: PyType = SetType): PySet {
  const s = new PySet(type);
  for (const v of items) s.add(v);
  return s;
}

/** A frozenset of `items`, added in order (the compiler's folded constants arrive in CPython's order). */
export function newFrozenSet(items: readonly PyValue[], type: PyType = FrozenSetType): PySet {
  return newSet(items, type);
}

export const SetIteratorType = newIteratorType('set_iterator');

/** set_iterator: slot order; a change of the set's size is an error from then on. */
export class SetIterator extends NativeIterator {
  private pos = 0;
  private used: number;
  private len: number;
  constructor(private set: PySet | null) {
    super(SetIteratorType);
    this.used = set === null ? 0 : set.used;
    this.len = this.used;
  }
  next(): PyValue | undefined {
    const so = this.set;
    if (so === null) return undefined;
    if (this.used !== so.used) {
      this.used = -1;
      throw runtimeError('Set changed size during iteration');
    }
    const table = so.table;
    let i = this.pos;
    while (i <= so.mask && (table[i] === undefined || table[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > so.mask) {
      this.set = null;
      return undefined;
    }
    this.len--;
    return table[i];
  }
  lengthHint(): number {
    return this.set !== null && this.used === this.set.used ? this.len : 0;
  }
}

registerFastIter(SetType, (v) => new SetIterator(v as PySet));
registerFastIter(FrozenSetType, (v) => new SetIterator(v as PySet));

function asSet(v: PyValue): PySet {
  return v as PySet;
}

function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function setRepr(so: PySet): string {
  const name = so.type.name;
  return reprGuarded(so, `${name}(...)`, () => {
    if (so.used === 0) return `${name}()`;
    const inner = so.items().map((v) => repr(v)).join(', ');
    return so.type === SetType ? `{${inner}}` : `${name}({${inner}})`;
  });
}

/** set_richcompare: subset ordering; only sets and frozensets compare. */
function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!isAnySet(other)) return NotImplemented;
  const v = asSet(self);
  switch (op) {
    case Cmp.EQ:
    case Cmp.NE: {
      let eq: boolean;
      if (v.used !== other.used) eq = false;
      else if (v.cachedHash !== null && other.cachedHash !== null && v.cachedHash !== other.cachedHash) eq = false;
      else eq = isSubset(v, other);
      return op === Cmp.EQ ? eq : !eq;
    }
    case Cmp.LE:
      return isSubset(v, other);
    case Cmp.GE:
      return isSuperset(v, other);
    case Cmp.LT:
      return v.used < other.used && isSubset(v, other);
    default:
      return v.used > other.used && isSuperset(v, other);
  }
}

/** The binary operators: both operands must be sets (set_or, set_and, set_sub, set_xor). */
function binary(f: (a: PySet, b: PySet) => PySet): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => (isAnySet(a) && isAnySet(b) ? f(a, b) : NotImplemented);
}

const orOp = binary((a, b) => (a === b ? setCopy(a) : setUnion(a, [b])));
const andOp = binary((a, b) => setIntersection(a, b));
const subOp = binary((a, b) => setDifference(a, b));
const xorOp = binary((a, b) => setSymmetricDifference(a, b));

function methodName(self: PyValue, name: string): string {
  return `${asSet(self).type.isSubtypeOf(SetType) ? 'set' : 'frozenset'}.${name}`;
}

/** Methods set and frozenset share. */
const shared: Record<string, (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue> = {
  __len__: (self) => asSet(self).used,
  __contains__(self, args, kwnames) {
    checkArgs(methodName(self, '__contains__'), args, kwnames, 1);
    return containsKey(asSet(self), args[0]);
  },
  __iter__: (self) => new SetIterator(asSet(self)),
  __repr__: (self) => setRepr(asSet(self)),
  union(self, args, kwnames) {
    noKeywords(methodName(self, 'union'), kwnames);
    return setUnion(asSet(self), args);
  },
  intersection(self, args, kwnames) {
    noKeywords(methodName(self, 'intersection'), kwnames);
    return setIntersectionMulti(asSet(self), args);
  },
  difference(self, args, kwnames) {
    noKeywords(methodName(self, 'difference'), kwnames);
    return setDifferenceMulti(asSet(self), args);
  },
  symmetric_difference(self, args, kwnames) {
    checkArgs(methodName(self, 'symmetric_difference'), args, kwnames, 1);
    return setSymmetricDifference(asSet(self), args[0]);
  },
  issubset(self, args, kwnames) {
    checkArgs(methodName(self, 'issubset'), args, kwnames, 1);
    return isSubset(asSet(self), args[0]);
  },
  issuperset(self, args, kwnames) {
    checkArgs(methodName(self, 'issuperset'), args, kwnames, 1);
    return isSuperset(asSet(self), args[0]);
  },
  isdisjoint(self, args, kwnames) {
    checkArgs(methodName(self, 'isdisjoint'), args, kwnames, 1);
    return isDisjoint(asSet(self), args[0]);
  },
  __reduce__(self) {
    const so = asSet(self);
    return new PyTuple([so.type, new PyTuple([new PyList(so.items())]), so.dict ?? None]);
  },
  __or__: (self, args) => orOp(self, args[0]),
  __ror__: (self, args) => orOp(args[0], self),
  __and__: (self, args) => andOp(self, args[0]),
  __rand__: (self, args) => andOp(args[0], self),
  __sub__: (self, args) => subOp(self, args[0]),
  __rsub__: (self, args) => subOp(args[0], self),
  __xor__: (self, args) => xorOp(self, args[0]),
  __rxor__: (self, args) => xorOp(args[0], self),
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: (self, args) => compare(self, args[0], Cmp.LT),
  __le__: (self, args) => compare(self, args[0], Cmp.LE),
  __gt__: (self, args) => compare(self, args[0], Cmp.GT),
  __ge__: (self, args) => compare(self, args[0], Cmp.GE),
  __sizeof__: (self) => 200 + (asSet(self).mask > 7 ? 16 * (asSet(self).mask + 1) : 0),
};

for (const t of [SetType, FrozenSetType]) {
  defineMethods(t, shared);
  defineClassMethod(t, '__class_getitem__', (cls, args, kwnames) => {
    checkArgs(`${t.name}.__class_getitem__`, args, kwnames, 1);
    return genericAlias(cls, args[0]);
  });
}

defineNew(SetType, (args) => new PySet(classArg(args, SetType)));

defineMethods(SetType, {
  __init__(self, args, kwnames) {
    noKeywords('set', kwnames);
    const so = asSet(self);
    if (args.length > 1) throw typeError(`${so.type.name} expected at most 1 argument, got ${args.length}`);
    if (so.fill > 0) so.clearTable();
    if (args.length === 1) so.update(args[0]);
    return None;
  },
  add(self, args, kwnames) {
    checkArgs('set.add', args, kwnames, 1);
    asSet(self).add(args[0]);
    return None;
  },
  remove(self, args, kwnames) {
    checkArgs('set.remove', args, kwnames, 1);
    if (!discardKey(asSet(self), args[0])) throw keyError(args[0]);
    return None;
  },
  discard(self, args, kwnames) {
    checkArgs('set.discard', args, kwnames, 1);
    discardKey(asSet(self), args[0]);
    return None;
  },
  pop(self, args, kwnames) {
    checkArgs('set.pop', args, kwnames, 0);
    const v = asSet(self).popEntry();
    if (v === undefined) throw newException(KeyError, 'pop from an empty set');
    return v;
  },
  clear(self, args, kwnames) {
    checkArgs('set.clear', args, kwnames, 0);
    asSet(self).clearTable();
    return None;
  },
  copy(self, args, kwnames) {
    checkArgs('set.copy', args, kwnames, 0);
    return setCopy(asSet(self));
  },
  update(self, args, kwnames) {
    noKeywords('set.update', kwnames);
    for (const other of args) asSet(self).update(other);
    return None;
  },
  intersection_update(self, args, kwnames) {
    noKeywords('set.intersection_update', kwnames);
    asSet(self).swapBodies(setIntersectionMulti(asSet(self), args));
    return None;
  },
  difference_update(self, args, kwnames) {
    noKeywords('set.difference_update', kwnames);
    for (const other of args) setDifferenceUpdate(asSet(self), other);
    return None;
  },
  symmetric_difference_update(self, args, kwnames) {
    checkArgs('set.symmetric_difference_update', args, kwnames, 1);
    setSymmetricDifferenceUpdate(asSet(self), args[0]);
    return None;
  },
  __ior__(self, args) {
    if (!isAnySet(args[0])) return NotImplemented;
    asSet(self).update(args[0]);
    return self;
  },
  __iand__(self, args) {
    if (!isAnySet(args[0])) return NotImplemented;
    asSet(self).swapBodies(setIntersection(asSet(self), args[0]));
    return self;
  },
  __isub__(self, args) {
    if (!isAnySet(args[0])) return NotImplemented;
    setDifferenceUpdate(asSet(self), args[0]);
    return self;
  },
  __ixor__(self, args) {
    if (!isAnySet(args[0])) return NotImplemented;
    setSymmetricDifferenceUpdate(asSet(self), args[0]);
    return self;
  },
});
SetType.ns.setStr('__hash__', None);
SetType.ns.setStr('__doc__', 'Build an unordered collection of unique elements.');

defineNew(FrozenSetType, (args, kwnames) => {
  const cls = classArg(args, FrozenSetType);
  if (cls === FrozenSetType || cls.lookup('__init__') === FrozenSetType.lookup('__init__')) noKeywords('frozenset', kwnames);
  const n = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (n > 1) throw typeError(`${cls.name} expected at most 1 argument, got ${n}`);
  const iterable = n === 1 ? args[1] : null;
  if (cls === FrozenSetType && iterable instanceof PySet && iterable.type === FrozenSetType) return iterable;
  return makeNewSet(cls, iterable);
});

defineMethods(FrozenSetType, {
  copy(self, args, kwnames) {
    checkArgs('frozenset.copy', args, kwnames, 0);
    const so = asSet(self);
    return so.type === FrozenSetType ? so : setCopy(so);
  },
  __hash__(self) {
    const so = asSet(self);
    if (so.cachedHash === null) so.cachedHash = so.frozenHash();
    return so.cachedHash;
  },
});
FrozenSetType.ns.setStr('__doc__', 'Build an immutable unordered collection of unique elements.');
