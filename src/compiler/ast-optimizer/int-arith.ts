// Python int arithmetic for the optimizer (Objects/longobject.c): floor division and modulo
// with the divisor's sign, arbitrary-precision results in canonical number|bigint form, bool
// operands as 0 and 1 (and `&`, `|`, `^` of two bools giving a bool, Objects/boolobject.c).
// Every function returns undefined where CPython raises. Division shares the object model's
// int arithmetic (objects/int-arith.ts).
import { intFloorDivide, intRemainder, intTrueDivide as objectsIntTrueDivide } from '../../objects/int-arith';
import { big, canonicalInt, type Folded, type IntLike } from './values';

/** a + b, a - b, a * b on safe numbers without bigints where the double result is exact. */
function fastOrBig(a: IntLike, b: IntLike, fast: (x: number, y: number) => number, slow: (x: bigint, y: bigint) => bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = fast(a, b);
    // A safe integer result of two safe integers is exact (an inexact one would exceed 2^53).
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return canonicalInt(slow(big(a), big(b)));
}

export function intAdd(a: IntLike, b: IntLike): number | bigint {
  return fastOrBig(a, b, (x, y) => x + y, (x, y) => x + y);
}

export function intSub(a: IntLike, b: IntLike): number | bigint {
  return fastOrBig(a, b, (x, y) => x - y, (x, y) => x - y);
}

export function intMul(a: IntLike, b: IntLike): number | bigint {
  return fastOrBig(a, b, (x, y) => x * y, (x, y) => x * y);
}

/** a // b, rounding toward minus infinity; ZeroDivisionError for b == 0. */
export function intFloorDiv(a: IntLike, b: IntLike): Folded {
  const y = big(b);
  if (y === 0n) return undefined;
  return intFloorDivide(canonicalInt(big(a)), canonicalInt(y));
}

/** a % b, with the sign of b; ZeroDivisionError for b == 0. */
export function intMod(a: IntLike, b: IntLike): Folded {
  const y = big(b);
  if (y === 0n) return undefined;
  return intRemainder(canonicalInt(big(a)), canonicalInt(y));
}

/**
 * a ** b for b ≥ 0 (a negative b gives a float: see floatPow). Past safe_power's limit only a
 * base of 0 or an exponent of 0 arrives here, whatever the other operand's size.
 */
export function intPowNonNegative(a: IntLike, b: IntLike): number | bigint {
  const x = big(a);
  const n = big(b);
  if (n === 0n) return 1;
  if (x === 0n) return 0;
  return canonicalInt(x ** n);
}

/** a << b; ValueError for a negative count. */
export function intLShift(a: IntLike, b: IntLike): Folded {
  const n = big(b);
  if (n < 0n) return undefined;
  const x = big(a);
  return x === 0n ? 0 : canonicalInt(x << n);
}

/** a >> b (floor, as bigint's >> is); ValueError for a negative count. */
export function intRShift(a: IntLike, b: IntLike): Folded {
  const n = big(b);
  if (n < 0n) return undefined;
  const x = big(a);
  // A count past the bit length leaves 0 or -1; bigint >> with a huge count would too, slowly.
  if (n > 0xffffffffn) return x < 0n ? -1 : 0;
  return canonicalInt(x >> n);
}

/** a & b, a | b, a ^ b: two's complement of unbounded width; a bool for two bools. */
export function intBitwise(op: 'BitAnd' | 'BitOr' | 'BitXor', a: IntLike, b: IntLike): boolean | number | bigint {
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    return op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b;
  }
  const x = big(a);
  const y = big(b);
  return canonicalInt(op === 'BitAnd' ? x & y : op === 'BitOr' ? x | y : x ^ y);
}

export function intNegate(a: IntLike): number | bigint {
  return canonicalInt(-big(a));
}

export function intInvert(a: IntLike): number | bigint {
  return canonicalInt(-big(a) - 1n);
}

/** +a: the int itself, and a bool becomes its int. */
export function intPositive(a: IntLike): number | bigint {
  return typeof a === 'boolean' ? (a ? 1 : 0) : a;
}

/**
 * a / b (long_true_divide): the correctly rounded quotient, -0.0 when a is 0 and b negative;
 * ZeroDivisionError for b == 0, OverflowError when the quotient is too large for a float.
 */
export function intTrueDivide(a: IntLike, b: IntLike): number | undefined {
  const y = big(b);
  if (y === 0n) return undefined;
  const q = objectsIntTrueDivide(canonicalInt(big(a)), canonicalInt(y));
  return Number.isFinite(q) ? q : undefined;
}
