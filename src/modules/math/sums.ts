// The math module's functions over many values: fsum (Shewchuk's exact partial sums, with
// CPython's errors for infinities and intermediate overflow), prod, sumprod, and the Euclidean
// norm behind hypot and dist.
import type { PyValue } from '../../objects/object';
import { PyFloat } from '../../objects/boxes';
import { FloatType } from '../../objects/builtin-types';
import { overflowError, valueError } from '../../objects/exceptions';
import { binaryOp, NB } from '../../objects/ops/number';
import { getIter, iterNext, toArray } from '../../objects/ops/iter';
import { intOf } from '../../objects/numeric-coerce';
import { bitLen, frexpExact, roundScaled } from '../../objects/float-bits';
import { bigSqrt } from '../../objects/big-sqrt';
import { canonical } from '../../objects/int-arith';
import { asDouble } from './arguments';

export function fsum(iterable: PyValue): number {
  const it = getIter(iterable);
  const partials: number[] = [];
  let special = 0;
  let infinities = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    let x = asDouble(item);
    const original = x;
    let n = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[n++] = lo;
      x = hi;
    }
    partials.length = n;
    if (x === 0) continue;
    if (Number.isFinite(x)) {
      partials.push(x);
      continue;
    }
    // A non-finite sum: from finite values it is an overflow; otherwise it is summed apart.
    if (Number.isFinite(original)) throw overflowError('intermediate overflow in fsum');
    if (original === Infinity || original === -Infinity) infinities += original;
    special += original;
    partials.length = 0;
  }
  if (special !== 0) {
    if (infinities !== infinities) throw valueError('-inf + inf in fsum');
    return special;
  }
  // Add the partials from the top until the sum is inexact, then round half-even by hand.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

export function prod(iterable: PyValue, start: PyValue): PyValue {
  const it = getIter(iterable);
  let result = start;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) result = binaryOp(result, item, NB.MULTIPLY);
  return result;
}

/** An exact binary value m·2^e (m a signed bigint). */
interface Exact {
  m: bigint;
  e: number;
}

function exactOf(x: number): Exact {
  if (x === 0) return { m: 0n, e: 0 };
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  return { m: x < 0 ? -mantissa : mantissa, e: exponent };
}

/** The correctly rounded double of Σ terms (each exact), or NaN/±Infinity when a term is one. */
function roundExactSum(terms: Exact[]): number {
  if (terms.length === 0) return 0;
  const e = Math.min(...terms.map((t) => t.e));
  let total = 0n;
  for (const t of terms) total += t.m << BigInt(t.e - e);
  if (total === 0n) return 0;
  const r = roundScaled(total < 0n ? -total : total, e, false);
  return total < 0n ? -r : r;
}

/** sumprod(p, q): Σ p[i]·q[i]; exact for ints, rounded once for floats, generic otherwise. */
export function sumprod(p: PyValue, q: PyValue): PyValue {
  const ps = toArray(p);
  const qs = toArray(q);
  if (ps.length !== qs.length) throw valueError('Inputs are not the same length');
  let allInts = true;
  let allReal = true;
  for (let i = 0; i < ps.length; i++) {
    for (const v of [ps[i], qs[i]]) {
      if (typeof v === 'number' || typeof v === 'boolean') continue;
      if (typeof v === 'bigint') {
        // Only ints that are exact doubles join the float path, as in CPython.
        allReal = false;
        continue;
      }
      allInts = false;
      if (!(v instanceof PyFloat && v.type === FloatType && Number.isFinite(v.value))) allReal = false;
    }
  }
  if (allInts) {
    let total = 0n;
    for (let i = 0; i < ps.length; i++) total += BigInt(intOf(ps[i])!) * BigInt(intOf(qs[i])!);
    return canonical(total);
  }
  if (allReal) {
    const pairs = ps.map((v, i) => [asDouble(v), asDouble(qs[i])]);
    // A product beyond the doubles makes CPython's extended-precision path infinite or NaN.
    if (pairs.some(([a, b]) => !Number.isFinite(a * b))) return new PyFloat(pairs.reduce((t, [a, b]) => t + a * b, 0));
    const terms = ps.map((v, i) => {
      const x = exactOf(asDouble(v));
      const y = exactOf(asDouble(qs[i]));
      return { m: x.m * y.m, e: x.e + y.e };
    });
    return new PyFloat(roundExactSum(terms));
  }
  let total: PyValue = 0;
  for (let i = 0; i < ps.length; i++) total = binaryOp(total, binaryOp(ps[i], qs[i], NB.MULTIPLY), NB.ADD);
  return total;
}

/** The Euclidean norm of the doubles, correctly rounded from the exact sum of squares. */
export function vectorNorm(values: number[]): number {
  let sawNaN = false;
  for (const v of values) {
    if (v === Infinity || v === -Infinity) return Infinity;
    if (v !== v) sawNaN = true;
  }
  if (sawNaN) return NaN;
  const parts = values.filter((v) => v !== 0).map((v) => frexpExact(Math.abs(v)));
  if (parts.length === 0) return 0;
  if (parts.length === 1) return Math.abs(values.find((v) => v !== 0)!);
  const e = Math.min(...parts.map((p) => p.exponent));
  let sum = 0n;
  for (const p of parts) {
    const m = p.mantissa << BigInt(p.exponent - e);
    sum += m * m;
  }
  // Scale so that the root carries at least 64 bits, then round once.
  const k = Math.max(0, 64 - (bitLen(sum) >> 1));
  const scaled = sum << BigInt(2 * k);
  const root = bigSqrt(scaled);
  return roundScaled(root, e - k, root * root !== scaled);
}

export function dist(p: PyValue, q: PyValue): number {
  const ps = toArray(p);
  const qs = toArray(q);
  if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
  const diffs: number[] = [];
  for (let i = 0; i < ps.length; i++) diffs.push(Math.abs(asDouble(ps[i]) - asDouble(qs[i])));
  return vectorNorm(diffs);
}
