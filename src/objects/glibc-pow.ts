// glibc's pow, step by step: the result CPython gets from the C library on x86-64 machines
// with FMA (glibc's __ieee754_pow_fma, from ARM's optimized-routines, where the compiler fused
// the multiply-adds that are fused here), so that its result is glibc's to the last bit,
// including the points halfway between two doubles where glibc is not correctly rounded.
// float-pow.ts hands it every x ** y its fast paths (y = 1, 2, 0.5, -1) cannot settle.
//
// It covers what float ** hands to pow: finite x > 0 with x != 1, finite y != 0.
import { fma } from './fma';
import { EXP_DATA, POW_LOG_DATA } from './glibc-pow-tables';

const view = new DataView(new ArrayBuffer(8));

function doubleOf(bits: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/** The high word (sign, exponent, top of the mantissa) of x's bits. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0);
}

function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

function fromWords(high: number, low: number): number {
  view.setUint32(0, high >>> 0);
  view.setUint32(4, low >>> 0);
  return view.getFloat64(0);
}

const word = (hex: string): number => doubleOf(BigInt(`0x${hex}`));

/** Half the gaps between |x| and the doubles above and below it. */
export function halfGaps(x: number): [number, number] {
  const high = highWord(x);
  const exponent = (high >>> 20) & 0x7ff;
  if (exponent <= 1) return [2 ** -1075, 2 ** -1075];
  const up = 2 ** (exponent - 1076);
  const powerOfTwo = (high & 0xfffff) === 0 && lowWord(x) === 0;
  return [up, powerOfTwo ? up / 2 : up];
}

// __pow_log_data: ln2hi, ln2lo, poly A[0..6], then {invc, pad, logc, logctail} × 128.
const LN2_HI = word(POW_LOG_DATA[0]);
const LN2_LO = word(POW_LOG_DATA[1]);
const A = POW_LOG_DATA.slice(2, 9).map(word);
const LOG_TABLE = Float64Array.from(POW_LOG_DATA.slice(9), word);

// __exp_data: invln2N, negln2hiN, negln2loN, poly C2..C5, shift, …, then from word 14, for each
// k < 128, tail(k) and the bits of 2^(k/128) less k << 45 (kept as their two 32-bit halves).
const INV_LN2_N = word(EXP_DATA[0]);
const NEG_LN2_HI_N = word(EXP_DATA[1]);
const NEG_LN2_LO_N = word(EXP_DATA[2]);
const [C2, C3, C4, C5] = EXP_DATA.slice(3, 7).map(word);
const SHIFT = word(EXP_DATA[7]);
const EXP_TAIL = Float64Array.from({ length: 128 }, (_, k) => word(EXP_DATA[14 + 2 * k]));
const EXP_SCALE_HIGH = Uint32Array.from({ length: 128 }, (_, k) => parseInt(EXP_DATA[15 + 2 * k].slice(0, 8), 16));
const EXP_SCALE_LOW = Uint32Array.from({ length: 128 }, (_, k) => parseInt(EXP_DATA[15 + 2 * k].slice(8), 16));

const OFF_HIGH = 0x3fe69555;

/** log(x) as hi + tail, about 68 bits, for the bits of x (subnormals normalized) as two words. */
function logInline(ixHigh: number, ixLow: number): [number, number] {
  const tmpHigh = (ixHigh - OFF_HIGH) | 0;
  const i = (tmpHigh >>> 13) & 0x7f;
  const kd = tmpHigh >> 20;
  const z = fromWords((ixHigh - (tmpHigh & 0xfff00000)) | 0, ixLow);
  const invc = LOG_TABLE[4 * i];
  const logc = LOG_TABLE[4 * i + 2];
  const logctail = LOG_TABLE[4 * i + 3];
  const t1 = fma(kd, LN2_HI, logc);
  const lo1 = fma(kd, LN2_LO, logctail);
  const r = fma(z, invc, -1);
  const ar = r * A[0];
  const q1 = fma(r, A[2], A[1]);
  const q2 = fma(r, A[4], A[3]);
  const t2 = r + t1;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo2 = t1 - t2 + r;
  const q3 = fma(r, A[6], A[5]);
  const hi = t2 + ar2;
  const s1 = fma(q3, ar2, q2);
  const lo4 = t2 - hi + ar2;
  const s2 = fma(ar2, s1, q1);
  const lo = fma(ar3, s2, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  return [y, hi - y + lo];
}

/** The result when exp's scale may overflow or reach the subnormals (specialcase). */
function expSpecialCase(tmp: number, scaleHigh: number, scaleLow: number, k: number): number {
  if ((k & 0x80000000) === 0) {
    const scale = fromWords((scaleHigh - (1009 << 20)) | 0, scaleLow);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  const signedHigh = (scaleHigh + (1022 << 20)) | 0;
  const scale = fromWords(signedHigh, scaleLow);
  const product = tmp * scale;
  let y = scale + product;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    let lo = scale - y + product;
    const hi = y + one;
    lo = one - hi + y + lo;
    y = lo + hi - one;
    if (y === 0) y = signedHigh < 0 ? -0 : 0;
  }
  return y * 2 ** -1022;
}

/** exp(x + xtail) (exp_inline with a positive sign). */
function expInline(x: number, xtail: number): number {
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x3f) {
    if (abstop - 0x3c9 < 0) return 1 + x;
    if (abstop >= 0x409) return x < 0 ? 0 : Infinity;
    abstop = 0;
  }
  const shifted = fma(x, INV_LN2_N, SHIFT);
  // The low word of the shifted value holds k, the multiple of ln2/128 nearest to x.
  const k = lowWord(shifted);
  const kd = shifted - SHIFT;
  const r = xtail + fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = k & 0x7f;
  const scaleHigh = (EXP_SCALE_HIGH[idx] + (k << 13)) | 0;
  const scaleLow = EXP_SCALE_LOW[idx];
  const r2 = r * r;
  const tmp = fma(fma(r, C5, C4), r2 * r2, fma(fma(r, C3, C2), r2, r + EXP_TAIL[idx]));
  if (abstop === 0) return expSpecialCase(tmp, scaleHigh, scaleLow, k);
  const scale = fromWords(scaleHigh, scaleLow);
  return fma(tmp, scale, scale);
}

/** glibc's pow(x, y) for finite x > 0, x != 1, and finite y != 0; Infinity on overflow. */
export function glibcPow(x: number, y: number): number {
  let ixHigh = highWord(x);
  let ixLow = lowWord(x);
  const topy = (highWord(y) >>> 20) & 0x7ff;
  if (((topy - 0x3be) >>> 0) >= 0x80) {
    // |y| < 2^-65: x^y is 1 ± y·log x to within rounding; |y| ≥ 2^63: overflow or underflow.
    const above = x > 1;
    if (topy < 0x3be) return above ? 1 + y : 1 - y;
    return above === y > 0 ? Infinity : 0;
  }
  if (ixHigh >>> 20 === 0) {
    const normalized = x * 2 ** 52;
    ixHigh = ((highWord(normalized) & 0x7fffffff) - (52 << 20)) | 0;
    ixLow = lowWord(normalized);
  }
  const [hi, tail] = logInline(ixHigh, ixLow);
  const ehi = y * hi;
  const elo = fma(y, tail, fma(hi, y, -ehi));
  return expInline(ehi, elo);
}
