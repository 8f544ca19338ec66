// dict: insertion-ordered, with Python's key equality (`1 == 1.0 == True` is one key).
//
// Entries live in two arrays in insertion order (a removed entry leaves a hole until the
// arrays are compacted). Keys whose equality JS can decide — str, int, bool, float, and
// objects that hash by identity — are found through a JS Map on a normalized key; any
// other key (a tuple, an instance with its own __hash__/__eq__) through buckets of its hash.
// Iteration order does not depend on hashes, so the hashes here need only agree with
// equality, not equal CPython's.
import { PyObject, type PyValue } from './object';
import { DictType } from './builtin-types';
import { dictHash, keysEqual, simpleKey, NOT_SIMPLE } from './dict-keys';
import type { PyType } from './type';

export class PyDict extends PyObject {
  /** Keys in insertion order; undefined marks a removed entry. */
  keys: (PyValue | undefined)[] = [];
  values: (PyValue | undefined)[] = [];
  /** Hashes of entries found through buckets (others NaN). */
  private hashes: number[] = [];
  private index = new Map<unknown, number>();
  private buckets: Map<number, number[]> | null = null;
  /** Live entries. */
  size = 0;
  /** Changes whenever a key is added or removed: iterators and (later) guards compare it. */
  keysVersion = 0;

  constructor(type: PyType = DictType) {
    super(type);
  }

  getStr(name: string): PyValue | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.values[i];
  }

  setStr(name: string, value: PyValue): void {
    const i = this.index.get(name);
    if (i !== undefined) {
      this.values[i] = value;
      return;
    }
    // append() may compact, replacing this.index: take the position first.
    const at = this.append(name, value, NaN);
    this.index.set(name, at);
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
      const i = this.index.get(simple);
      if (i !== undefined) this.values[i] = value;
      else {
        const at = this.append(key, value, NaN);
        this.index.set(simple, at);
      }
      return;
    }
    const hash = dictHash(key);
    const i = this.findHashed(key, hash);
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
    if (simple !== NOT_SIMPLE) this.index.delete(simple);
    else {
      const hash = this.hashes[i];
      const bucket = this.buckets!.get(hash)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.buckets!.delete(hash);
    }
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    this.keysVersion++;
    if (this.size === 0) this.clear();
    return value;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.index = new Map();
    this.buckets = null;
    if (this.size !== 0) this.keysVersion++;
    this.size = 0;
  }

  /** Position of the entry holding `key`, or -1. */
  find(key: PyValue): number {
    const simple = simpleKey(key);
    if (simple !== NOT_SIMPLE) {
      const i = this.index.get(simple);
      return i === undefined ? -1 : i;
    }
    if (this.buckets === null) {
      dictHash(key); // an unhashable key raises even when the dict has none like it
      return -1;
    }
    return this.findHashed(key, dictHash(key));
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
    if (this.keys.length >= 16 && this.keys.length > 2 * this.size + 8) this.compact();
    const at = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(hash);
    this.size++;
    this.keysVersion++;
    return at;
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
