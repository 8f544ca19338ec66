// The endless iterators: count(start, step), cycle(iterable) and repeat(object, times).
import type { PyInt, PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { IntSubclassValue, PyComplex, PyFloat } from '../../objects/boxes';
import { BuiltinIterator } from '../../objects/iterator-types';
import { typeError } from '../../objects/exceptions';
import { defineMethods } from '../../objects/native';
import { checkArgs } from '../../objects/args';
import { getIter, iterNext } from '../../objects/ops/iter';
import { binaryOp, NB } from '../../objects/ops/number';
import { repr } from '../../objects/ops/repr';
import { typeOf } from '../../objects/ops/typeof';
import { canonical } from '../../objects/int-arith';
import { checkPositional, ssizeArg, unpackKeywords } from '../builtins/clinic';
import { defineConstructor, definePositionalConstructor, itertoolsType, shortTypeName } from './types';

// count(start=0, step=1)

export const CountType = itertoolsType(
  'count',
  'count(start=0, step=1): an endless iterator of start, start+step, start+2*step, ...',
);

/** The int an int-like value holds (bools and int subclasses included), or undefined. */
function exactInt(v: PyValue): PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof IntSubclassValue) return v.value;
  return undefined;
}

/** PyNumber_Check: what count accepts as a start or step. */
function isNumber(v: PyValue): boolean {
  if (typeof v !== 'object') return typeof v !== 'string';
  if (v instanceof PyFloat || v instanceof PyComplex || v instanceof IntSubclassValue) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

class CountIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    public value: PyValue,
    readonly increment: PyValue,
    /** Counting by int 1 from an int: value is a plain int, stepped without dispatch. */
    readonly byOne: boolean,
  ) {
    super(type, CountType);
  }
  step(): PyValue {
    const v = this.value;
    if (this.byOne) {
      this.value = typeof v === 'number' && v < Number.MAX_SAFE_INTEGER ? v + 1 : canonical(BigInt(v as PyInt) + 1n);
    } else {
      this.value = binaryOp(v, this.increment, NB.ADD);
    }
    return v;
  }
}

defineConstructor(CountType, (cls, args, kwnames) => {
  const [start, step] = unpackKeywords({ fname: 'count', params: ['start', 'step'] }, args, kwnames);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) throw typeError('a number is required');
  const stepInt = step === undefined ? 1 : exactInt(step);
  const startInt = start === undefined ? 0 : exactInt(start);
  if (stepInt === 1 && startInt !== undefined) return new CountIterator(cls, startInt, 1, true);
  return new CountIterator(cls, start ?? 0, step ?? 1, false);
});
defineMethods(CountType, {
  __repr__(self) {
    const c = self as CountIterator;
    const name = shortTypeName(c.type);
    if (c.byOne || exactInt(c.increment) === 1) return `${name}(${repr(c.value)})`;
    return `${name}(${repr(c.value)}, ${repr(c.increment)})`;
  },
});

// cycle(iterable, /)

export const CycleType = itertoolsType('cycle', 'cycle(iterable): the items of iterable, then the same items again, endlessly.');

class CycleIterator extends BuiltinIterator {
  private readonly saved: PyValue[] = [];
  private index = 0;
  constructor(
    type: PyType,
    private it: PyValue | null,
  ) {
    super(type, CycleType);
  }
  step(): PyValue | undefined {
    if (this.it !== null) {
      const v = iterNext(this.it);
      if (v !== undefined) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    const saved = this.saved;
    if (saved.length === 0) return undefined;
    const v = saved[this.index++];
    if (this.index >= saved.length) this.index = 0;
    return v;
  }
}

definePositionalConstructor(CycleType, (cls, args) => {
  checkPositional('cycle', args, 1);
  return new CycleIterator(cls, getIter(args[0]));
});

// repeat(object, times=None)

export const RepeatType = itertoolsType('repeat', 'repeat(object[, times]): object over and over, endlessly or times times.');

class RepeatIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    readonly element: PyValue,
    /** How many are left; -1 for endless. */
    public remaining: number,
  ) {
    super(type, RepeatType);
  }
  step(): PyValue | undefined {
    const n = this.remaining;
    if (n === 0) return undefined;
    if (n > 0) this.remaining = n - 1;
    return this.element;
  }
}

defineConstructor(RepeatType, (cls, args, kwnames) => {
  const [element, times] = unpackKeywords({ fname: 'repeat', params: ['object', 'times'], minpos: 1 }, args, kwnames);
  let remaining = -1;
  if (times !== undefined) remaining = Math.max(0, ssizeArg(times));
  return new RepeatIterator(cls, element!, remaining);
});
defineMethods(RepeatType, {
  __repr__(self) {
    const r = self as RepeatIterator;
    const name = shortTypeName(r.type);
    return r.remaining < 0 ? `${name}(${repr(r.element)})` : `${name}(${repr(r.element)}, ${r.remaining})`;
  },
  __length_hint__(self, args, kwnames) {
    checkArgs('repeat.__length_hint__', args, kwnames, 0);
    const r = self as RepeatIterator;
    if (r.remaining < 0) throw typeError('len() of unsized object');
    return r.remaining;
  },
});

