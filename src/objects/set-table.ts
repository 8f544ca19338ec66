// The storage of set and frozenset: CPython 3.13's open-addressing hash table
// (Objects/setobject.c), reproduced step for step — table sizes, the run of LINEAR_PROBES
// neighbours before each perturbed jump, dummies left by removals, fill/used, the resize
// rule, the pop finger — because a set iterates in slot order, and printing a set must print
// what CPython prints. Hashes are CPython's (hash64.ts), kept as two uint32 halves per slot.
import { PyObject, type PyValue } from './object';
import { DictType, SetType } from './builtin-types';
import { PyDict } from './dict';
import { Cmp, compareBool } from './ops/compare';
import { getIter, iterNext } from './ops/iter';
import { hashInto, mul, toInt, u64, type U64 } from './hash64';
import type { PyInt } from './object';
import type { PyType } from './type';

/** PySet_MINSIZE: the table a new or cleared set has. */
const MIN_SIZE = 8;
/** Slots looked at after the first before a perturbed jump (when they fit in the table). */
const LINEAR_PROBES = 9;

/** The key of a slot whose entry was removed (its hash halves are both 0xffffffff, i.e. -1). */
export const DUMMY: PyValue = new PyObject(SetType);

/** Scratch words, so that hashing a key for a lookup allocates nothing. */
const scratch: U64 = u64();

export class PySet extends PyObject {
  /** The slots: undefined when never used, DUMMY when removed, else the member. */
  table: (PyValue | undefined)[] = new Array(MIN_SIZE);
  hashHi = new Uint32Array(MIN_SIZE);
  hashLo = new Uint32Array(MIN_SIZE);
  /** table.length - 1. */
  mask = MIN_SIZE - 1;
  /** Slots that are active or dummy. */
  fill = 0;
  /** Active slots: the set's length. */
  used = 0;
  /** Where pop() looks next. */
  finger = 0;
  /** A frozenset's hash once computed. */
  cachedHash: PyInt | null = null;

  constructor(type: PyType = SetType) {
    super(type);
  }

  get size(): number {
    return this.used;
  }

  /** The members in iteration order. */
  items(): PyValue[] {
    const out: PyValue[] = [];
    const t = this.table;
    for (let i = 0; i <= this.mask; i++) {
      const k = t[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  add(key: PyValue): void {
    hashInto(scratch, key);
    this.addEntry(key, scratch.hi, scratch.lo);
  }

  has(key: PyValue): boolean {
    hashInto(scratch, key);
    return this.lookup(key, scratch.hi, scratch.lo) >= 0;
  }

  /** Removes key if present (set_discard_key); whether it was. */
  discard(key: PyValue): boolean {
    hashInto(scratch, key);
    return this.discardEntry(key, scratch.hi, scratch.lo);
  }

  /** set_lookkey: the slot holding a key equal to `key`, or -1. */
  lookup(key: PyValue, hi: number, lo: number): number {
    restart: for (;;) {
      const table = this.table;
      const hashHi = this.hashHi;
      const hashLo = this.hashLo;
      const mask = this.mask;
      let perturbHi = hi;
      let perturbLo = lo;
      let i = lo & mask;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = table[j];
          if (k === undefined) return -1;
          if (hashLo[j] === lo && hashHi[j] === hi && k !== DUMMY) {
            if (k === key) return j;
            if (!sameKindPrimitives(k, key)) {
              const eq = compareBool(k, key, Cmp.EQ);
              if (this.table !== table || table[j] !== k) continue restart;
              if (eq) return j;
            }
          }
          j++;
        } while (probes-- > 0);
        perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
        perturbHi >>>= 5;
        i = (i * 5 + 1 + perturbLo) & mask;
      }
    }
  }

  /** set_add_entry: adds key unless an equal member is present; grows when 3/5 full. */
  addEntry(key: PyValue, hi: number, lo: number): void {
    restart: for (;;) {
      const table = this.table;
      const hashHi = this.hashHi;
      const hashLo = this.hashLo;
      const mask = this.mask;
      let perturbHi = hi;
      let perturbLo = lo;
      let i = lo & mask;
      let freeslot = -1;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = table[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              table[freeslot] = key;
              hashHi[freeslot] = hi;
              hashLo[freeslot] = lo;
              this.cachedHash = null;
              return;
            }
            this.fill++;
            this.used++;
            table[j] = key;
            hashHi[j] = hi;
            hashLo[j] = lo;
            this.cachedHash = null;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (hashLo[j] === lo && hashHi[j] === hi && k !== DUMMY) {
            if (k === key) return;
            if (!sameKindPrimitives(k, key)) {
              const eq = compareBool(k, key, Cmp.EQ);
              if (eq) return;
              if (this.table !== table || table[j] !== k) continue restart;
            }
          } else if (k === DUMMY) freeslot = j;
          j++;
        } while (probes-- > 0);
        perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
        perturbHi >>>= 5;
        i = (i * 5 + 1 + perturbLo) & mask;
      }
    }
  }

  /** set_discard_entry: turns the slot of an equal member into a dummy. */
  discardEntry(key: PyValue, hi: number, lo: number): boolean {
    const j = this.lookup(key, hi, lo);
    if (j < 0) return false;
    this.table[j] = DUMMY;
    this.hashHi[j] = 0xffffffff;
    this.hashLo[j] = 0xffffffff;
    this.used--;
    this.cachedHash = null;
    return true;
  }

  /** set_table_resize: the smallest power of two above minUsed, refilled in slot order without dummies. */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const oldTable = this.table;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    const table: (PyValue | undefined)[] = new Array(size);
    const hashHi = new Uint32Array(size);
    const hashLo = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < oldTable.length; i++) {
      const k = oldTable[i];
      if (k !== undefined && k !== DUMMY) insertClean(table, hashHi, hashLo, mask, k, oldHi[i], oldLo[i]);
    }
    this.table = table;
    this.hashHi = hashHi;
    this.hashLo = hashLo;
    this.mask = mask;
    this.fill = this.used;
  }

  /** set_clear_internal: back to an empty minimum-size table. */
  clearTable(): void {
    this.table = new Array(MIN_SIZE);
    this.hashHi = new Uint32Array(MIN_SIZE);
    this.hashLo = new Uint32Array(MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.cachedHash = null;
  }

  /** set_merge: adds the members of another set, copying its table outright when this one is empty. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const ot = other.table;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = ot[i];
        if (k !== undefined) {
          this.table[i] = k;
          this.hashHi[i] = other.hashHi[i];
          this.hashLo[i] = other.hashLo[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      this.cachedHash = null;
      return;
    }
    if (this.fill === 0) {
      for (let i = 0; i <= other.mask; i++) {
        const k = ot[i];
        if (k !== undefined && k !== DUMMY) insertClean(this.table, this.hashHi, this.hashLo, this.mask, k, other.hashHi[i], other.hashLo[i]);
      }
      this.fill = other.used;
      this.used = other.used;
      this.cachedHash = null;
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, other.hashHi[i], other.hashLo[i]);
    }
  }

  /** set_update_dict: the keys of an exact dict, after one resize for all of them. */
  updateFromDict(d: PyDict): void {
    const n = d.size;
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
    const word = u64();
    for (let i = 0; i < d.end; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      hashInto(word, k);
      this.addEntry(k, word.hi, word.lo);
    }
  }

  /** set_update_iterable: one member at a time, as the iterator produces them. */
  updateFromIterable(v: PyValue): void {
    const it = getIter(v);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) this.add(x);
  }

  /** set_update_internal: from a set, an exact dict's keys, or any iterable. */
  update(v: PyValue): void {
    if (v instanceof PySet) this.merge(v);
    else if (v instanceof PyDict && v.type === DictType) this.updateFromDict(v);
    else this.updateFromIterable(v);
  }

  /** set_pop: the first active slot from the finger on, wrapping around. */
  popEntry(): PyValue | undefined {
    if (this.used === 0) return undefined;
    const t = this.table;
    let i = this.finger & this.mask;
    while (t[i] === undefined || t[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = t[i]!;
    t[i] = DUMMY;
    this.hashHi[i] = 0xffffffff;
    this.hashLo[i] = 0xffffffff;
    this.used--;
    this.finger = i + 1;
    this.cachedHash = null;
    return key;
  }

  /** set_swap_bodies: exchanges the tables of two sets (intersection_update's last step). */
  swapBodies(other: PySet): void {
    const { table, hashHi, hashLo, mask, fill, used } = this;
    this.table = other.table;
    this.hashHi = other.hashHi;
    this.hashLo = other.hashLo;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    Object.assign(other, { table, hashHi, hashLo, mask, fill, used });
    this.cachedHash = null;
    other.cachedHash = null;
  }

  /** frozenset_hash: an order-independent mix of the members' hashes (as if the set were frozen). */
  frozenHash(): PyInt {
    let hHi = 0;
    let hLo = 0;
    const w = scratch;
    for (let i = 0; i <= this.mask; i++) {
      const k = this.table[i];
      if (k === undefined || k === DUMMY) continue;
      shuffleBits(w, this.hashHi[i], this.hashLo[i]);
      hHi ^= w.hi;
      hLo ^= w.lo;
    }
    mul(w, 0, this.used + 1, 0, 1927868237);
    hHi = (hHi ^ w.hi) >>> 0;
    hLo = (hLo ^ w.lo) >>> 0;
    // h ^= (h >> 11) ^ (h >> 25), logical shifts of the 64-bit word.
    const s11Hi = hHi >>> 11;
    const s11Lo = ((hLo >>> 11) | (hHi << 21)) >>> 0;
    const s25Hi = hHi >>> 25;
    const s25Lo = ((hLo >>> 25) | (hHi << 7)) >>> 0;
    hHi = (hHi ^ s11Hi ^ s25Hi) >>> 0;
    hLo = (hLo ^ s11Lo ^ s25Lo) >>> 0;
    mul(w, hHi, hLo, 0, 69069);
    const low = w.lo + 907133923;
    hLo = low >>> 0;
    hHi = (w.hi + (low >= 4294967296 ? 1 : 0)) >>> 0;
    if (hHi === 0xffffffff && hLo === 0xffffffff) return 590923713;
    return toInt(hHi, hLo);
  }
}

/** Two JS primitives of one kind are equal only if identical: no comparison needs calling. */
function sameKindPrimitives(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  if (ta === 'object') return false;
  const tb = typeof b;
  return ta === tb || ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint'));
}

/** _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167. */
function shuffleBits(out: U64, hi: number, lo: number): void {
  const xHi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const xLo = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  mul(out, xHi, xLo, 0, 3644798167);
}

/** set_insert_clean: places a key known to be absent in the first free slot of its probe sequence. */
function insertClean(
  table: (PyValue | undefined)[],
  hashHi: Uint32Array,
  hashLo: Uint32Array,
  mask: number,
  key: PyValue,
  hi: number,
  lo: number,
): void {
  let perturbHi = hi;
  let perturbLo = lo;
  let i = lo & mask;
  for (;;) {
    if (table[i] === undefined) {
      table[i] = key;
      hashHi[i] = hi;
      hashLo[i] = lo;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (table[j] === undefined) {
          table[j] = key;
          hashHi[j] = hi;
          hashLo[j] = lo;
          return;
        }
      }
    }
    perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturbLo) & mask;
  }
}
