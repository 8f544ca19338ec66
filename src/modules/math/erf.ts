// erf and erfc as glibc computes them (fdlibm's method): a rational
// approximation on each of four intervals, chosen by the high 32 bits of x, and for the tails
// exp(−x²) split so that it stays accurate. glibc's results are not correctly rounded, so the
// same approximations, with fdlibm's published coefficients, give the same doubles.
import { exp } from '../../objects/libm';

const view = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** x with its low 32 bits cleared. */
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/**
 * c[0] + c[1]·z + c[2]·z² + … in the order glibc evaluates it: pairs (c[2k] + z·c[2k+1]) weighted
 * by z^(2k) and summed from the lowest, with z⁴ = (z²)², z⁶ = z⁴·z², z⁸ = z⁴·z⁴.
 */
function polynomial(c: readonly number[], z: number): number {
  const z2 = z * z;
  const z4 = z2 * z2;
  const powers = [1, z2, z4, z4 * z2, z4 * z4];
  let sum = 0;
  for (let k = 0; 2 * k < c.length; k++) {
    const pair = 2 * k + 1 < c.length ? c[2 * k] + z * c[2 * k + 1] : c[2 * k];
    sum = k === 0 ? pair : sum + powers[k] * pair;
  }
  return sum;
}

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
// |x| < 0.84375: erf(x) = x + x·P(x²)/Q(x²).
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [1, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
// 0.84375 ≤ |x| < 1.25: erf(x) = erx + P(s)/Q(s), s = |x| − 1.
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.16637559486879084300e-3,
];
const QA = [
  1, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2,
  1.19844998467991074170e-2,
];
// 1.25 ≤ |x| < 1/0.35: erfc(x) = exp(−x² − 0.5625 + R(1/x²)/S(1/x²))/x.
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const SA = [
  1, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
// 1/0.35 ≤ |x| < 28: the same form with other coefficients.
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  1, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

const HIGH_0_84375 = 0x3feb0000;
const HIGH_1_25 = 0x3ff40000;
const HIGH_6 = 0x40180000;
const HIGH_28 = 0x403c0000;

/** x·P/Q on the first interval. */
function smallRatio(x: number): number {
  const z = x * x;
  return polynomial(PP, z) / polynomial(QQ, z);
}

/** P/Q on the second interval. */
function middleRatio(ax: number): number {
  const s = ax - 1;
  return polynomial(PA, s) / polynomial(QA, s);
}

/** erfc(|x|)·|x| for the tails: exp(−x²) computed in two parts to keep its accuracy. */
function tail(ax: number, ix: number, boundary: number): number {
  const s = 1 / (ax * ax);
  const ratio = ix < boundary ? polynomial(RA, s) / polynomial(SA, s) : polynomial(RB, s) / polynomial(SB, s);
  const z = clearLowWord(ax);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + ratio);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < HIGH_0_84375) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + 16 * EFX * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x);
  }
  if (ix < HIGH_1_25) {
    const r = middleRatio(Math.abs(x));
    return hx >= 0 ? ERX + r : -ERX - r;
  }
  if (ix >= HIGH_6) return hx >= 0 ? 1 : -1;
  const ax = Math.abs(x);
  const r = tail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < HIGH_0_84375) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < HIGH_1_25) {
    const r = middleRatio(Math.abs(x));
    return hx >= 0 ? 1 - ERX - r : 1 + (ERX + r);
  }
  if (ix < HIGH_28) {
    if (hx < 0 && ix >= HIGH_6) return 2;
    const ax = Math.abs(x);
    const r = tail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2;
}
