// The math module's integer functions: gcd, lcm, isqrt, factorial, comb, perm. Arguments go
// through __index__ (so floats are refused with "'float' object cannot be interpreted as an
// integer"); results are exact ints.
import type { PyInt, PyValue } from '../../objects/object';
import { overflowError, valueError } from '../../objects/exceptions';
import { canonical } from '../../objects/int-arith';
import { indexValue } from '../../objects/ops/index-value';
import { bigSqrt } from '../../objects/big-sqrt';
import { withBigIntLimit } from '../../objects/numeric-coerce';

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function gcdOf(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function gcd(args: readonly PyValue[]): PyInt {
  let g = 0n;
  for (const a of args) g = gcdOf(g, abs(BigInt(indexValue(a))));
  return canonical(g);
}

export function lcm(args: readonly PyValue[]): PyInt {
  let l = 1n;
  for (const a of args) {
    const v = abs(BigInt(indexValue(a)));
    l = l === 0n || v === 0n ? 0n : (l / gcdOf(l, v)) * v;
  }
  return canonical(l);
}

export function isqrt(n: PyValue): PyInt {
  const v = BigInt(indexValue(n));
  if (v < 0n) throw valueError('isqrt() argument must be nonnegative');
  return canonical(bigSqrt(v));
}

/** The product lo·(lo+1)·…·hi, split in halves so that the multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

const LLONG_MAX = 9223372036854775807n;

export function factorial(n: PyValue): PyInt {
  const v = BigInt(indexValue(n));
  if (v < 0n) throw valueError('factorial() not defined for negative values');
  if (v > LLONG_MAX) throw overflowError(`factorial() argument should not exceed ${LLONG_MAX}`);
  return withBigIntLimit(() => canonical(rangeProduct(2n, v)));
}

function nonNegative(v: PyValue, which: 'n' | 'k'): bigint {
  const x = BigInt(indexValue(v));
  if (x < 0n) throw valueError(`${which} must be a non-negative integer`);
  return x;
}

export function comb(nArg: PyValue, kArg: PyValue): PyInt {
  const n = nonNegative(nArg, 'n');
  let k = nonNegative(kArg, 'k');
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  // C(n, k) = (n−k+1)·…·n / k!, both products exact.
  return withBigIntLimit(() => canonical(rangeProduct(n - k + 1n, n) / rangeProduct(2n, k)));
}

export function perm(nArg: PyValue, kArg: PyValue | undefined): PyInt {
  if (kArg === undefined) return factorial(nArg);
  const n = nonNegative(nArg, 'n');
  const k = nonNegative(kArg, 'k');
  if (k > n) return 0;
  return withBigIntLimit(() => canonical(rangeProduct(n - k + 1n, n)));
}
