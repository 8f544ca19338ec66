// The complex type's namespace (Objects/complexobject.c): construction, arithmetic with
// complex, float and int operands (each made complex first), == and != (the orderings return
// NotImplemented), hash, repr and format. self is a PyComplex (of complex or a subclass);
// results are plain complex numbers.
import type { PyValue } from './object';
import { ComplexType } from './builtin-types';
import { PyComplex, PyFloat, PyTuple } from './boxes';
import { NotImplemented, None } from './singletons';
import { overflowError, typeError, valueError, zeroDivisionError } from './exceptions';
import { defineMember, defineMethods, defineNew } from './native';
import { cDiff, cProd, cQuot, cSum, type C } from './complex-arith';
import { complexRepr } from './float-repr';
import { hashFloat } from './numeric-hash';
import { complexOf, intOf } from './numeric-coerce';
import { ternaryArgs, wrapperArgs } from './numeric-args';
import { checkArgs } from './args';
import { complexNew } from './complex-convert';
import { complexPowerValue } from './complex-pow';
import { compareDoubleInt } from './float-arith';
import { specText } from './int';
import { formatComplex } from './format';
import { objectId } from './identity';
import { hypot } from './libm';
import { typeOf } from './ops/typeof';
import { str } from './ops/repr';

const self = (v: PyValue): C => {
  const z = v as PyComplex;
  return { re: z.real, im: z.imag };
};
const box = (c: C): PyComplex => new PyComplex(c.re, c.im);

type ComplexOp = (a: C, b: C) => PyValue;

function binary(name: string, op: ComplexOp, reflected: boolean) {
  return (z: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const b = complexOf(args[0]);
    if (b === undefined) return NotImplemented;
    const a = self(z);
    return reflected ? op(b, a) : op(a, b);
  };
}

function binaryPair(name: string, op: ComplexOp): Record<string, ReturnType<typeof binary>> {
  const rname = '__r' + name.slice(2);
  return { [name]: binary(name, op, false), [rname]: binary(rname, op, true) };
}

function unary(name: string, op: (a: C, z: PyComplex) => PyValue) {
  return (z: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 0);
    return op(self(z), z as PyComplex);
  };
}

function divide(a: C, b: C): PyValue {
  const q = cQuot(a, b);
  if (q === undefined) throw zeroDivisionError('complex division by zero');
  return box(q);
}

function power(name: string, reflected: boolean) {
  return (z: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    ternaryArgs(name, args, kwnames);
    const b = complexOf(args[0]);
    if (b === undefined) return NotImplemented;
    if (args.length > 1 && args[1] !== None) throw valueError('complex modulo');
    const a = self(z);
    return reflected ? complexPowerValue(b, a) : complexPowerValue(a, b);
  };
}

/** complex_richcompare for == and !=: an int is compared exactly with a real-valued complex. */
function equal(z: C, other: PyValue): boolean | undefined {
  if (other instanceof PyComplex) return z.re === other.real && z.im === other.imag;
  if (other instanceof PyFloat) return z.re === other.value && z.im === 0;
  const n = intOf(other);
  if (n === undefined) return undefined;
  return z.im === 0 && compareDoubleInt(z.re, n) === 0;
}

function compare(name: string, negate: boolean) {
  return (z: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const r = equal(self(z), args[0]);
    return r === undefined ? NotImplemented : r !== negate;
  };
}

function unordered(name: string) {
  return (_z: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    return NotImplemented;
  };
}

const MASK64 = (1n << 64n) - 1n;

/** complex_hash: hash(real) + 1000003·hash(imag) in 64-bit unsigned arithmetic; -1 becomes -2. */
function complexHash(c: C, z: PyComplex): PyValue {
  const part = (x: number): bigint => BigInt(x !== x ? Math.floor(objectId(z) / 16) : hashFloat(x));
  const combined = BigInt.asIntN(64, (part(c.re) + 1000003n * part(c.im)) & MASK64);
  const h = combined === -1n ? -2n : combined;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

defineNew(ComplexType, complexNew);

defineMethods(ComplexType, {
  ...binaryPair('__add__', (a, b) => box(cSum(a, b))),
  ...binaryPair('__sub__', (a, b) => box(cDiff(a, b))),
  ...binaryPair('__mul__', (a, b) => box(cProd(a, b))),
  ...binaryPair('__truediv__', divide),
  __pow__: power('__pow__', false),
  __rpow__: power('__rpow__', true),
  __eq__: compare('__eq__', false),
  __ne__: compare('__ne__', true),
  __lt__: unordered('__lt__'),
  __le__: unordered('__le__'),
  __gt__: unordered('__gt__'),
  __ge__: unordered('__ge__'),
  __neg__: unary('__neg__', (a) => box({ re: -a.re, im: -a.im })),
  __pos__: unary('__pos__', (a, z) => (z.type === ComplexType ? z : box(a))),
  __abs__: unary('__abs__', (a) => {
    const r = hypot(a.re, a.im);
    if (r === Infinity && Number.isFinite(a.re) && Number.isFinite(a.im)) throw overflowError('absolute value too large');
    return new PyFloat(r);
  }),
  __bool__: unary('__bool__', (a) => a.re !== 0 || a.im !== 0),
  __complex__: unary('__complex__', (a, z) => (z.type === ComplexType ? z : box(a))),
  __hash__: unary('__hash__', complexHash),
  __repr__: unary('__repr__', (a) => complexRepr(a.re, a.im)),
  __getnewargs__: unary('__getnewargs__', (a) => new PyTuple([new PyFloat(a.re), new PyFloat(a.im)])),
  conjugate(z, args, kwnames) {
    checkArgs('complex.conjugate', args, kwnames, 0);
    const a = self(z);
    return box({ re: a.re, im: -a.im });
  },
  __format__(z, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('complex.__format__() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`complex.__format__() takes exactly one argument (${args.length} given)`);
    const spec = specText(args[0]);
    if (spec === '') return str(z);
    const a = self(z);
    return formatComplex(a.re, a.im, spec, typeOf(z).name);
  },
});

defineMember(ComplexType, 'real', (z) => new PyFloat((z as PyComplex).real));
defineMember(ComplexType, 'imag', (z) => new PyFloat((z as PyComplex).imag));
