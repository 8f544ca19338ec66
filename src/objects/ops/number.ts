// Binary and unary operators (PyNumber_*): fast paths for ints and floats, then CPython's
// dispatch — the right operand's reflected method first when its class is a subclass of the
// left's that overrides it, `NotImplemented` falling through to the other side, in-place
// methods tried before both.
import type { PyValue } from '../object';
import { PyFloat } from '../boxes';
import { FloatType } from '../builtin-types';
import { NotImplemented } from '../singletons';
import { PyBaseException, typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { intFloorDivide, intRemainder } from '../int-arith';

/** CPython's NB_* numbering (BINARY_OP's oparg); in-place forms are NB_X + 13. */
export const enum NB {
  ADD = 0,
  AND,
  FLOOR_DIVIDE,
  LSHIFT,
  MATRIX_MULTIPLY,
  MULTIPLY,
  REMAINDER,
  OR,
  POWER,
  RSHIFT,
  SUBTRACT,
  TRUE_DIVIDE,
  XOR,
  INPLACE = 13,
}

/** For each NB op: method, reflected method, in-place method, operator as messages print it. */
export const NB_METHODS: readonly (readonly [string, string, string, string])[] = [
  ['__add__', '__radd__', '__iadd__', '+'],
  ['__and__', '__rand__', '__iand__', '&'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'],
  ['__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['__matmul__', '__rmatmul__', '__imatmul__', '@'],
  ['__mul__', '__rmul__', '__imul__', '*'],
  ['__mod__', '__rmod__', '__imod__', '%'],
  ['__or__', '__ror__', '__ior__', '|'],
  ['__pow__', '__rpow__', '__ipow__', '**'],
  ['__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['__sub__', '__rsub__', '__isub__', '-'],
  ['__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['__xor__', '__rxor__', '__ixor__', '^'],
];

/** A float result, boxed. */
function fl(x: number): PyFloat {
  return new PyFloat(x);
}

/** The BINARY_OP instruction: `a <op> b` for NB op `op` (in-place forms included). */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case NB.ADD:
      case NB.ADD + NB.INPLACE:
        r = a + b;
        if (Number.isSafeInteger(r)) return r;
        break;
      case NB.SUBTRACT:
      case NB.SUBTRACT + NB.INPLACE:
        r = a - b;
        if (Number.isSafeInteger(r)) return r;
        break;
      case NB.MULTIPLY:
      case NB.MULTIPLY + NB.INPLACE:
        r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
        break;
      case NB.REMAINDER:
      case NB.REMAINDER + NB.INPLACE:
        if (b !== 0) return intRemainder(a, b);
        break;
      case NB.FLOOR_DIVIDE:
      case NB.FLOOR_DIVIDE + NB.INPLACE:
        if (b !== 0) return intFloorDivide(a, b);
        break;
      case NB.TRUE_DIVIDE:
      case NB.TRUE_DIVIDE + NB.INPLACE:
        // Both are exact doubles, so IEEE division rounds the true quotient correctly.
        if (b !== 0) return fl(a / b);
        break;
      // JS's bit operators work on 32-bit two's complement, which is Python's infinite two's
      // complement for ints that fit in it.
      case NB.AND:
      case NB.AND + NB.INPLACE:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case NB.OR:
      case NB.OR + NB.INPLACE:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
      case NB.XOR:
      case NB.XOR + NB.INPLACE:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
      case NB.RSHIFT:
      case NB.RSHIFT + NB.INPLACE:
        // Dividing by a power of two is exact, and so is its floor: an arithmetic shift.
        if (b >= 0) return b < 32 && (a | 0) === a ? a >> b : b < 64 ? Math.floor(a / 2 ** b) : a < 0 ? -1 : 0;
        break;
      case NB.LSHIFT:
      case NB.LSHIFT + NB.INPLACE:
        if (b >= 0 && b < 64) {
          r = a * 2 ** b;
          if (Number.isSafeInteger(r)) return r;
        }
        break;
    }
  } else if (a instanceof PyFloat && a.type === FloatType && (typeof b === 'number' || (b instanceof PyFloat && b.type === FloatType))) {
    // A float with a float, or with an int a double holds exactly (every int kept as a JS
    // number): the int converts to float first, as float's own methods convert it.
    const x = a.value;
    const y = typeof b === 'number' ? b : b.value;
    switch (op) {
      case NB.ADD:
      case NB.ADD + NB.INPLACE:
        return fl(x + y);
      case NB.SUBTRACT:
      case NB.SUBTRACT + NB.INPLACE:
        return fl(x - y);
      case NB.MULTIPLY:
      case NB.MULTIPLY + NB.INPLACE:
        return fl(x * y);
      case NB.TRUE_DIVIDE:
      case NB.TRUE_DIVIDE + NB.INPLACE:
        if (y !== 0) return fl(x / y);
        break;
    }
  } else if (typeof a === 'number' && b instanceof PyFloat && b.type === FloatType) {
    const y = b.value;
    switch (op) {
      case NB.ADD:
      case NB.ADD + NB.INPLACE:
        return fl(a + y);
      case NB.SUBTRACT:
      case NB.SUBTRACT + NB.INPLACE:
        return fl(a - y);
      case NB.MULTIPLY:
      case NB.MULTIPLY + NB.INPLACE:
        return fl(a * y);
      case NB.TRUE_DIVIDE:
      case NB.TRUE_DIVIDE + NB.INPLACE:
        if (y !== 0) return fl(a / y);
        break;
    }
  } else if (typeof a === 'string' && typeof b === 'string' && (op === NB.ADD || op === NB.ADD + NB.INPLACE)) {
    return a + b;
  }
  return binaryOpGeneric(a, b, op);
}

export function binaryOpGeneric(a: PyValue, b: PyValue, op: number): PyValue {
  if (op >= NB.INPLACE) {
    const base = op - NB.INPLACE;
    const inplace = typeOf(a).lookup(NB_METHODS[base][2]);
    if (inplace !== undefined && !sequenceSlots.isSlot(inplace)) {
      const r = callMethodDescriptor(inplace, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const r = binaryDispatch(a, b, base);
    if (r !== NotImplemented) return r;
    const s = sequenceSlots.fallback(a, b, base, true);
    if (s !== NotImplemented) return s;
    throw binaryOpError(a, b, NB_METHODS[base][3] + '=');
  }
  const r = binaryDispatch(a, b, op);
  if (r !== NotImplemented) return r;
  const s = sequenceSlots.fallback(a, b, op, false);
  if (s !== NotImplemented) return s;
  throw binaryOpError(a, b, NB_METHODS[op][3]);
}

/**
 * The sequence slots (sq_concat, sq_repeat and their in-place forms) of list and tuple: not
 * number methods, so both operands' number methods go first (`(1,) * x` tries x.__rmul__
 * before repeating), then PyNumber_Add / PyNumber_Multiply fall back to them.
 */
export interface SequenceSlots {
  isSlot(method: PyValue): boolean;
  fallback(a: PyValue, b: PyValue, op: number, inplace: boolean): PyValue;
}
let sequenceSlots: SequenceSlots = { isSlot: () => false, fallback: () => NotImplemented };
export function registerSequenceSlots(slots: SequenceSlots): void {
  sequenceSlots = slots;
}

/** binary_op1: the left method and the right's reflected one; NotImplemented when both decline. */
export function binaryDispatch(a: PyValue, b: PyValue, op: number): PyValue {
  const [name, rname] = NB_METHODS[op];
  return dispatchPair(a, b, name, rname);
}

/** `a.name(b)` then `b.rname(a)`, in CPython's order (the subclass first when it overrides). */
export function dispatchPair(a: PyValue, b: PyValue, name: string, rname: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let slotA = ta.lookup(name);
  let slotB = ta !== tb ? tb.lookup(rname) : undefined;
  // A sequence slot is no number method, unless the class defines the other one of the pair
  // itself: then CPython's generic number slot calls both by name.
  if (slotA !== undefined && sequenceSlots.isSlot(slotA) && !definesNumberMethod(ta, rname)) slotA = undefined;
  if (slotB !== undefined && sequenceSlots.isSlot(slotB) && !definesNumberMethod(tb, name)) slotB = undefined;
  if (slotB !== undefined && slotB === ta.lookup(rname) && slotA !== undefined) slotB = undefined;
  if (slotB !== undefined && tb.isSubtypeOf(ta)) {
    const r = callMethodDescriptor(slotB, b, [a]);
    if (r !== NotImplemented) return r;
    slotB = undefined;
  }
  if (slotA !== undefined) {
    const r = callMethodDescriptor(slotA, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (slotB !== undefined) return callMethodDescriptor(slotB, b, [a]);
  return NotImplemented;
}

function definesNumberMethod(t: ReturnType<typeof typeOf>, name: string): boolean {
  const m = t.lookup(name);
  return m !== undefined && !sequenceSlots.isSlot(m);
}

/** The TypeError for an operator no operand supports, with CPython's wording for sequences. */
export function binaryOpError(a: PyValue, b: PyValue, symbol: string): PyBaseException {
  const ta = typeOf(a).name;
  const tb = typeOf(b).name;
  const plain = symbol.replace('=', '');
  const hook = sequenceOpError(a, b, plain);
  if (hook !== null) return typeError(hook);
  const shown = symbol === '**' ? '** or pow()' : symbol === '**=' ? '**=' : symbol;
  return typeError(`unsupported operand type(s) for ${shown}: '${ta}' and '${tb}'`);
}

/** Messages of sq_concat / sq_repeat, which CPython tries after the number methods. */
let sequenceOpError: (a: PyValue, b: PyValue, op: string) => string | null = () => null;
export function registerSequenceOpError(f: typeof sequenceOpError): void {
  sequenceOpError = f;
}

const UNARY: Record<string, string> = { '-': '__neg__', '+': '__pos__', '~': '__invert__' };
const UNARY_NAME: Record<string, string> = { '-': 'unary -', '+': 'unary +', '~': 'unary ~' };

export function unaryOp(v: PyValue, op: '-' | '+' | '~'): PyValue {
  if (typeof v === 'number') {
    if (op === '-') return v === 0 ? 0 : -v;
    if (op === '+') return v;
  }
  const m = typeOf(v).lookup(UNARY[op]);
  if (m === undefined) throw typeError(`bad operand type for ${UNARY_NAME[op]}: '${typeOf(v).name}'`);
  return callMethodDescriptor(m, v, []);
}
