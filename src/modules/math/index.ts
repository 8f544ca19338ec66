// The math module (Modules/mathmodule.c): every function and constant of CPython 3.13, with its
// argument handling, results and error messages. The C library layer is libm-functions.ts.
import type { PyValue } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction, type NativeFunction } from '../../objects/function';
import { IntSubclassValue, PyFloat, PyTuple } from '../../objects/boxes';
import { FloatType } from '../../objects/builtin-types';
import { overflowError, typeError, valueError, zeroDivisionError } from '../../objects/exceptions';
import { checkArgs, noKeywords } from '../../objects/args';
import { floatToInt } from '../../objects/int-convert';
import { intOf } from '../../objects/numeric-coerce';
import { floatPow } from '../../objects/float-arith';
import { bitLen, divideScaled, frexpExact, pow2, roundScaled } from '../../objects/float-bits';
import { atan2, cos, exp, log, sin } from '../../objects/libm';
import { callMethodDescriptor } from '../../objects/ops/call';
import { indexValue } from '../../objects/ops/index-value';
import { typeOf } from '../../objects/ops/typeof';
import { None } from '../../objects/singletons';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { asDouble, bindPositionalThenKeywords, checkBinary, checkUnary, domainError, rangeError } from './arguments';
import * as libm from './libm-functions';
import { expm1, log1p } from './fdlibm-glibc';
import { comb, factorial, gcd, isqrt, lcm, perm } from './integers';
import { dist, fsum, prod, sumprod, vectorNorm } from './sums';
import { gamma, lgamma } from './gamma';
import { erf, erfc } from './erf';

const float = (x: number): PyFloat => new PyFloat(x);

/** Functions of one real argument, and whether an infinite result is an overflow (math_1's can_overflow). */
const UNARY: readonly [string, (x: number) => number, boolean][] = [
  ['acos', libm.acos, false],
  ['acosh', libm.acosh, false],
  ['asin', libm.asin, false],
  ['asinh', libm.asinh, false],
  ['atan', libm.atan, false],
  ['atanh', libm.atanh, false],
  ['cbrt', libm.cbrt, false],
  ['cos', cos, false],
  ['cosh', libm.cosh, true],
  ['exp', exp, true],
  ['exp2', libm.exp2, true],
  ['expm1', expm1, true],
  ['fabs', Math.abs, false],
  ['log1p', log1p, false],
  ['sin', sin, false],
  ['sinh', libm.sinh, true],
  ['sqrt', Math.sqrt, false],
  ['tan', libm.tan, false],
  ['tanh', libm.tanh, false],
];

/** Functions of one real argument that raise their own errors (CPython's math_1a). */
const UNARY_OWN_ERRORS: readonly [string, (x: number) => number][] = [
  ['erf', erf],
  ['erfc', erfc],
  ['gamma', gamma],
  ['lgamma', lgamma],
];

const view = new DataView(new ArrayBuffer(8));

function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return view.getUint32(0) >>> 31 === 1;
}

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}

/** loghelper: log of an int of any size, through its top bits and its bit length when it is beyond a double. */
function logOf(v: PyValue, f: (x: number) => number): number {
  const n = typeof v === 'object' && !(v instanceof IntSubclassValue) ? undefined : intOf(v);
  if (n === undefined) return checkUnary(asDouble(v), f(asDouble(v)), false);
  if (n <= 0) throw domainError();
  const x = Number(n);
  if (Number.isFinite(x)) return f(x);
  const big = BigInt(n);
  const e = bitLen(big);
  return f(divideScaled(big, 1n, -e)) + f(2) * e;
}

function mathLog(args: PyValue[], kwnames: readonly string[] | null): PyFloat {
  checkArgs('log', args, kwnames, 1, 2);
  const num = logOf(args[0], log);
  if (args.length === 1) return float(num);
  const den = logOf(args[1], log);
  if (den === 0) throw zeroDivisionError('float division by zero');
  return float(num / den);
}

/** math.pow: C99's special values done here, libm's pow for finite arguments. */
function mathPow(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    const r = floatPow(x, y);
    if (r === 'zero' || r === 'complex' || r === undefined) throw domainError();
    if (r === 'overflow') throw rangeError();
    return r.value;
  }
  if (x !== x) return y === 0 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!Number.isFinite(x)) {
    const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
    if (y > 0) return oddY ? x : Math.abs(x);
    if (y === 0) return 1;
    return oddY ? copysign(0, x) : 0;
  }
  const ax = Math.abs(x);
  if (ax === 1) return 1;
  if (y > 0 && ax > 1) return y;
  if (y < 0 && ax < 1) return -y;
  return 0;
}

function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  return checkBinary(x, y, x % y);
}

/** IEEE 754 remainder: x − n·y for the integer n nearest x/y, ties to even; exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domainError();
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) throw domainError();
  return x;
}

/** The double `steps` representable steps from x toward y (nextafter for one step). */
function nextAfter(x: number, y: number, steps: bigint): number {
  if (steps === 0n) return x;
  if (x !== x) return x;
  if (y !== y) return y;
  const SIGN = 1n << 63n;
  let ux = bitsOf(x);
  const uy = bitsOf(y);
  if (ux === uy) return x;
  const ax = ux & ~SIGN;
  const ay = uy & ~SIGN;
  if (((ux ^ uy) & SIGN) !== 0n) {
    if (ax + ay <= steps) return y;
    if (ax < steps) return fromBits((uy & SIGN) | (steps - ax));
    ux -= steps;
    return fromBits(ux);
  }
  if (ax > ay) return ax - ay >= steps ? fromBits(ux - steps) : y;
  return ay - ax >= steps ? fromBits(ux + steps) : y;
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = nextAfter(x, Infinity, 1n);
  if (up === Infinity) return x - nextAfter(x, -Infinity, 1n);
  return up - x;
}

function frexp(x: number): PyTuple {
  if (x === 0 || !Number.isFinite(x)) return new PyTuple([float(x), 0]);
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  const bits = bitLen(mantissa);
  const m = Number(mantissa) * pow2(-bits);
  return new PyTuple([float(x < 0 ? -m : m), exponent + bits]);
}

function ldexp(x: number, iArg: PyValue): number {
  const i = intOf(iArg);
  if (i === undefined || (typeof iArg === 'object' && !(iArg instanceof IntSubclassValue))) {
    throw typeError('Expected an int as second argument to ldexp.');
  }
  if (x === 0 || !Number.isFinite(x)) return x;
  // Past ±5000 every finite x overflows or underflows alike.
  const n = Math.max(-5000, Math.min(5000, Number(i)));
  const { mantissa, exponent } = frexpExact(Math.abs(x));
  const r = roundScaled(mantissa, exponent + n, false);
  if (r === Infinity) throw rangeError();
  return x < 0 ? -r : r;
}

function modf(x: number): PyTuple {
  if (x === Infinity || x === -Infinity) return new PyTuple([float(copysign(0, x)), float(x)]);
  if (x !== x) return new PyTuple([float(x), float(x)]);
  const whole = Math.trunc(x);
  return new PyTuple([float(copysign(x - whole, x)), float(whole)]);
}

/** fma(x, y, z): x·y + z rounded once, with CPython's errors for invalid operations and overflow. */
function fma(x: number, y: number, z: number): number {
  let r: number;
  if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z) && x !== 0 && y !== 0) {
    const a = frexpExact(Math.abs(x));
    const b = frexpExact(Math.abs(y));
    const product = a.mantissa * b.mantissa * ((x < 0) !== (y < 0) ? -1n : 1n);
    const pe = a.exponent + b.exponent;
    let total: bigint;
    let e: number;
    if (z === 0) {
      total = product;
      e = pe;
    } else {
      const c = frexpExact(Math.abs(z));
      const cm = z < 0 ? -c.mantissa : c.mantissa;
      e = Math.min(pe, c.exponent);
      total = (product << BigInt(pe - e)) + (cm << BigInt(c.exponent - e));
    }
    if (total === 0n) r = 0;
    else {
      const m = roundScaled(total < 0n ? -total : total, e, false);
      r = total < 0n ? -m : m;
    }
  } else if (Number.isFinite(x) && Number.isFinite(y)) {
    // A finite product, exact in fma, leaves an infinite or NaN z as it is.
    r = x === 0 || y === 0 ? x * y + z : z;
  } else {
    r = x * y + z;
  }
  if (r !== r && x === x && y === y && z === z) throw valueError('invalid operation in fma');
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) throw overflowError('overflow in fma');
  return r;
}

function isclose(args: PyValue[], kwnames: readonly string[] | null): boolean {
  const [aArg, bArg, relArg, absArg] = bindPositionalThenKeywords('isclose', args, kwnames, ['a', 'b'], ['rel_tol', 'abs_tol'], false);
  const a = asDouble(aArg!);
  const b = asDouble(bArg!);
  const relTol = relArg === undefined ? 1e-9 : asDouble(relArg);
  const absTol = absArg === undefined ? 0 : asDouble(absArg);
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** floor, ceil and trunc: exact floats directly, others through their own method. */
function rounding(name: 'floor' | 'ceil' | 'trunc', f: (x: number) => number): NativeFunction {
  return (args, kwnames) => {
    checkArgs(`math.${name}`, args, kwnames, 1);
    const x = args[0];
    if (x instanceof PyFloat && x.type === FloatType) return floatToInt(f(x.value));
    const method = typeOf(x).lookup(`__${name}__`);
    if (method !== undefined) return callMethodDescriptor(method, x, []);
    if (name === 'trunc') throw typeError(`type ${typeOf(x).name} doesn't define __trunc__ method`);
    return floatToInt(f(asDouble(x)));
  };
}

function makeMathModule(_interp: Interpreter): PyModule {
  const m = new PyModule('math');
  const def = (name: string, fn: NativeFunction): void => m.dict.setStr(name, BuiltinFunction.ofModule('math', name, fn));
  const unary = (name: string, f: (x: number) => number): void =>
    def(name, (args, kwnames) => {
      checkArgs(`math.${name}`, args, kwnames, 1);
      return float(f(asDouble(args[0])));
    });
  const binary = (name: string, f: (x: number, y: number) => number): void =>
    def(name, (args, kwnames) => {
      checkArgs(name, args, kwnames, 2);
      return float(f(asDouble(args[0]), asDouble(args[1])));
    });

  for (const [name, f, canOverflow] of UNARY) unary(name, (x) => checkUnary(x, f(x), canOverflow));
  for (const [name, f] of UNARY_OWN_ERRORS) unary(name, f);
  unary('degrees', (x) => x * (180 / Math.PI));
  unary('radians', (x) => x * (Math.PI / 180));
  unary('ulp', ulp);
  def('isfinite', (args, kwnames) => (checkArgs('math.isfinite', args, kwnames, 1), Number.isFinite(asDouble(args[0]))));
  def('isinf', (args, kwnames) => {
    checkArgs('math.isinf', args, kwnames, 1);
    const x = asDouble(args[0]);
    return x === Infinity || x === -Infinity;
  });
  def('isnan', (args, kwnames) => (checkArgs('math.isnan', args, kwnames, 1), Number.isNaN(asDouble(args[0]))));
  def('log', mathLog);
  def('log2', (args, kwnames) => (checkArgs('math.log2', args, kwnames, 1), float(logOf(args[0], libm.log2))));
  def('log10', (args, kwnames) => (checkArgs('math.log10', args, kwnames, 1), float(logOf(args[0], libm.log10))));
  binary('atan2', (y, x) => atan2(y, x));
  binary('copysign', copysign);
  binary('fmod', fmod);
  binary('remainder', remainder);
  binary('pow', mathPow);
  def('ldexp', (args, kwnames) => {
    checkArgs('ldexp', args, kwnames, 2);
    return float(ldexp(asDouble(args[0]), args[1]));
  });
  def('frexp', (args, kwnames) => (checkArgs('math.frexp', args, kwnames, 1), frexp(asDouble(args[0]))));
  def('modf', (args, kwnames) => (checkArgs('math.modf', args, kwnames, 1), modf(asDouble(args[0]))));
  def('fma', (args, kwnames) => {
    checkArgs('fma', args, kwnames, 3);
    return float(fma(asDouble(args[0]), asDouble(args[1]), asDouble(args[2])));
  });
  def('isclose', isclose);
  def('nextafter', (args, kwnames) => {
    const [x, y, stepsArg] = bindPositionalThenKeywords('nextafter', args, kwnames, ['x', 'y'], ['steps'], true);
    let steps = 1n;
    if (stepsArg !== undefined && stepsArg !== None) {
      steps = BigInt(indexValue(stepsArg));
      if (steps < 0n) throw valueError('steps must be a non-negative integer');
    }
    return float(nextAfter(asDouble(x!), asDouble(y!), steps));
  });
  def('floor', rounding('floor', Math.floor));
  def('ceil', rounding('ceil', Math.ceil));
  def('trunc', rounding('trunc', Math.trunc));
  def('fsum', (args, kwnames) => (checkArgs('math.fsum', args, kwnames, 1), float(fsum(args[0]))));
  def('prod', (args, kwnames) => {
    const [iterable, start] = bindPositionalThenKeywords('prod', args, kwnames, ['iterable'], ['start'], true);
    return prod(iterable!, start ?? 1);
  });
  def('sumprod', (args, kwnames) => (checkArgs('sumprod', args, kwnames, 2), sumprod(args[0], args[1])));
  def('dist', (args, kwnames) => (checkArgs('dist', args, kwnames, 2), float(dist(args[0], args[1]))));
  def('hypot', (args, kwnames) => {
    noKeywords('math.hypot', kwnames);
    return float(vectorNorm(args.map(asDouble)));
  });
  def('gcd', (args, kwnames) => (noKeywords('math.gcd', kwnames), gcd(args)));
  def('lcm', (args, kwnames) => (noKeywords('math.lcm', kwnames), lcm(args)));
  def('isqrt', (args, kwnames) => (checkArgs('math.isqrt', args, kwnames, 1), isqrt(args[0])));
  def('factorial', (args, kwnames) => (checkArgs('math.factorial', args, kwnames, 1), factorial(args[0])));
  def('comb', (args, kwnames) => (checkArgs('comb', args, kwnames, 2), comb(args[0], args[1])));
  def('perm', (args, kwnames) => {
    checkArgs('perm', args, kwnames, 1, 2);
    return perm(args[0], args.length > 1 && args[1] !== None ? args[1] : undefined);
  });
  m.dict.setStr('pi', float(Math.PI));
  m.dict.setStr('e', float(Math.E));
  m.dict.setStr('tau', float(2 * Math.PI));
  m.dict.setStr('inf', float(Infinity));
  m.dict.setStr('nan', float(NaN));
  return m;
}

registerNativeModule('math', makeMathModule);
