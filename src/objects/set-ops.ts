// Set algebra as Objects/setobject.c computes it. Which set is iterated and which is probed,
// when a table is copied whole and when it is presized, all decide the result's slot order,
// so each function follows CPython's choice of path (set_intersection, set_difference, …).
import type { PyValue } from './object';
import { DictType, FrozenSetType, SetType } from './builtin-types';
import { PyDict } from './dict';
import { PyBaseException, TypeError } from './exceptions';
import { getIter, iterNext } from './ops/iter';
import { hashInto, setFromInt, u64 } from './hash64';
import { DUMMY, PySet } from './set-table';
import type { PyType } from './type';

const word = u64();

/** make_new_set: a set of `type`, filled from `iterable` (set_update_local). */
export function makeNewSet(type: PyType, iterable: PyValue | null = null): PySet {
  const s = new PySet(type);
  if (iterable !== null) s.update(iterable);
  return s;
}

/** make_new_set_basetype: results of operations are plain sets or frozensets, not subclasses. */
export function baseTypeOf(so: PySet): PyType {
  return so.type.isSubtypeOf(SetType) ? SetType : FrozenSetType;
}

export function setCopy(so: PySet): PySet {
  const copy = new PySet(baseTypeOf(so));
  copy.merge(so);
  return copy;
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.type === DictType;
}

/** Calls f(key, hi, lo) for each member of `so`, in slot order, re-reading the table each step. */
function eachEntry(so: PySet, f: (key: PyValue, hi: number, lo: number) => boolean | void): void {
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === DUMMY) continue;
    if (f(k, so.hashHi[i], so.hashLo[i]) === true) return;
  }
}

/**
 * The hash of a key for lookups that accept a set standing for the equal frozenset
 * (set_contains, set_remove, set_discard): a set's TypeError gives way to its frozen hash.
 */
export function lookupHash(key: PyValue): void {
  try {
    hashInto(word, key);
  } catch (e) {
    if (!(key instanceof PySet && key.type.isSubtypeOf(SetType)) || !(e instanceof PyBaseException && e.type.isSubtypeOf(TypeError))) {
      throw e;
    }
    setFromInt(word, key.frozenHash());
  }
}

export function containsKey(so: PySet, key: PyValue): boolean {
  lookupHash(key);
  return so.lookup(key, word.hi, word.lo) >= 0;
}

export function discardKey(so: PySet, key: PyValue): boolean {
  lookupHash(key);
  return so.discardEntry(key, word.hi, word.lo);
}

export function setUnion(so: PySet, others: readonly PyValue[]): PySet {
  const result = setCopy(so);
  for (const other of others) if (other !== so) result.update(other);
  return result;
}

/** set_intersection: iterates the smaller of two sets, or the iterable, probing the other. */
export function setIntersection(so: PySet, other: PyValue): PySet {
  if (so === other) return setCopy(so);
  const result = new PySet(baseTypeOf(so));
  if (other instanceof PySet) {
    let big = so;
    let small = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    eachEntry(small, (k, hi, lo) => {
      if (big.lookup(k, hi, lo) >= 0) result.addEntry(k, hi, lo);
    });
    return result;
  }
  const it = getIter(other);
  const w = u64();
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    hashInto(w, k);
    if (so.lookup(k, w.hi, w.lo) >= 0) {
      result.addEntry(k, w.hi, w.lo);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

export function setIntersectionMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result = so;
  for (const other of others) result = setIntersection(result, other);
  return result;
}

/** set_difference_update_internal: removes the other's members, then purges many dummies. */
export function setDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clearTable();
    return;
  }
  if (other instanceof PySet) {
    // Far larger other set: probing so for each of its members costs more than intersecting.
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    eachEntry(src, (k, hi, lo) => {
      so.discardEntry(k, hi, lo);
    });
  } else {
    const it = getIter(other);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) so.discard(k);
  }
  if (so.fill - so.used > so.mask >>> 2) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = setCopy(so);
  setDifferenceUpdate(result, other);
  return result;
}

/** set_difference: a fresh set of so's members missing from other, unless copying is cheaper. */
export function setDifference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (isExactDict(other)) otherSize = other.size;
  else return copyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return copyAndDifference(so, other);
  const result = new PySet(baseTypeOf(so));
  if (isExactDict(other)) {
    eachEntry(so, (k, hi, lo) => {
      if (!other.has(k)) result.addEntry(k, hi, lo);
    });
    return result;
  }
  const o = other as PySet;
  eachEntry(so, (k, hi, lo) => {
    if (o.lookup(k, hi, lo) < 0) result.addEntry(k, hi, lo);
  });
  return result;
}

export function setDifferenceMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  return result;
}

/** Toggles one member: removed if present, else added. */
function toggle(so: PySet, k: PyValue, hi: number, lo: number): void {
  if (!so.discardEntry(k, hi, lo)) so.addEntry(k, hi, lo);
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clearTable();
    return;
  }
  if (isExactDict(other)) {
    const w = u64();
    for (let i = 0; i < other.end; i++) {
      const k = other.keys[i];
      if (k === undefined) continue;
      hashInto(w, k);
      toggle(so, k, w.hi, w.lo);
    }
    return;
  }
  const src = other instanceof PySet ? other : makeNewSet(baseTypeOf(so), other);
  eachEntry(src, (k, hi, lo) => toggle(so, k, hi, lo));
}

/** set_symmetric_difference: a set made from other, with so's members toggled in it. */
export function setSymmetricDifference(so: PySet, other: PyValue): PySet {
  const result = makeNewSet(baseTypeOf(so), other);
  eachEntry(so, (k, hi, lo) => toggle(result, k, hi, lo));
  return result;
}

export function isSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return setIntersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  let ok = true;
  eachEntry(so, (k, hi, lo) => {
    if (other.lookup(k, hi, lo) < 0) {
      ok = false;
      return true;
    }
  });
  return ok;
}

export function isSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (!so.has(k)) return false;
  return true;
}

export function isDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.type === SetType || other.type === FrozenSetType)) {
    let big = so;
    let small = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    let disjoint = true;
    eachEntry(small, (k, hi, lo) => {
      if (big.lookup(k, hi, lo) >= 0) {
        disjoint = false;
        return true;
      }
    });
    return disjoint;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (so.has(k)) return false;
  return true;
}
