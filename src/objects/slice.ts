// slice: its namespace, and the index arithmetic every sequence uses to apply one
// (Objects/sliceobject.c: PySlice_Unpack, PySlice_AdjustIndices, _PySlice_GetLongIndices).
import type { PyInt, PyValue } from './object';
import { PySlice, PyTuple } from './boxes';
import { SliceType } from './builtin-types';
import { None, NotImplemented } from './singletons';
import { attributeError, typeError, valueError } from './exceptions';
import { defineGetSet, defineMethods, defineNew } from './native';
import { checkArgs, noKeywords } from './args';
import { indexValue } from './ops/index-value';
import { repr } from './ops/repr';
import { Cmp } from './ops/compare';
import { hashInto, LaneMixer, u64 } from './hash64';
import { canonical } from './int-arith';
import { hasIndex, seqRichCompare } from './sequence';

/** PY_SSIZE_T_MAX's stand-in: no sequence is longer, so clamping to it loses nothing. */
const MAX = Number.MAX_SAFE_INTEGER;

const BAD_INDEX = 'slice indices must be integers or None or have an __index__ method';

/** _PyEval_SliceIndex for a value that is not None: an index clamped to the index range. */
function clampedIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (!hasIndex(v)) throw typeError(BAD_INDEX);
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  return n > 0n ? MAX : -MAX - 1;
}

/** A slice's start, stop and step as PySlice_Unpack leaves them (None replaced, values clamped). */
export interface UnpackedSlice {
  start: number;
  stop: number;
  step: number;
}

/** PySlice_Unpack: step first (zero is an error), then start and stop. */
export function sliceUnpack(s: PySlice): UnpackedSlice {
  let step = 1;
  if (s.step !== None) {
    step = clampedIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
    if (step < -MAX) step = -MAX;
  }
  const start = s.start === None ? (step < 0 ? MAX : 0) : clampedIndex(s.start);
  const stop = s.stop === None ? (step < 0 ? -MAX - 1 : MAX) : clampedIndex(s.stop);
  return { start, stop, step };
}

/** PySlice_AdjustIndices: clips start and stop to a sequence of `length`; returns the item count. */
export function sliceAdjust(u: UnpackedSlice, length: number): number {
  const step = u.step;
  let { start, stop } = u;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  u.start = start;
  u.stop = stop;
  if (step < 0) return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
}

/** The slice applied to a sequence of `length`: [start, stop, step, number of items]. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const u = sliceUnpack(s);
  const count = sliceAdjust(u, length);
  return [u.start, u.stop, u.step, count];
}

function big(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function exactIndex(v: PyValue): bigint {
  if (!hasIndex(v)) throw typeError(BAD_INDEX);
  return big(indexValue(v));
}

/**
 * _PySlice_GetLongIndices: start, stop and step for a sequence of any `length` (>= 0), in
 * exact integers (slice.indices(), range slicing).
 */
export function sliceIndicesExact(s: PySlice, length: PyInt): [PyInt, PyInt, PyInt] {
  let step = 1n;
  if (s.step !== None) {
    step = exactIndex(s.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const len = big(length);
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? len - 1n : len;
  const bound = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = exactIndex(v);
    if (x < 0n) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = bound(s.start, negative ? upper : lower);
  const stop = bound(s.stop, negative ? lower : upper);
  return [canonical(start), canonical(stop), canonical(step)];
}

function asSlice(v: PyValue): PySlice {
  return v as PySlice;
}

defineNew(SliceType, (args, kwnames) => {
  noKeywords('slice', kwnames);
  const n = args.length - 1;
  if (n < 1) throw typeError(`slice expected at least 1 argument, got ${n}`);
  if (n > 3) throw typeError(`slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PySlice(None, args[1], None);
  return new PySlice(args[1], args[2], n === 3 ? args[3] : None);
});

const readonly = (): void => {
  throw attributeError('readonly attribute');
};
defineGetSet(SliceType, 'start', (self) => asSlice(self).start, readonly);
defineGetSet(SliceType, 'stop', (self) => asSlice(self).stop, readonly);
defineGetSet(SliceType, 'step', (self) => asSlice(self).step, readonly);

function compareSlices(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PySlice)) return NotImplemented;
  if (self === other) return op === Cmp.EQ || op === Cmp.LE || op === Cmp.GE;
  const a = asSlice(self);
  return seqRichCompare([a.start, a.stop, a.step], [other.start, other.stop, other.step], op);
}

defineMethods(SliceType, {
  indices(self, args, kwnames) {
    checkArgs('slice.indices', args, kwnames, 1);
    const length = indexValue(args[0]);
    if (length < 0) throw valueError('length should not be negative');
    return new PyTuple(sliceIndicesExact(asSlice(self), length));
  },
  __repr__(self) {
    const s = asSlice(self);
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  __hash__(self) {
    // slice_hash (3.12+): tuplehash's lanes over (start, stop, step), without the length.
    const s = asSlice(self);
    const m = new LaneMixer();
    const lane = u64();
    for (const v of [s.start, s.stop, s.step]) {
      hashInto(lane, v);
      m.addLane(lane.hi, lane.lo);
    }
    return m.result();
  },
  __reduce__(self) {
    const s = asSlice(self);
    return new PyTuple([SliceType, new PyTuple([s.start, s.stop, s.step])]);
  },
  __eq__: (self, args) => compareSlices(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compareSlices(self, args[0], Cmp.NE),
  __lt__: (self, args) => compareSlices(self, args[0], Cmp.LT),
  __le__: (self, args) => compareSlices(self, args[0], Cmp.LE),
  __gt__: (self, args) => compareSlices(self, args[0], Cmp.GT),
  __ge__: (self, args) => compareSlices(self, args[0], Cmp.GE),
});
