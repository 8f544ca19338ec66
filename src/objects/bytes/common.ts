// Slots that bytes and bytearray share in shape: comparison of byte strings, subscripts,
// membership, and the iterator over their ints.
import type { PyValue } from '../object';
import { PySlice } from '../boxes';
import { NotImplemented } from '../singletons';
import { indexError, overflowError, typeError } from '../exceptions';
import { Cmp } from '../ops/compare';
import { NativeIterator } from '../ops/iter';
import { typeOf } from '../ops/typeof';
import { sliceIndices } from '../slice';
import { badSubscript, hasIndex, itemPosition, repeatCount } from '../sequence';
import { newIteratorType } from '../iterator-type';
import { bytesLike } from './buffer';
import { byteValue } from './construct';

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A comparison slot: `accepts` says which right operands it handles. */
export function bytesCompare(op: Cmp, data: (self: PyValue) => Uint8Array, accepts: (v: PyValue) => Uint8Array | null) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const b = accepts(args[0]);
    if (b === null) return NotImplemented;
    const a = data(self);
    if (op === Cmp.EQ || op === Cmp.NE) {
      let eq = a.length === b.length;
      for (let i = 0; eq && i < a.length; i++) if (a[i] !== b[i]) eq = false;
      return op === Cmp.EQ ? eq : !eq;
    }
    const c = compareBytes(a, b);
    switch (op) {
      case Cmp.LT:
        return c < 0;
      case Cmp.LE:
        return c <= 0;
      case Cmp.GT:
        return c > 0;
      default:
        return c >= 0;
    }
  };
}

/** data[key]: an int for an index, `slice(bytes)` for a slice. */
export function bytesSubscript(data: Uint8Array, key: PyValue, what: string, indexMessage: string, slice: (b: Uint8Array) => PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, data.length);
    if (step === 1) return slice(data.slice(start, start + Math.max(0, count)));
    const out = new Uint8Array(Math.max(0, count));
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = data[i];
    return slice(out);
  }
  if (!hasIndex(key)) badSubscript(what, key);
  const i = itemPosition(key, data.length);
  if (i < 0) throw indexError(indexMessage);
  return data[i];
}

/** `x in data`: an int in range(256), or a bytes-like substring. */
export function bytesContains(data: Uint8Array, x: PyValue): boolean {
  if (hasIndex(x) && bytesLike(x) === null) {
    const n = byteValue(x, 'byte must be in range(0, 256)');
    return data.indexOf(n) >= 0;
  }
  const sub = bytesLike(x);
  if (sub === null) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  if (sub.length === 0) return true;
  outer: for (let i = 0; i + sub.length <= data.length; i++) {
    for (let k = 0; k < sub.length; k++) if (data[i + k] !== sub[k]) continue outer;
    return true;
  }
  return false;
}

export const BytesIteratorType = newIteratorType('bytes_iterator');
export const ByteArrayIteratorType = newIteratorType('bytearray_iterator');

/** Iterates the ints of bytes (fixed) or a bytearray (read live through `data`). */
export class BytesIterator extends NativeIterator {
  private i = 0;
  constructor(
    type: typeof BytesIteratorType,
    private data: (() => Uint8Array) | null,
  ) {
    super(type);
  }
  next(): PyValue | undefined {
    if (this.data === null) return undefined;
    const d = this.data();
    if (this.i < d.length) return d[this.i++];
    this.data = null;
    return undefined;
  }
  lengthHint(): number {
    return this.data === null ? 0 : Math.max(0, this.data().length - this.i);
  }
}


/** Bytes joined end to end. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** `data` repeated n times (n from `seq * n`), or null when n is not an index. */
export function repeatBytes(d: Uint8Array, n: PyValue): Uint8Array | null {
  const count = repeatCount(n);
  if (count === null) return null;
  if (d.length * count > 0x7fffffff) throw overflowError('repeated bytes are too long');
  const out = new Uint8Array(d.length * count);
  for (let k = 0; k < count; k++) out.set(d, k * d.length);
  return out;
}

