// The fused multiply-add a·b + c rounded once (IEEE 754 fusedMultiplyAdd), which glibc's
// FMA-compiled functions use and JS lacks. The usual case is done in doubles: the product and
// sums split exactly into value and error terms (Dekker, Knuth), and the error terms decide
// whether the rounded sum must move one step. Operands near the ends of the exponent range,
// where those splits are not exact, go through bigints.
import { frexpExact, roundScaled } from './float-bits';

const view = new DataView(new ArrayBuffer(8));

/** The next double above (dir 1) or below (dir −1) a finite nonzero x. */
function neighbour(x: number, dir: 1 | -1): number {
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (x > 0) === (dir > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

function isEvenMantissa(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint32(4) & 1) === 0;
}

/** 2^27 + 1: splits a double into two halves of 26 bits whose products are exact. */
const SPLITTER = 134217729;
/** Within these magnitudes the splits, products and sums below are exact. */
const SAFE_LOW = 2 ** -450;
const SAFE_HIGH = 2 ** 450;

/** The rounding error of p = a·b (Dekker's two-product), exact while nothing overflows or underflows. */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const aa = Math.abs(a);
  const ab = Math.abs(b);
  const ac = Math.abs(c);
  if (!(aa > SAFE_LOW && aa < SAFE_HIGH && ab > SAFE_LOW && ab < SAFE_HIGH && ac < SAFE_HIGH && (c === 0 || ac > SAFE_LOW))) {
    return exactFma(a, b, c);
  }
  if (c === 0) return p;
  // p + e = a·b exactly.
  const e = productError(a, b, p);
  // p + c = s + sErr, sErr + e = u + uErr, s + u = r + rErr: a·b + c = r + rErr + uErr.
  const s = p + c;
  let d = s - p;
  const sErr = p - (s - d) + (c - d);
  const u = sErr + e;
  d = u - sErr;
  const uErr = sErr - (u - d) + (e - d);
  const r = s + u;
  d = r - s;
  const rErr = s - (r - d) + (u - d);
  // The residual rest = z + zErr exactly.
  const z = rErr + uErr;
  d = z - rErr;
  const zErr = rErr - (z - d) + (uErr - d);
  if (z === 0 && zErr === 0) return r;
  if (r === 0 || Math.abs(r) < SAFE_LOW || Math.abs(r) > SAFE_HIGH) return exactFma(a, b, c);
  const dir: 1 | -1 = z > 0 || (z === 0 && zErr > 0) ? 1 : -1;
  const next = neighbour(r, dir);
  const half = Math.abs(next - r) / 2;
  const rest = dir * z;
  const restErr = dir * zErr;
  if (rest > 2 * half) return exactFma(a, b, c);
  const cmp = rest > half ? 1 : rest < half ? -1 : restErr > 0 ? 1 : restErr < 0 ? -1 : 0;
  if (cmp > 0) return next;
  if (cmp < 0) return r;
  return isEvenMantissa(r) ? r : next;
}

/** fma through exact integer arithmetic, for any finite operands. */
export function exactFma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  if (c === 0) return a * b;
  const fa = frexpExact(Math.abs(a));
  const fb = frexpExact(Math.abs(b));
  const fc = frexpExact(Math.abs(c));
  let product = fa.mantissa * fb.mantissa;
  if (a < 0 !== b < 0) product = -product;
  const pe = fa.exponent + fb.exponent;
  const addend = c < 0 ? -fc.mantissa : fc.mantissa;
  const e = Math.min(pe, fc.exponent);
  const sum = (product << BigInt(pe - e)) + (addend << BigInt(fc.exponent - e));
  // An exact zero sum is +0 in round-to-nearest (x − x), whatever the signs.
  if (sum === 0n) return 0;
  const magnitude = roundScaled(sum < 0n ? -sum : sum, e, false);
  return sum < 0n ? -magnitude : magnitude;
}
