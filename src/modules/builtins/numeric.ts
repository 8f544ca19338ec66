// The numeric builtins: abs, bin, oct, hex, divmod, pow, round and sum. Each defers to the
// operands' methods as CPython's abstract number protocol does; sum keeps CPython's fast paths
// (exact ints, then floats with Neumaier's compensated summation) because they change results.
import { modulusPower } from '../../objects/ternary-pow';
import type { PyInt, PyValue } from '../../objects/object';
import { PyByteArray, PyBytes, PyFloat } from '../../objects/boxes';
import { BoolType, FloatType, IntType } from '../../objects/builtin-types';
import { typeError, zeroDivisionError } from '../../objects/exceptions';
import { None, NotImplemented } from '../../objects/singletons';
import type { NativeFunction } from '../../objects/function';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { callMethodDescriptor } from '../../objects/ops/call';
import { binaryOp, dispatchPair, NB } from '../../objects/ops/number';
import { indexValue } from '../../objects/ops/index-value';
import { getIter, iterNext } from '../../objects/ops/iter';
import { intFloorDivide, intRemainder } from '../../objects/int-arith';
import { PyTuple } from '../../objects/boxes';
import { unpackKeywords } from './clinic';

function abs(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('abs', args, kwnames, 1);
  const x = args[0];
  switch (typeof x) {
    case 'number':
      return x < 0 ? -x : x === 0 ? 0 : x;
    case 'bigint':
      return x < 0n ? -x : x;
    case 'boolean':
      return x ? 1 : 0;
  }
  const m = typeOf(x).lookup('__abs__');
  if (m === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return callMethodDescriptor(m, x, []);
}

/** bin/oct/hex: the int (by __index__) written in base 2, 8 or 16 with its prefix. */
function toBase(name: string, radix: number, prefix: string): NativeFunction {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1);
    const n = indexValue(args[0]);
    const negative = n < 0;
    const magnitude = typeof n === 'number' ? Math.abs(n) : negative ? -n : n;
    return (negative ? '-' : '') + prefix + magnitude.toString(radix);
  };
}

function divmod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('divmod', args, kwnames, 2);
  const [a, b] = args;
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
    return new PyTuple([intFloorDivide(a, b), intRemainder(a, b)]);
  }
  const r = dispatchPair(a, b, '__divmod__', '__rdivmod__');
  if (r !== NotImplemented) return r;
  throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/**
 * Three-argument pow (ternary_op): the left operand's __pow__(exp, mod), or a built-in right
 * operand's __rpow__(base, mod) — a Python class's __rpow__ never sees a modulus.
 */
function ternaryPow(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  const tb = typeOf(base);
  const te = typeOf(exp);
  const slotBase = tb.lookup('__pow__');
  let slotExp = te !== tb && !te.heap ? te.lookup('__rpow__') : undefined;
  if (slotExp !== undefined && slotExp === tb.lookup('__rpow__')) slotExp = undefined;
  if (slotBase !== undefined) {
    if (slotExp !== undefined && te.isSubtypeOf(tb)) {
      const r = callMethodDescriptor(slotExp, exp, [base, mod]);
      if (r !== NotImplemented) return r;
      slotExp = undefined;
    }
    const r = callMethodDescriptor(slotBase, base, [exp, mod]);
    if (r !== NotImplemented) return r;
  }
  if (slotExp !== undefined) {
    const r = callMethodDescriptor(slotExp, exp, [base, mod]);
    if (r !== NotImplemented) return r;
  }
  // The modulus's own slot comes last (a float or complex modulus refuses with its message).
  const r = modulusPower(base, exp, mod);
  if (r !== NotImplemented) return r;
  throw typeError(`unsupported operand type(s) for ** or pow(): '${tb.name}', '${te.name}', '${typeOf(mod).name}'`);
}

function pow(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [base, exp, mod] = unpackKeywords({ fname: 'pow', params: ['base', 'exp', 'mod'], minpos: 2 }, args, kwnames);
  if (mod === undefined || mod === None) return binaryOp(base!, exp!, NB.POWER);
  return ternaryPow(base!, exp!, mod);
}

function round(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [number, ndigits] = unpackKeywords({ fname: 'round', params: ['number', 'ndigits'], minpos: 1 }, args, kwnames);
  const x = number!;
  const noDigits = ndigits === undefined || ndigits === None;
  if (noDigits && (typeof x === 'number' || typeof x === 'bigint')) return x;
  const m = typeOf(x).lookup('__round__');
  if (m === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  return callMethodDescriptor(m, x, noDigits ? [] : [ndigits]);
}

/** An exact int or a bool as a JS value to add natively; null for anything else. */
function exactInt(v: PyValue): PyInt | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** Any int (subclasses too) that fits a C long, as the float loop accepts it; else null. */
function smallIntAsDouble(v: PyValue): number | null {
  let n: PyInt;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') return v ? 1 : 0;
  else if (v !== null && typeof v === 'object' && typeOf(v).isSubtypeOf(IntType)) n = indexValue(v);
  else return null;
  if (typeof n === 'number') return n;
  return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(n) : null;
}

const add = (a: PyValue, b: PyValue): PyValue => binaryOp(a, b, NB.ADD);

function sum(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [iterable, start] = unpackKeywords({ fname: 'sum', params: ['iterable', 'start'], posonly: 1, minpos: 1 }, args, kwnames);
  const it = getIter(iterable!);
  let result: PyValue = start === undefined ? 0 : start;
  if (typeof result === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (result instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");

  if (typeof result === 'number' || typeof result === 'bigint') {
    let acc: PyInt = result;
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) return acc;
      const n = exactInt(item);
      if (n !== null) {
        acc = add(acc, n) as PyInt;
        continue;
      }
      result = add(acc, item);
      break;
    }
  }

  if (result instanceof PyFloat && result.type === FloatType) {
    // Neumaier's improvement of Kahan–Babuška summation, as CPython 3.12+ does it.
    let total = result.value;
    let c = 0;
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) {
        if (c !== 0 && Number.isFinite(c)) total += c;
        return new PyFloat(total);
      }
      if (item instanceof PyFloat && item.type === FloatType) {
        const x = item.value;
        const t = total + x;
        if (Math.abs(total) >= Math.abs(x)) c += total - t + x;
        else c += x - t + total;
        total = t;
        continue;
      }
      const small = typeOf(item) === BoolType || typeOf(item).isSubtypeOf(IntType) ? smallIntAsDouble(item) : null;
      if (small !== null) {
        total += small;
        continue;
      }
      if (c !== 0 && Number.isFinite(c)) total += c;
      result = add(new PyFloat(total), item);
      break;
    }
  }

  for (;;) {
    const item = iterNext(it);
    if (item === undefined) return result;
    result = add(result, item);
  }
}

export const NUMERIC_BUILTINS: Record<string, NativeFunction> = {
  abs,
  bin: toBase('bin', 2, '0b'),
  oct: toBase('oct', 8, '0o'),
  hex: toBase('hex', 16, '0x'),
  divmod,
  pow,
  round,
  sum,
};
