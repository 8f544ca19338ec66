// math.gamma and math.lgamma as CPython computes them (its own m_tgamma and m_lgamma, not the
// C library's): Lanczos' approximation with N = 13 and g ≈ 6.0247 as a rational function, a
// correction for the rounding of x + g − 0.5, and the reflection formula for negative x. The
// exp, log, pow, sin and cos underneath are glibc's, which the correctly rounded versions match.
import { cos, exp, log, sin } from '../../objects/libm';
import { powRounded } from '../../objects/float-pow';
import { domainError, rangeError } from './arguments';

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUMERATOR = [
  23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093, 35711959237.35566804944018545154716670596,
  17921034426.03720969991975575445893111267, 6039542586.35202800506429164430729792107, 1439720407.311721673663223072794912393972,
  248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287, 2876370.628935372441225409051620849613599,
  186056.2653952234950402949897160456992822, 8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
  2.506628274631000270164908177133837338626,
];
// x·(x+1)·…·(x+11) expanded: the coefficients of the rational function's denominator.
const LANCZOS_DENOMINATOR = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];
const PI = 3.141592653589793;
const LOG_PI = 1.144729885849400174143427351353058711647;

/** The Lanczos sum for x > 0, evaluated in 1/x past 5 so that it cannot overflow. */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUMERATOR.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUMERATOR[i];
      den = den * x + LANCZOS_DENOMINATOR[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUMERATOR.length; i++) {
      num = num / x + LANCZOS_NUMERATOR[i];
      den = den / x + LANCZOS_DENOMINATOR[i];
    }
  }
  return num / den;
}

/** sin(πx) for finite x, exact at the multiples of ½ (CPython's m_sinpi). */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = sin(PI * y);
      break;
    case 1:
      r = cos(PI * (y - 0.5));
      break;
    case 2:
      r = sin(PI * (1 - y));
      break;
    case 3:
      r = -cos(PI * (y - 1.5));
      break;
    default:
      r = sin(PI * (y - 2));
  }
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** Γ(n) for n = 1 … 23, exact as doubles. */
const GAMMA_OF_INTEGER: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_OF_INTEGER.push(f);
  f *= i + 1;
}

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return GAMMA_OF_INTEGER[x - 1];
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (ax > 200) {
    if (x < 0) return 0 / sinPi(x);
    throw rangeError();
  }
  const y = ax + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, scaled: the correction term of the Lanczos formula.
  const z = ((ax > LANCZOS_G_MINUS_HALF ? y - ax - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - ax) * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinPi(ax)) / ax) * exp(y)) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140) r /= powRounded(y, ax - 0.5);
    else {
      const half = powRounded(y, ax / 2 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczosSum(ax) / exp(y);
    r += z * r;
    if (ax < 140) r *= powRounded(y, ax - 0.5);
    else {
      const half = powRounded(y, ax / 2 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return -log(ax);
  let r = log(lanczosSum(ax)) - LANCZOS_G;
  r += (ax - 0.5) * (log(ax + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - log(Math.abs(sinPi(ax))) - log(ax) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}
