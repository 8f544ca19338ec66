// C library functions whose last bit shows in CPython's output (complex **, and the math
// module's), correctly rounded as glibc computes them in all but vanishingly rare cases. JS's
// Math versions are off by an ulp in a few percent of cases: V8's Math.hypot(1e100, 1e100) is
// 1.4142135623730952e+100 where glibc's hypot gives 1.414213562373095e+100. hypot and exp
// repeat glibc's own algorithms, which are not correctly rounded; each other function
// evaluates in bigint fixed point and retries with twice the precision while the result's
// rounding is not certain (Ziv's strategy).
import { frexpExact, roundScaled } from './float-bits';
import { atanRatioFixed, lnFixed, piFixed, sinCosFixed, toFixed } from './fixed-point';

/**
 * hypot(x, y) as glibc (2.35 and later, built without FMA) computes it, which is not always
 * correctly rounded (hypot(0.3, 0.5) is 0.58309518948453, one ulp below): sqrt(x² + y²) and
 * one correction step from the rounding errors of the squares (Borges, "An Improved Algorithm
 * for hypot(a,b)", 2019), after scaling operands that are huge or tiny.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return x === Infinity || x === -Infinity || y === Infinity || y === -Infinity ? Infinity : NaN;
  }
  const a = Math.abs(x);
  const b = Math.abs(y);
  const big = a < b ? b : a;
  const small = a < b ? a : b;
  if (big > HYPOT_LARGE) {
    if (small <= big * HYPOT_EPS) return big + small;
    return hypotKernel(big * HYPOT_SCALE, small * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (small < HYPOT_TINY) {
    if (big >= small / HYPOT_EPS) return big + small;
    return hypotKernel(big / HYPOT_SCALE, small / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (small <= big * HYPOT_EPS) return big + small;
  return hypotKernel(big, small);
}

/** Beyond these the squares could overflow or underflow, so the operands are scaled by 2^±600. */
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_SCALE = 2 ** -600;
/** Below this ratio the smaller operand cannot change the result. */
const HYPOT_EPS = 2 ** -54;

/** sqrt(ax² + ay²) corrected once, for ax ≥ ay ≥ 0 whose squares neither overflow nor underflow. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

/**
 * The double nearest to v·2^scale (v signed, known to within ±err units), or undefined when
 * v − err and v + err round differently: Ziv's test, after which the caller retries with more
 * precision.
 */
function roundFixed(v: bigint, err: bigint, scale: number): number | undefined {
  const negative = v < 0n;
  const a = negative ? -v : v;
  if (a <= err) return undefined;
  const lo = roundScaled(a - err, scale, false);
  const hi = roundScaled(a + err, scale, false);
  if (lo !== hi) return undefined;
  return negative ? -lo : lo;
}

/** Precision (fractional bits) of the first attempt, and past which an attempt is the last. */
const FIRST_PRECISION = 128;
const LAST_PRECISION = 1 << 14;

/** Runs `attempt` with doubling precision until its result is certain. */
export function ziv(attempt: (P: number) => [bigint, bigint, number]): number {
  for (let P = FIRST_PRECISION; ; P *= 2) {
    const [v, err, scale] = attempt(P);
    const r = roundFixed(v, err, scale);
    if (r !== undefined) return r;
    if (P >= LAST_PRECISION) return v < 0n ? -roundScaled(-v, scale, false) : roundScaled(v, scale, false);
  }
}

/** e^x as glibc computes it (not always correctly rounded; see glibc-exp.ts). */
export { exp } from './glibc-exp';

/** The natural logarithm correctly rounded (NaN for negative x, as the C function). */
export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  const { exponent } = frexpExact(x);
  return ziv((P) => [lnFixed(x, P), BigInt(P + 2 * Math.abs(exponent) + 64), -P]);
}

/** sin(x) or cos(x) correctly rounded: x reduced modulo π/2 with enough bits of π. */
function sinOrCos(x: number, wantSin: boolean): number {
  if (!Number.isFinite(x)) return NaN;
  const ax = Math.abs(x);
  // sin x = x − x³/6 and cos x = 1 − x²/2 + …: within half an ulp of x and 1 below these.
  if (ax < 2 ** -27) return wantSin ? x : 1;
  const { exponent } = frexpExact(ax);
  return ziv((P) => {
    // Enough bits beyond P that k·(error of π/2) stays below a unit.
    const Q = P + Math.max(0, exponent + 53) + 16;
    const X = toFixed(ax, Q)!;
    const halfPi = piFixed(Q + 1) >> 2n;
    const k = (2n * X + halfPi) / (2n * halfPi);
    const r = (X - k * halfPi) >> BigInt(Q - P);
    // sin(x) is sin r, cos r, −sin r, −cos r as k is 0, 1, 2, 3 mod 4; cos(x) one step ahead.
    const q = (Number(k & 3n) + (wantSin ? 0 : 1)) & 3;
    let v = sinCosFixed(r, BigInt(P), (q & 1) === 0);
    if (q >= 2) v = -v;
    if (wantSin && x < 0) v = -v;
    return [v, 64n, -P];
  });
}

export function sin(x: number): number {
  return sinOrCos(x, true);
}

export function cos(x: number): number {
  return sinOrCos(x, false);
}

const fieldView = new DataView(new ArrayBuffer(8));

/** The biased exponent field of a double (0 for zeros and subnormals). */
function exponentField(x: number): number {
  fieldView.setFloat64(0, x);
  return (fieldView.getUint16(0) >>> 4) & 0x7ff;
}

/** atan2(y, x) correctly rounded, with C99's values for zeros and infinities. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const yNegative = y < 0 || Object.is(y, -0);
  const xNegative = x < 0 || Object.is(x, -0);
  const signed = (v: number): number => (yNegative ? -v : v);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (ay === Infinity) {
    if (ax === Infinity) return signed(xNegative ? 2.356194490192345 : Math.PI / 4);
    return signed(Math.PI / 2);
  }
  if (ax === Infinity) return signed(xNegative ? Math.PI : 0);
  if (ay === 0) return signed(xNegative ? Math.PI : 0);
  if (ax === 0) return signed(Math.PI / 2);
  // glibc returns the quotient itself when |y| is 2^57 times smaller than a positive x (by
  // exponent fields), which differs from the rounded arctangent when a subnormal quotient is a tie.
  if (!xNegative && exponentField(ay) - exponentField(ax) <= -57) return signed(ay / ax);
  const fy = frexpExact(ay);
  const fx = frexpExact(ax);
  // ay/ax = (my/mx)·2^d; a tiny ratio needs as many more bits to keep its precision.
  const d = fy.exponent - fx.exponent;
  const steep = ay > ax;
  const small = steep ? -d : d;
  if (small < -1200) {
    // The ratio is far below the smallest double: the angle is 0, π/2 or π (or underflows).
    if (!steep) return signed(xNegative ? Math.PI : 0);
    return signed(Math.PI / 2);
  }
  return ziv((P0) => {
    const P = P0 + Math.max(0, -small);
    const Pb = BigInt(P);
    let num = steep ? fx.mantissa : fy.mantissa;
    let den = steep ? fy.mantissa : fx.mantissa;
    if (small >= 0) num <<= BigInt(small);
    else den <<= BigInt(-small);
    let theta = atanRatioFixed(num, den, Pb);
    if (steep) theta = (piFixed(P + 1) >> 2n) - theta;
    if (xNegative) theta = (piFixed(P + 1) >> 1n) - theta;
    return [yNegative ? -theta : theta, 1024n, -P];
  });
}
