// The float type's namespace (Objects/floatobject.c): construction, arithmetic with floats and
// ints (an int operand converted to a double, OverflowError when it is too large), exact
// comparison with ints of any size, and the conversions. self is a PyFloat (of float or a
// subclass); results are plain floats.
import type { PyValue } from './object';
import { FloatType } from './builtin-types';
import { PyFloat, PyTuple } from './boxes';
import { NotImplemented, None } from './singletons';
import { typeError, zeroDivisionError } from './exceptions';
import { defineMethods, defineNew } from './native';
import { compareDoubleInt, floatDivmod, floatMod } from './float-arith';
import { floatRepr } from './float-repr';
import { hashFloat } from './numeric-hash';
import { doubleOf, intOf } from './numeric-coerce';
import { ternaryArgs, wrapperArgs } from './numeric-args';
import { floatNew } from './float-convert';
import { floatToInt } from './int-convert';
import { floatPowOrThrow } from './int-pow';
import { complexPowerValue } from './complex-pow';
import { specText } from './int';
import { formatFloat } from './format';
import { objectId } from './identity';
import { typeOf } from './ops/typeof';
import { str } from './ops/repr';
import './float-methods';

const fl = (x: number): PyFloat => new PyFloat(x);

/** The value of `self`: the descriptor already checked that it is a float. */
export function selfDouble(self: PyValue): number {
  return (self as PyFloat).value;
}

type FloatOp = (a: number, b: number) => PyValue;

function binary(name: string, op: FloatOp, reflected: boolean) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const b = doubleOf(args[0]);
    if (b === undefined) return NotImplemented;
    const a = selfDouble(self);
    return reflected ? op(b, a) : op(a, b);
  };
}

function binaryPair(name: string, op: FloatOp): Record<string, ReturnType<typeof binary>> {
  const rname = '__r' + name.slice(2);
  return { [name]: binary(name, op, false), [rname]: binary(rname, op, true) };
}

function unary(name: string, op: (a: number, self: PyValue) => PyValue) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 0);
    return op(selfDouble(self), self);
  };
}

function divide(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return fl(a / b);
}

function floorDivide(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return fl(floatDivmod(a, b)[0]);
}

function modulo(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float modulo by zero');
  return fl(floatMod(a, b));
}

function divmod(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('float divmod()');
  const [q, r] = floatDivmod(a, b);
  return new PyTuple([fl(q), fl(r)]);
}

/** float_pow for doubles: a negative base to a fractional power is complex ** instead. */
export function floatPower(a: number, b: number): PyValue {
  const r = floatPowOrThrow(a, b);
  if (r === 'complex') return complexPowerValue({ re: a, im: 0 }, { re: b, im: 0 });
  return fl(r);
}

function power(name: string, reflected: boolean) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    ternaryArgs(name, args, kwnames);
    if (args.length > 1 && args[1] !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    const b = doubleOf(args[0]);
    if (b === undefined) return NotImplemented;
    const a = selfDouble(self);
    return reflected ? floatPower(b, a) : floatPower(a, b);
  };
}

/** float_richcompare: against a float or an int, else NotImplemented. */
function compare(name: string, test: (c: number) => boolean) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const other = args[0];
    const x = selfDouble(self);
    let c: number;
    if (other instanceof PyFloat) {
      const y = other.value;
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    } else {
      const n = intOf(other);
      if (n === undefined) return NotImplemented;
      c = compareDoubleInt(x, n);
    }
    // Every comparison with a NaN is false, but !=.
    return c !== c ? name === '__ne__' : test(c);
  };
}

defineNew(FloatType, floatNew);

defineMethods(FloatType, {
  ...binaryPair('__add__', (a, b) => fl(a + b)),
  ...binaryPair('__sub__', (a, b) => fl(a - b)),
  ...binaryPair('__mul__', (a, b) => fl(a * b)),
  ...binaryPair('__truediv__', divide),
  ...binaryPair('__floordiv__', floorDivide),
  ...binaryPair('__mod__', modulo),
  ...binaryPair('__divmod__', divmod),
  __pow__: power('__pow__', false),
  __rpow__: power('__rpow__', true),
  __eq__: compare('__eq__', (c) => c === 0),
  __ne__: compare('__ne__', (c) => c !== 0),
  __lt__: compare('__lt__', (c) => c < 0),
  __le__: compare('__le__', (c) => c <= 0),
  __gt__: compare('__gt__', (c) => c > 0),
  __ge__: compare('__ge__', (c) => c >= 0),
  __neg__: unary('__neg__', (a) => fl(-a)),
  __pos__: unary('__pos__', (a, self) => ((self as PyFloat).type === FloatType ? self : fl(a))),
  __abs__: unary('__abs__', (a) => fl(Math.abs(a))),
  __bool__: unary('__bool__', (a) => a !== 0),
  __int__: unary('__int__', floatToInt),
  __trunc__: unary('__trunc__', floatToInt),
  __floor__: unary('__floor__', (a) => floatToInt(Math.floor(a))),
  __ceil__: unary('__ceil__', (a) => floatToInt(Math.ceil(a))),
  __float__: unary('__float__', (a, self) => ((self as PyFloat).type === FloatType ? self : fl(a))),
  __hash__: unary('__hash__', (a, self) => (a !== a ? Math.floor(objectId(self) / 16) : hashFloat(a))),
  __repr__: unary('__repr__', (a) => floatRepr(a)),
  __getnewargs__: unary('__getnewargs__', (a) => new PyTuple([fl(a)])),
  __format__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('float.__format__() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`float.__format__() takes exactly one argument (${args.length} given)`);
    const spec = specText(args[0]);
    if (spec === '') return str(self);
    return formatFloat(selfDouble(self), spec, typeOf(self).name);
  },
});
