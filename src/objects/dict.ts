// dict: insertion-ordered, with Python's key equality (`1 == 1.0 == True` is one key).
//
// Entries live in two arrays in insertion order (a removed entry leaves a hole until the
// arrays are compacted). The arrays grow and compact exactly when CPython's entry table
// would: a dict iterated while keys are removed and added sees the same entries (and the
// same "keys changed during iteration" errors) as in CPython. Keys whose equality JS can decide — str, int, bool, float, and
// objects that hash by identity — are found through a JS Map on a normalized key; any
// other key (a tuple, an instance with its own __hash__/__eq__) through buckets of its hash.
// Iteration order does not depend on hashes, so the hashes here need only agree with
// equality, not equal CPython's.
import { PyObject, type PyValue } from './object';
import { PyTuple } from './boxes';
import { DictType } from './builtin-types';
import { dictHash, keysEqual, simpleKey, NOT_SIMPLE } from './dict-keys';
import type { PyType } from './type';
import { changed } from '../jit/dependencies';

let nextKeysVersion = 1;

export class PyDict extends PyObject {
  /** Keys in insertion order; undefined marks a removed entry. */
  keys: (PyValue | undefined)[] = [];
  values: (PyValue | undefined)[] = [];
  /** Hashes of entries found through buckets (others NaN). */
  private hashes: number[] = [];
  private index = new Map<unknown, number>();
  private buckets: Map<number, number[]> | null = null;
  /** Positions of simple keys by hash, made when a bucketed key could equal one of them. */
  private simpleByHash: Map<number, number[]> | null = null;
  /** Live entries. */
  size = 0;
  /** New entries that fit before CPython's table would be resized (dk_usable). */
  private usable = 0;
  /**
   * Changes whenever a key is added or removed, to a number no dict had before (CPython's
   * dk_version): iterators compare it, and so do specialized instructions that cached an
   * entry's position (LOAD_GLOBAL_MODULE, LOAD_ATTR_MODULE, LOAD_ATTR_INSTANCE_VALUE).
   */
  keysVersion = nextKeysVersion++;
  /** Some executor of tier 2 depends on this dict's keys (see jit/dependencies.ts). */
  jitWatched = false;

  constructor(type: PyType = DictType) {
    super(type);
  }

  /** The position of the entry for the str key `name` in keys/values, or -1. */
  indexOfStr(name: string): number {
    const i = this.index.get(name);
    return i === undefined || this.keys[i] !== name ? -1 : i;
  }

  getStr(name: string): PyValue | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.values[i];
  }

  setStr(name: string, value: PyValue): void {
    let i = this.index.get(name);
    if (i === undefined && this.buckets !== null) i = this.findBucketedEqual(name);
    if (i !== undefined && i >= 0) {
      this.values[i] = value;
      return;
    }
    this.appendSimple(name, name, value);
  }

  get(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  set(key: PyValue, value: PyValue): void {
    const simple = simpleKey(key);
    if (simple !== NOT_SIMPLE) {
      let i = this.index.get(simple);
      if (i === undefined && this.buckets !== null) i = this.findBucketedEqual(key);
      if (i !== undefined && i >= 0) this.values[i] = value;
      else this.appendSimple(simple, key, value);
      return;
    }
    const hash = dictHash(key);
    let i = this.findHashed(key, hash);
    if (i < 0) i = this.findSimpleEqual(key, hash);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const at = this.append(key, value, hash);
    const buckets = (this.buckets ??= new Map());
    const bucket = buckets.get(hash);
    if (bucket === undefined) buckets.set(hash, [at]);
    else bucket.push(at);
  }

  /** Removes the key; returns its value, or undefined when it was not there. */
  delete(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    return this.removeAt(i);
  }

  /** Removes the entry at position i (a live one). */
  removeAt(i: number): PyValue {
    const key = this.keys[i] as PyValue;
    const value = this.values[i] as PyValue;
    const simple = simpleKey(key);
    if (simple !== NOT_SIMPLE) {
      this.index.delete(simple);
      if (this.simpleByHash !== null) removeFromBucket(this.simpleByHash, dictHash(key), i);
    } else {
      const hash = this.hashes[i];
      const bucket = this.buckets!.get(hash)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.buckets!.delete(hash);
    }
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    this.keysVersion = nextKeysVersion++;
    if (this.jitWatched) changed(this);
    return value;
  }

  /**
   * Removes the last live entry (popitem): like CPython, the entry table then ends before it,
   * so the next new key takes its position; no capacity is given back.
   */
  removeLast(): [PyValue, PyValue] | undefined {
    const i = this.lastIndex();
    if (i < 0) return undefined;
    const key = this.keys[i] as PyValue;
    const value = this.removeAt(i);
    this.keys.length = i;
    this.values.length = i;
    this.hashes.length = i;
    return [key, value];
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = new Map();
    this.buckets = null;
    this.simpleByHash = null;
    if (this.size !== 0) this.keysVersion = nextKeysVersion++;
    if (this.jitWatched) changed(this);
    this.size = 0;
    this.usable = 0;
  }

  /** Position of the entry holding `key`, or -1. */
  find(key: PyValue): number {
    const simple = simpleKey(key);
    if (simple !== NOT_SIMPLE) {
      const i = this.index.get(simple);
      if (i !== undefined) return i;
      return this.buckets === null ? -1 : this.findBucketedEqual(key);
    }
    const hash = dictHash(key); // an unhashable key raises even when the dict has none like it
    const i = this.buckets === null ? -1 : this.findHashed(key, hash);
    return i >= 0 ? i : this.findSimpleEqual(key, hash);
  }

  /**
   * A key with an __eq__ and __hash__ of its own may equal a str, int or plain object (a
   * simple key): the bucketed entry equal to simple `key`, or -1.
   */
  private findBucketedEqual(key: PyValue): number {
    return this.findHashed(key, dictHash(key));
  }

  /** The simple entry equal to bucketed `key` (of hash `hash`), or -1. */
  private findSimpleEqual(key: PyValue, hash: number): number {
    if (this.index.size === 0 || cannotEqualSimple(key)) return -1;
    let byHash = this.simpleByHash;
    if (byHash === null) {
      byHash = this.simpleByHash = new Map();
      const keys = this.keys;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== undefined && simpleKey(k) !== NOT_SIMPLE) addToBucket(byHash, dictHash(k), i);
      }
    }
    const bucket = byHash.get(hash);
    if (bucket === undefined) return -1;
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j];
      if (keysEqual(this.keys[i] as PyValue, key)) return i;
    }
    return -1;
  }

  private appendSimple(simple: unknown, key: PyValue, value: PyValue): void {
    // append() may compact, replacing this.index: take the position first.
    const at = this.append(key, value, NaN);
    this.index.set(simple, at);
    if (this.simpleByHash !== null) addToBucket(this.simpleByHash, dictHash(key), at);
  }

  /** Live entries' positions run from 0 to this bound (holes are undefined keys). */
  get end(): number {
    return this.keys.length;
  }

  /** A copy of the live keys, in order. */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) out.push(keys[i] as PyValue);
    return out;
  }

  valueList(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) out.push(this.values[i] as PyValue);
    return out;
  }

  /** The position of the last live entry, or -1 (popitem). */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== undefined) return i;
    return -1;
  }

  private findHashed(key: PyValue, hash: number): number {
    const bucket = this.buckets?.get(hash);
    if (bucket === undefined) return -1;
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j];
      const k = this.keys[i] as PyValue;
      if (k === key || keysEqual(k, key)) return i;
    }
    return -1;
  }

  private append(key: PyValue, value: PyValue, hash: number): number {
    if (this.usable <= 0) this.grow();
    this.usable--;
    const at = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(hash);
    this.size++;
    this.keysVersion = nextKeysVersion++;
    if (this.jitWatched) changed(this);
    return at;
  }

  /**
   * CPython's insertion_resize: a table of the power of two that calculate_log2_keysize
   * picks for three times the live entries (at least 8), of which two thirds take entries;
   * the holes go.
   */
  private grow(): void {
    const minSize = this.size * 3;
    const log2Size = 32 - Math.clz32(((minSize | 8) - 1) | 7);
    if (this.keys.length !== this.size) this.compact();
    this.usable = Math.floor((2 ** log2Size * 2) / 3) - this.size;
  }

  /** Drops the holes; positions change, so iterators notice through keysVersion. */
  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const hashes = this.hashes;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = new Map();
    this.buckets = null;
    this.simpleByHash = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const at = this.keys.length;
      this.keys.push(k);
      this.values.push(values[i]);
      this.hashes.push(hashes[i]);
      const simple = simpleKey(k);
      if (simple !== NOT_SIMPLE) this.index.set(simple, at);
      else {
        const buckets = (this.buckets ??= new Map());
        const bucket = buckets.get(hashes[i]);
        if (bucket === undefined) buckets.set(hashes[i], [at]);
        else bucket.push(at);
      }
    }
  }
}

function addToBucket(buckets: Map<number, number[]>, hash: number, at: number): void {
  const bucket = buckets.get(hash);
  if (bucket === undefined) buckets.set(hash, [at]);
  else bucket.push(at);
}

function removeFromBucket(buckets: Map<number, number[]>, hash: number, at: number): void {
  const bucket = buckets.get(hash);
  if (bucket === undefined) return;
  const j = bucket.indexOf(at);
  if (j >= 0) bucket.splice(j, 1);
  if (bucket.length === 0) buckets.delete(hash);
}

/** A tuple with tuple's own equality equals only tuples, never a simple key. */
function cannotEqualSimple(key: PyValue): boolean {
  return key instanceof PyTuple && (key.type.solid === key.type || key.type.lookup('__eq__') === key.type.solid!.lookup('__eq__'));
}
