// Fixed-point arithmetic on bigints for the correctly rounded float functions (float-pow.ts,
// libm.ts): a bigint v stands for v / 2^P. Each series truncates its terms, so that its error
// is a small number of units, which the callers bound generously.
import { bitLen, frexpExact } from './float-bits';
import { bigSqrt } from './big-sqrt';

/** Σ s^(2k+1)/(2k+1) = atanh(s) for 0 ≤ s < 1 in fixed point; each term truncated (error < 1 unit each). */
export function atanhFixed(s: bigint, P: bigint): bigint {
  const s2 = (s * s) >> P;
  let power = s;
  let sum = s;
  for (let k = 3n; ; k += 2n) {
    power = (power * s2) >> P;
    if (power === 0n) return sum;
    sum += power / k;
  }
}

const ln2Cache = new Map<number, bigint>();

/** ln 2 = 2·atanh(1/3), to P bits (computed with guard bits, then truncated). */
export function ln2Fixed(P: number): bigint {
  let v = ln2Cache.get(P);
  if (v === undefined) {
    const G = BigInt(P + 16);
    v = (2n * atanhFixed((1n << G) / 3n, G)) >> 16n;
    ln2Cache.set(P, v);
  }
  return v;
}

/** ln x for a finite x > 0: x = m·2^e with m in [√½, √2), ln m = 2·atanh((m−1)/(m+1)). */
export function lnFixed(x: number, P: number): bigint {
  const { mantissa, exponent } = frexpExact(x);
  // x = mantissa / 2^sh · 2^e with the quotient in [1, 2); halve it when above √2.
  let sh = bitLen(mantissa) - 1;
  let e = exponent + sh;
  if (mantissa * mantissa > 2n << BigInt(2 * sh)) {
    sh += 1;
    e += 1;
  }
  const one = 1n << BigInt(sh);
  const num = mantissa - one;
  const den = mantissa + one;
  const Pb = BigInt(P);
  const s = ((num < 0n ? -num : num) << Pb) / den;
  const lnM = 2n * atanhFixed(s, Pb);
  return (num < 0n ? -lnM : lnM) + BigInt(e) * ln2Fixed(P);
}

/** exp(r) for 0 ≤ r < 1 in fixed point: the Taylor series, each term truncated. */
export function expFixed(r: bigint, P: bigint): bigint {
  const one = 1n << P;
  let term = one;
  let sum = one;
  for (let k = 1n; ; k++) {
    term = (term * r) / (k << P);
    if (term === 0n) return sum;
    sum += term;
  }
}

const piCache = new Map<number, bigint>();

/** π to P bits (Machin: π = 16·atan(1/5) − 4·atan(1/239)), error below one unit. */
export function piFixed(P: number): bigint {
  let v = piCache.get(P);
  if (v === undefined) {
    const G = BigInt(P + 16);
    const one = 1n << G;
    v = (16n * atanSeries(one / 5n, G) - 4n * atanSeries(one / 239n, G)) >> 16n;
    piCache.set(P, v);
  }
  return v;
}

/** Σ (−1)^k s^(2k+1)/(2k+1) = atan(s) for 0 ≤ s < 1 in fixed point. */
export function atanSeries(s: bigint, P: bigint): bigint {
  const s2 = (s * s) >> P;
  let power = s;
  let sum = s;
  for (let k = 3n; ; k += 2n) {
    power = (power * s2) >> P;
    if (power === 0n) return sum;
    sum += (k & 2n) === 0n ? power / k : -(power / k);
  }
}

/** sin(r) (odd) or cos(r) for |r| ≤ 1 in fixed point: the Taylor series, each term truncated. */
export function sinCosFixed(r: bigint, P: bigint, odd: boolean): bigint {
  const r2 = (r * r) >> P;
  let term = odd ? r : 1n << P;
  let sum = term;
  for (let k = odd ? 2n : 1n; term !== 0n; k += 2n) {
    term = -((term * r2) >> P) / (k * (k + 1n));
    sum += term;
  }
  return sum;
}

/** √v for v ≥ 0 in fixed point. */
export function sqrtFixed(v: bigint, P: bigint): bigint {
  return bigSqrt(v << P);
}

/**
 * atan(num / den) for 0 ≤ num ≤ den in fixed point: the angle halved three times
 * (tan(θ/2) = t / (1 + √(1 + t²))) so that the series converges fast, then doubled back.
 */
export function atanRatioFixed(num: bigint, den: bigint, P: bigint): bigint {
  const one = 1n << P;
  let t = (num << P) / den;
  for (let i = 0; i < 3; i++) t = (t << P) / (one + sqrtFixed(one + ((t * t) >> P), P));
  return atanSeries(t, P) << 3n;
}

/** x (finite) exactly as a fixed-point bigint, or undefined when it has bits below 2^-P. */
export function toFixed(x: number, P: number): bigint | undefined {
  if (x === 0) return 0n;
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  const shift = exponent + P;
  let v: bigint;
  if (shift >= 0) v = mantissa << BigInt(shift);
  else {
    if ((mantissa & ((1n << BigInt(-shift)) - 1n)) !== 0n) return undefined;
    v = mantissa >> BigInt(-shift);
  }
  return x < 0 ? -v : v;
}

/** The number of bits of |v|. */
export function bitLength(v: bigint): number {
  return bitLen(v < 0n ? -v : v);
}
