// glibc's exp: the result CPython's math.exp, cmath and complex ** get on x86-64 machines with
// FMA (glibc 2.36's __ieee754_exp_fma, from ARM's optimized-routines, with the products fused
// into the additions where GCC fused them). It is not correctly rounded: about one result in a
// thousand is one ulp from the correctly rounded one (exp(36.61516842470313) is
// 7975641065208666 in glibc, 7975641065208665 correctly rounded), so it is reproduced step by
// step: e^x = 2^(k/128) · e^r with |r| ≤ ln2/256, 2^(k/128) from a table, e^r a polynomial.
import { EXP_DATA } from './glibc-pow-tables';
import { fma } from './fma';

const words = new DataView(new ArrayBuffer(8));

function fromWords(hi: number, lo: number): number {
  words.setInt32(0, hi | 0);
  words.setInt32(4, lo | 0);
  return words.getFloat64(0);
}

const word = (hex: string): number => fromWords(parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8), 16));

// __exp_data: invln2N, negln2hiN, negln2loN, poly C2..C5, shift, …, then from word 14 the
// table: for each k < 128 the tail T[k] and the bits of H[k] less k << 45, where
// 2^(k/128) ≈ H[k]·(1 + T[k]).
const INV_LN2_N = word(EXP_DATA[0]);
const NEG_LN2_HI_N = word(EXP_DATA[1]);
const NEG_LN2_LO_N = word(EXP_DATA[2]);
const [C2, C3, C4, C5] = EXP_DATA.slice(3, 7).map(word);
const SHIFT = word(EXP_DATA[7]);
const TAIL: number[] = [];
const SCALE_HI: number[] = [];
const SCALE_LO: number[] = [];
for (let k = 0; k < 128; k++) {
  TAIL.push(word(EXP_DATA[14 + 2 * k]));
  const bits = EXP_DATA[15 + 2 * k];
  SCALE_HI.push(parseInt(bits.slice(0, 8), 16));
  SCALE_LO.push(parseInt(bits.slice(8), 16));
}

function exponentField(x: number): number {
  words.setFloat64(0, x);
  return (words.getUint32(0) >>> 20) & 0x7ff;
}

export function exp(x: number): number {
  const abstop = exponentField(x);
  let large = false;
  // Outside 2^-54 ≤ |x| < 512: tiny, huge, infinite and NaN arguments.
  if (((abstop - 0x3c9) >>> 0) >= 0x3f) {
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop === 0x7ff) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    large = true;
  }
  const shifted = fma(x, INV_LN2_N, SHIFT);
  const kd = shifted - SHIFT;
  const k = kd; // an integer, |k| < 2^18
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const i = k & 127;
  // The bits of 2^(k/128): the table's, with k/128's integer part added to the exponent.
  const scaleHi = SCALE_HI[i] + k * 8192;
  const scaleLo = SCALE_LO[i];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, r + TAIL[i]));
  if (large) return expLarge(tmp, scaleHi, scaleLo, k);
  const scale = fromWords(scaleHi, scaleLo);
  return fma(scale, tmp, scale);
}

/** 512 ≤ |x| < 1024: the scale's exponent may be out of range, so it is applied in two steps. */
function expLarge(tmp: number, scaleHi: number, scaleLo: number, k: number): number {
  if (k >= 0) {
    const scale = fromWords(scaleHi - (1009 << 20), scaleLo);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  const scale = fromWords(scaleHi + (1022 << 20), scaleLo);
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1) {
    // Round to the final precision before scaling into the subnormals (no double rounding).
    const hi = 1 + y;
    let lo = scale - y + product;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}
