// frozenset(t) for a tuple of constants, in CPython 3.13's iteration order (Objects/setobject.c):
// the items are added one by one to an open-addressing table of 8 slots that grows fourfold when
// 3/5 full, each probe looking at a run of LINEAR_PROBES + 1 neighbouring slots before jumping by
// the perturbed hash. Iteration walks the slots in order, so the order — which repr() and the
// code's constants show — follows from the hashes (hash.ts) and this procedure. The object
// model's set, when it exists, must iterate in the same order to print the same reprs.
import { FrozensetConstant, type ConstantValue } from '../ast/constants';
import { pyEquals, pyHash } from './hash';
import type { HashKey } from './siphash';

/** PySet_MINSIZE: the table a new set starts with. */
const MIN_SIZE = 8;
/** LINEAR_PROBES: the neighbours looked at after a slot before the next perturbed jump. */
const LINEAR_PROBES = 9;
/** PERTURB_SHIFT: how fast the high bits of the hash enter the probe sequence. */
const PERTURB_SHIFT = 5n;

interface Entry {
  readonly key: ConstantValue;
  /** The hash as Py_hash_t (signed 64-bit). */
  readonly hash: bigint;
}

class SetTable {
  slots: (Entry | null)[] = new Array<Entry | null>(MIN_SIZE).fill(null);
  /** Slots ever filled (no deletions happen here, so also the number of active entries). */
  fill = 0;

  get mask(): number {
    return this.slots.length - 1;
  }

  /** set_add_entry: add the key unless an equal one is present, then grow when 3/5 full. */
  add(key: ConstantValue, hash: bigint): void {
    const mask = this.mask;
    const maskBig = BigInt(mask);
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & maskBig);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) {
        const entry = this.slots[j];
        if (entry === null) {
          this.slots[j] = { key, hash };
          this.fill++;
          if (this.fill * 5 >= mask * 3) this.resize(this.fill > 50000 ? this.fill * 2 : this.fill * 4);
          return;
        }
        if (entry.hash === hash && pyEquals(entry.key, key)) return;
      }
      perturb >>= PERTURB_SHIFT;
      // (i*5 + 1 + perturb) mod 2^64, masked: only the low bits of perturb matter.
      i = (i * 5 + 1 + Number(perturb & maskBig)) & mask;
    }
  }

  /** set_table_resize: the smallest power of two above minUsed, refilled in slot order. */
  private resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const old = this.slots;
    this.slots = new Array<Entry | null>(size).fill(null);
    for (const entry of old) if (entry !== null) this.insertClean(entry);
  }

  /** set_insert_clean: place an entry known to be absent, in the first free slot of its probe sequence. */
  private insertClean(entry: Entry): void {
    const mask = this.mask;
    const maskBig = BigInt(mask);
    let perturb = BigInt.asUintN(64, entry.hash);
    let i = Number(perturb & maskBig);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) {
        if (this.slots[j] === null) {
          this.slots[j] = entry;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & maskBig)) & mask;
    }
  }
}

/** PyFrozenSet_New(tuple): the distinct items (the first of equal ones kept) in iteration order. */
export function makeFrozenset(items: readonly ConstantValue[], key: HashKey): FrozensetConstant {
  const table = new SetTable();
  for (const item of items) table.add(item, pyHash(key, item));
  const ordered: ConstantValue[] = [];
  for (const entry of table.slots) if (entry !== null) ordered.push(entry.key);
  return new FrozensetConstant(ordered, items);
}
