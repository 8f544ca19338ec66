// Rich comparison (PyObject_RichCompare): the reflected method of a subclass first, then the
// left operand's, then the right's reflection; == and != fall back to identity.
import type { PyValue } from '../object';
import { PyFloat } from '../boxes';
import { FloatType } from '../builtin-types';
import { NotImplemented } from '../singletons';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { isTrue } from './truth';
import { enterNativeRecursion, leaveNativeRecursion } from './native-recursion';

export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

export const CMP_METHODS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;

function compareNumbers(x: number | bigint, y: number | bigint, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT:
      return x < y;
    case Cmp.LE:
      return x <= y;
    case Cmp.EQ:
      return x == y;
    case Cmp.NE:
      return x != y;
    case Cmp.GT:
      return x > y;
    default:
      return x >= y;
  }
}

/** Code-point order of two strs (JS compares UTF-16 units, which differs only past U+D7FF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 || y >= 0xd800) return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
      return x - y;
    }
  }
  return a.length - b.length;
}

export function richCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const ta = typeof a;
  if ((ta === 'number' || ta === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return compareNumbers(a as number, b as number, op);
  }
  if (ta === 'string' && typeof b === 'string') {
    if (op === Cmp.EQ) return a === b;
    if (op === Cmp.NE) return a !== b;
    const c = compareStrings(a as string, b);
    return compareNumbers(c, 0, op);
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.type === FloatType && b.type === FloatType) return compareNumbers(a.value, b.value, op);
  return richCompareGeneric(a, b, op);
}

export function richCompareGeneric(a: PyValue, b: PyValue, op: Cmp): PyValue {
  enterNativeRecursion(' in comparison');
  try {
    return dispatchCompare(a, b, op);
  } finally {
    leaveNativeRecursion();
  }
}

function dispatchCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  let reflected = false;
  if (typeA !== typeB && typeB.isSubtypeOf(typeA)) {
    const m = typeB.lookup(CMP_METHODS[SWAPPED[op]]);
    if (m !== undefined) {
      reflected = true;
      const r = callMethodDescriptor(m, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = typeA.lookup(CMP_METHODS[op]);
  if (m !== undefined) {
    const r = callMethodDescriptor(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!reflected) {
    const m2 = typeB.lookup(CMP_METHODS[SWAPPED[op]]);
    if (m2 !== undefined) {
      const r = callMethodDescriptor(m2, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${typeA.name}' and '${typeB.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality, as containers assume. */
export function compareBool(a: PyValue, b: PyValue, op: Cmp): boolean {
  if (a === b) {
    if (op === Cmp.EQ) return true;
    if (op === Cmp.NE) return false;
  }
  const r = richCompare(a, b, op);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** `a == b` as containers test it (identity first). */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, Cmp.EQ);
  return typeof r === 'boolean' ? r : isTrue(r);
}
