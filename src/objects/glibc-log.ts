// glibc's log: the result CPython's math.log, cmath and complex ** get on x86-64 machines with
// FMA (glibc 2.36's __ieee754_log_fma, from ARM's optimized-routines, with the products fused
// into the additions where GCC fused them). It is not always correctly rounded
// (log(0.9752929306664697) is -0.025017411398662703 in glibc, -0.025017411398662707 correctly
// rounded), so it is reproduced step by step: log x = k·ln2 + log c + log1p(z/c − 1) with c
// from a table of 128 entries, and a separate polynomial for x near 1.
import { LOG_DATA } from './glibc-log-table';
import { fma } from './fma';

const view = new DataView(new ArrayBuffer(8));

const word = (hex: string): number => {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};

// __log_data: ln2hi, ln2lo, A[0..4], B[0..10], then {invc, logc} × 128.
const LN2_HI = word(LOG_DATA[0]);
const LN2_LO = word(LOG_DATA[1]);
const A = LOG_DATA.slice(2, 7).map(word);
const B = LOG_DATA.slice(7, 18).map(word);
const INVC: number[] = [];
const LOGC: number[] = [];
for (let i = 0; i < 128; i++) {
  INVC.push(word(LOG_DATA[18 + 2 * i]));
  LOGC.push(word(LOG_DATA[19 + 2 * i]));
}

/** The bits of 1 − 2^-4 and 1 + 0x1.09p-4: between them x is "near 1". */
const NEAR_ONE_LOW = 0x3fee0000_00000000n;
const NEAR_ONE_SPAN = 0x3ff10900_00000000n - NEAR_ONE_LOW;
/** Subtracted from x's bits so that the table index and exponent fall out of them. */
const OFF = 0x3fe60000_00000000n;

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

export function log(x: number): number {
  let ix = bitsOf(x);
  if (ix - NEAR_ONE_LOW < NEAR_ONE_SPAN && ix >= NEAR_ONE_LOW) return logNearOne(x);
  const top = Number(ix >> 48n);
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    // Zero, subnormal, negative, infinite or NaN.
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (x !== x || x < 0) return NaN;
    ix = bitsOf(x * 2 ** 52) - (52n << 52n);
  }
  const tmp = BigInt.asUintN(64, ix - OFF);
  const i = Number((tmp >> 45n) & 127n);
  const k = Number(BigInt.asIntN(64, tmp) >> 52n);
  const z = fromBits(ix - (tmp & (0xfffn << 52n)));
  // log(x) = log1p(z/c − 1) + log(c) + k·ln2, with r = z/c − 1 rounded once.
  const r = fma(z, INVC[i], -1);
  const w = fma(k, LN2_HI, LOGC[i]);
  const hi = w + r;
  const lo = fma(k, LN2_LO, w - hi + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(r * r2, p, fma(r2, A[0], lo)) + hi;
}

/** 1 − 2^-4 ≤ x < 1 + 0x1.09p-4: a polynomial in r = x − 1, its first terms in extra precision. */
function logNearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const inner = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const middle = fma(r3, inner, fma(r2, B[6], fma(r, B[5], B[4])));
  const outer = fma(r3, middle, fma(r2, B[3], fma(r, B[2], B[1])));
  // r = rhi + rlo with rhi of 26 bits, so that rhi² is exact; B[0] is −1/2.
  const w = r * 2 ** 27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = fma(rhi2, B[0], r);
  let lo = fma(rhi2, B[0], r - hi);
  lo = fma(B[0] * rlo, rhi + r, lo);
  return hi + fma(outer, r3, lo);
}
