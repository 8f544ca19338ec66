// The int type's namespace (Objects/longobject.c): construction, arithmetic, comparison and
// conversion dunders for int, bool and int subclasses (self is a number, bigint, boolean or
// IntSubclassValue). Another operand that is not int-like makes a binary dunder return
// NotImplemented, so that float and complex take mixed arithmetic from the right.
import type { PyInt, PyValue } from './object';
import { IntType } from './builtin-types';
import { PyFloat, PyTuple, StrSubclassValue } from './boxes';
import { NotImplemented, None } from './singletons';
import { overflowError, typeError, valueError, zeroDivisionError } from './exceptions';
import { defineMethods, defineNew } from './native';
import {
  intAbs,
  intAdd,
  intAnd,
  intBitLength,
  intFloorDivide,
  intInvert,
  intLShift,
  intMul,
  intNegate,
  intOr,
  intRShift,
  intRemainder,
  intSub,
  intTrueDivide,
  intXor,
  isNegative,
  isZero,
} from './int-arith';
import { intRepr, registerIntLimitError } from './int-repr';
import { hashInt } from './numeric-hash';
import { intAsDouble, intOf, withBigIntLimit } from './numeric-coerce';
import { wrapperArgs } from './numeric-args';
import { intNew } from './int-convert';
import { intPower } from './int-pow';
import { intRound } from './int-round';
import { formatInt } from './format';
import { typeOf } from './ops/typeof';
import { str } from './ops/repr';
import './int-methods';

registerIntLimitError((message) => valueError(message));

/** The int `self` stands for: the descriptor already checked that it is int-like. */
export function selfInt(self: PyValue): PyInt {
  return intOf(self)!;
}

type IntOp = (a: PyInt, b: PyInt) => PyValue;

/** A binary dunder: `op(self, other)`, NotImplemented when other is not int-like. */
function binary(name: string, op: IntOp): (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue {
  return (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const b = intOf(args[0]);
    if (b === undefined) return NotImplemented;
    return op(selfInt(self), b);
  };
}

/** Both argument orders of a binary operation: __op__ computes self op other, __rop__ other op self. */
function binaryPair(name: string, op: IntOp): Record<string, ReturnType<typeof binary>> {
  const rname = '__r' + name.slice(2);
  return { [name]: binary(name, op), [rname]: binary(rname, (a, b) => op(b, a)) };
}

function unary(name: string, op: (a: PyInt) => PyValue): (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue {
  return (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 0);
    return op(selfInt(self));
  };
}

function compare(name: string, test: (a: PyInt, b: PyInt) => boolean): ReturnType<typeof binary> {
  return binary(name, (a, b) => test(a, b));
}

function divide(a: PyInt, b: PyInt): PyValue {
  if (isZero(b)) throw zeroDivisionError('division by zero');
  const q = intTrueDivide(a, b);
  if (q === Infinity || q === -Infinity) throw overflowError('integer division result too large for a float');
  return floatValue(q);
}

function floorDivide(a: PyInt, b: PyInt): PyInt {
  if (isZero(b)) throw zeroDivisionError('integer division or modulo by zero');
  return intFloorDivide(a, b);
}

function modulo(a: PyInt, b: PyInt): PyInt {
  if (isZero(b)) throw zeroDivisionError('integer modulo by zero');
  return intRemainder(a, b);
}

function divmod(a: PyInt, b: PyInt): PyValue {
  if (isZero(b)) throw zeroDivisionError('integer division or modulo by zero');
  return new PyTuple([intFloorDivide(a, b), intRemainder(a, b)]);
}

function shiftCount(n: PyInt): PyInt {
  if (isNegative(n)) throw valueError('negative shift count');
  return n;
}

// CPython splits a left shift into whole 30-bit digits and a rest; a digit count past a C
// ssize_t cannot even be attempted, a smaller one fails for want of memory.
const MAX_SHIFT_DIGITS = 2n ** 63n - 1n;

function leftShiftCount(a: PyInt, n: PyInt): PyInt {
  shiftCount(n);
  if (typeof n === 'bigint' && !isZero(a) && n / 30n > MAX_SHIFT_DIGITS) throw overflowError('too many digits in integer');
  return n;
}

function floatValue(x: number): PyFloat {
  return new PyFloat(x);
}

/** A format spec argument: a str or a str subclass instance's text. */
export function specText(spec: PyValue): string {
  if (typeof spec === 'string') return spec;
  if (spec instanceof StrSubclassValue) return spec.value;
  throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
}

defineNew(IntType, intNew);

defineMethods(IntType, {
  ...binaryPair('__add__', intAdd),
  ...binaryPair('__sub__', intSub),
  ...binaryPair('__mul__', (a, b) => withBigIntLimit(() => intMul(a, b))),
  ...binaryPair('__truediv__', divide),
  ...binaryPair('__floordiv__', floorDivide),
  ...binaryPair('__mod__', modulo),
  ...binaryPair('__divmod__', divmod),
  ...binaryPair('__lshift__', (a, b) => withBigIntLimit(() => intLShift(a, leftShiftCount(a, b)))),
  ...binaryPair('__rshift__', (a, b) => intRShift(a, shiftCount(b))),
  ...binaryPair('__and__', intAnd),
  ...binaryPair('__or__', intOr),
  ...binaryPair('__xor__', intXor),
  __pow__: (self, args, kwnames) => intPower('__pow__', self, args, kwnames, false),
  __rpow__: (self, args, kwnames) => intPower('__rpow__', self, args, kwnames, true),
  __eq__: compare('__eq__', (a, b) => a == b),
  __ne__: compare('__ne__', (a, b) => a != b),
  __lt__: compare('__lt__', (a, b) => a < b),
  __le__: compare('__le__', (a, b) => a <= b),
  __gt__: compare('__gt__', (a, b) => a > b),
  __ge__: compare('__ge__', (a, b) => a >= b),
  __neg__: unary('__neg__', intNegate),
  __pos__: unary('__pos__', (a) => a),
  __abs__: unary('__abs__', intAbs),
  __invert__: unary('__invert__', intInvert),
  __bool__: unary('__bool__', (a) => !isZero(a)),
  __int__: unary('__int__', (a) => a),
  __index__: unary('__index__', (a) => a),
  __trunc__: unary('__trunc__', (a) => a),
  __floor__: unary('__floor__', (a) => a),
  __ceil__: unary('__ceil__', (a) => a),
  __float__: unary('__float__', (a) => floatValue(intAsDouble(a))),
  __hash__: unary('__hash__', hashInt),
  __repr__: unary('__repr__', (a) => intRepr(a)),
  __getnewargs__: unary('__getnewargs__', (a) => new PyTuple([a])),
  // A PyLongObject: a 24-byte header and 30-bit digits, at least one.
  __sizeof__: unary('__sizeof__', (a) => 24 + 4 * Math.max(1, Math.ceil(intBitLength(a) / 30))),
  __round__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('int.__round__() takes no keyword arguments');
    if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    const v = selfInt(self);
    return args.length === 0 || args[0] === None ? v : intRound(v, args[0]);
  },
  __format__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('int.__format__() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`int.__format__() takes exactly one argument (${args.length} given)`);
    const spec = specText(args[0]);
    if (spec === '') return typeOf(self) === IntType ? intRepr(selfInt(self)) : str(self);
    return formatInt(selfInt(self), spec, typeOf(self).name);
  },
});
