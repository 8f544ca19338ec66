// CPython's hashes as unsigned 64-bit words (Py_uhash_t), split into two uint32 halves held in
// JS numbers, for the hash functions that mix item hashes (tuple, slice: xxHash's lanes in
// Objects/tupleobject.c; frozenset: Objects/setobject.c) and for the set's hash table, whose
// probe sequence shifts the high bits of the hash into the index. BigInt arithmetic would do
// the same, far more slowly, on the paths sets of tuples take for every lookup.
import type { PyInt, PyValue } from './object';
import { PyTuple } from './boxes';
import { TupleType } from './builtin-types';
import { pyHash } from './ops/hash';
import { canonical } from './int-arith';

const TWO32 = 4294967296;

/** A 64-bit word: `hi` and `lo` are uint32. Functions below write their result into one. */
export interface U64 {
  hi: number;
  lo: number;
}

export function u64(): U64 {
  return { hi: 0, lo: 0 };
}

/** The signed 64-bit value `h` (a hash) as a word. */
export function setFromInt(out: U64, h: PyInt): void {
  if (typeof h === 'number') {
    out.lo = h >>> 0;
    out.hi = Math.floor(h / TWO32) >>> 0;
    return;
  }
  const u = BigInt.asUintN(64, h);
  out.lo = Number(u & 0xffffffffn);
  out.hi = Number(u >> 32n);
}

/** The word read as a signed 64-bit value, in the canonical int form. */
export function toInt(hi: number, lo: number): PyInt {
  const shi = hi | 0;
  // |value| < 2^53 exactly when the top 22 bits are all equal (all 0 or all 1).
  if (shi >= -0x200000 && shi < 0x200000) return shi * TWO32 + lo;
  return canonical((BigInt(shi) << 32n) | BigInt(lo));
}

/** out = a * b (mod 2^64). */
export function mul(out: U64, aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2^33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^49
  const carry = Math.floor(low / TWO32);
  out.lo = low >>> 0;
  out.hi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/** out = a + b (mod 2^64). */
export function add(out: U64, aHi: number, aLo: number, bHi: number, bLo: number): void {
  const low = aLo + bLo;
  out.lo = low >>> 0;
  out.hi = (aHi + bHi + (low >= TWO32 ? 1 : 0)) >>> 0;
}

// xxHash's primes (_PyHASH_XXPRIME_1, _2, _5 in Include/cpython/pyhash.h), as hi/lo halves.
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;

/** The running state of CPython's xxHash-based mixing of item hashes (tuplehash, slice_hash). */
export class LaneMixer {
  hi = P5_HI;
  lo = P5_LO;
  private readonly t: U64 = u64();

  /** acc += lane * PRIME_2; acc = rotl(acc, 31); acc *= PRIME_1. */
  addLane(laneHi: number, laneLo: number): void {
    const t = this.t;
    mul(t, laneHi, laneLo, P2_HI, P2_LO);
    add(t, this.hi, this.lo, t.hi, t.lo);
    const rHi = ((t.hi << 31) | (t.lo >>> 1)) >>> 0;
    const rLo = ((t.lo << 31) | (t.hi >>> 1)) >>> 0;
    mul(t, rHi, rLo, P1_HI, P1_LO);
    this.hi = t.hi;
    this.lo = t.lo;
  }

  /** tuplehash's last step: the length xor'ed with PRIME_5 ^ 3527539 is added in. */
  addLength(n: number): void {
    const t = this.t;
    // PRIME_5 ^ 3527539 only changes the low word; n is far below 2^32.
    add(t, this.hi, this.lo, P5_HI, ((P5_LO ^ 3527539) ^ n) >>> 0);
    this.hi = t.hi;
    this.lo = t.lo;
  }

  /** The hash as Py_hash_t, with -1 (the error value) replaced as CPython does. */
  result(): PyInt {
    if (this.hi === 0xffffffff && this.lo === 0xffffffff) return 1546275796;
    return toInt(this.hi, this.lo);
  }
}

/**
 * hash(v) as a word, into `out`. Exact tuples are mixed here without going through a
 * PyInt, as sets hash them on every lookup; everything else goes through pyHash.
 */
export function hashInto(out: U64, v: PyValue): void {
  if (typeof v === 'number') {
    setFromInt(out, v === -1 ? -2 : v);
    return;
  }
  if (v instanceof PyTuple && v.type === TupleType) {
    tupleHashInto(out, v.items);
    return;
  }
  setFromInt(out, pyHash(v));
}

/** CPython's tuplehash of `items`, as a word. */
export function tupleHashInto(out: U64, items: readonly PyValue[]): void {
  const m = new LaneMixer();
  const lane = u64();
  for (let i = 0; i < items.length; i++) {
    hashInto(lane, items[i]);
    m.addLane(lane.hi, lane.lo);
  }
  m.addLength(items.length);
  if (m.hi === 0xffffffff && m.lo === 0xffffffff) {
    out.hi = 0;
    out.lo = 1546275796;
    return;
  }
  out.hi = m.hi;
  out.lo = m.lo;
}

/** hash(tuple) (Objects/tupleobject.c, tuplehash). */
export function tupleHash(items: readonly PyValue[]): PyInt {
  const out = u64();
  tupleHashInto(out, items);
  return toInt(out.hi, out.lo);
}
