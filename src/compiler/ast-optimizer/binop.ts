// fold_binop's arithmetic (Python/ast_opt.c): the value of `left op right` for two constants,
// as PyNumber_Add, PyNumber_Subtract, …, PyNumber_And compute it, behind ast_opt.c's guards
// safe_multiply, safe_power, safe_lshift and safe_mod, which refuse to build ints over 128 bits,
// strs and bytes over 4096 items, tuples over 256 items, or to fold `%` on str and bytes
// (printf-style formatting is left to run time, except the `%s`-to-f-string rewrite in
// format.ts). `@` is never folded: no constant type defines it. Undefined means no fold: the
// operation raises, or its result cannot be reproduced exactly.
import { BytesConstant, ComplexConstant, FloatConstant, FrozensetConstant, type ConstantValue } from '../ast/constants';
import type { operator } from '../../generated/ast';
import { cDiff, complexConstant, cPow, cProd, cQuot, cSum, toComplex } from './complex-arith';
import { floatFloorDiv, floatMod, floatPow, floatTrueDivide, toDouble } from './float-arith';
import {
  intAdd,
  intBitwise,
  intFloorDiv,
  intLShift,
  intMod,
  intMul,
  intPowNonNegative,
  intRShift,
  intSub,
  intTrueDivide,
} from './int-arith';
import { LIMITS, concat, repeat } from './sequences';
import { big, bitLength, isIntLike, isStr, type Folded, type IntLike } from './values';

type Op = operator['_kind'];

/** A Python number operand: bool, int, float or complex. */
type Num = IntLike | FloatConstant | ComplexConstant;

function isNumber(v: ConstantValue): v is Num {
  return isIntLike(v) || v instanceof FloatConstant || v instanceof ComplexConstant;
}

/** The value of `lv op rv`, or undefined where CPython does not fold it. */
export function foldBinaryValues(op: Op, lv: ConstantValue, rv: ConstantValue): Folded {
  // A frozenset constant is never an operand: only `in` and `for` make one (fold_iter), and the
  // node they make is a comparator or an iterable, not an operand.
  if (lv instanceof FrozensetConstant || rv instanceof FrozensetConstant) return undefined;
  switch (op) {
    case 'Add':
      return isNumber(lv) && isNumber(rv) ? numberOp(op, lv, rv) : concat(lv, rv);
    case 'Mult':
      return safeMultiply(lv, rv);
    case 'Mod':
      // safe_mod: str % x and bytes % x format at run time.
      if (isStr(lv) || lv instanceof BytesConstant) return undefined;
      return isNumber(lv) && isNumber(rv) ? numberOp(op, lv, rv) : undefined;
    case 'Pow':
      return safePower(lv, rv);
    case 'LShift':
      return safeLShift(lv, rv);
    case 'Sub':
    case 'Div':
    case 'FloorDiv':
    case 'RShift':
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
      return isNumber(lv) && isNumber(rv) ? numberOp(op, lv, rv) : undefined;
    case 'MatMult':
      return undefined;
  }
}

/** safe_multiply: int products up to 128 bits, repetitions within the size limits. */
function safeMultiply(v: ConstantValue, w: ConstantValue): Folded {
  if (isIntLike(v) && isIntLike(w)) {
    const a = big(v);
    const b = big(w);
    if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > LIMITS.intBits) return undefined;
    return intMul(v, w);
  }
  if (isIntLike(v) && !isNumber(w)) return repeat(w, v);
  if (isIntLike(w) && !isNumber(v)) return repeat(v, w);
  return isNumber(v) && isNumber(w) ? numberOp('Mult', v, w) : undefined;
}

/** safe_power: int ** positive int only while bits(base) · exponent stays within 128. */
function safePower(v: ConstantValue, w: ConstantValue): Folded {
  if (isIntLike(v) && isIntLike(w)) {
    const a = big(v);
    const b = big(w);
    if (a !== 0n && b > 0n) {
      // PyLong_AsSize_t(w) fails past 2^64 - 1, and refuses the fold.
      if (b >= 1n << 64n) return undefined;
      if (BigInt(bitLength(a)) > BigInt(LIMITS.intBits) / b) return undefined;
    }
  }
  return isNumber(v) && isNumber(w) ? numberOp('Pow', v, w) : undefined;
}

/** safe_lshift: shifts whose result stays within 128 bits. */
function safeLShift(v: ConstantValue, w: ConstantValue): Folded {
  if (isIntLike(v) && isIntLike(w)) {
    const a = big(v);
    const b = big(w);
    if (a !== 0n && b !== 0n) {
      // PyLong_AsSize_t fails for a negative count (and the shift would raise anyway).
      if (b < 0n || b >= 1n << 64n) return undefined;
      const vbits = bitLength(a);
      if (b > BigInt(LIMITS.intBits) || vbits > LIMITS.intBits - Number(b)) return undefined;
    }
  }
  return isNumber(v) && isNumber(w) ? numberOp('LShift', v, w) : undefined;
}

/**
 * A binary operation on two numbers, in the type CPython's dispatch reaches: complex if either
 * is complex, else float if either is a float, else int (bool counting as int, except for
 * `&`, `|` and `^` of two bools).
 */
function numberOp(op: Op, a: Num, b: Num): Folded {
  if (a instanceof ComplexConstant || b instanceof ComplexConstant) return complexOp(op, a, b);
  if (a instanceof FloatConstant || b instanceof FloatConstant) return floatOp(op, a, b);
  return intOp(op, a as IntLike, b as IntLike);
}

function intOp(op: Op, a: IntLike, b: IntLike): Folded {
  switch (op) {
    case 'Add':
      return intAdd(a, b);
    case 'Sub':
      return intSub(a, b);
    case 'Mult':
      return intMul(a, b);
    case 'Div': {
      const q = intTrueDivide(a, b);
      return q === undefined ? undefined : new FloatConstant(q);
    }
    case 'FloorDiv':
      return intFloorDiv(a, b);
    case 'Mod':
      return intMod(a, b);
    case 'Pow':
      // A negative exponent makes it float ** float (long_pow hands it to float_pow).
      if (big(b) < 0n) return floatOp(op, a, b);
      return intPowNonNegative(a, b);
    case 'LShift':
      return intLShift(a, b);
    case 'RShift':
      return intRShift(a, b);
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
      return intBitwise(op, a, b);
    case 'MatMult':
      return undefined;
  }
}

function floatOp(op: Op, a: IntLike | FloatConstant, b: IntLike | FloatConstant): Folded {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === undefined || y === undefined) return undefined; // OverflowError converting an int
  let r: number | undefined;
  switch (op) {
    case 'Add':
      r = x + y;
      break;
    case 'Sub':
      r = x - y;
      break;
    case 'Mult':
      r = x * y;
      break;
    case 'Div':
      r = floatTrueDivide(x, y);
      break;
    case 'FloorDiv':
      r = floatFloorDiv(x, y);
      break;
    case 'Mod':
      r = floatMod(x, y);
      break;
    case 'Pow': {
      const p = floatPow(x, y);
      // A negative base to a fractional power is complex ** (complex_pow); see cPow.
      if (p === 'complex') return complexOp(op, new FloatConstant(x), new FloatConstant(y));
      r = p?.value;
      break;
    }
    default:
      return undefined; // shifts and bitwise operators: TypeError for floats
  }
  return r === undefined ? undefined : new FloatConstant(r);
}

function complexOp(op: Op, a: Num, b: Num): Folded {
  const x = toComplex(a);
  const y = toComplex(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case 'Add':
      return complexConstant(cSum(x, y));
    case 'Sub':
      return complexConstant(cDiff(x, y));
    case 'Mult':
      return complexConstant(cProd(x, y));
    case 'Div': {
      const q = cQuot(x, y);
      return q === undefined ? undefined : complexConstant(q);
    }
    case 'Pow': {
      const p = cPow(x, y);
      return p === undefined ? undefined : complexConstant(p);
    }
    default:
      return undefined; // //, %, shifts and bitwise operators: TypeError for complex
  }
}
