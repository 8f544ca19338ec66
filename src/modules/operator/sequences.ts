// The sequence operations of the operator module as the C API defines them:
// PySequence_Concat / PySequence_InPlaceConcat, PySequence_Count / PySequence_Index, and
// PyObject_LengthHint.
import type { PyValue } from '../../objects/object';
import { IntSubclassValue } from '../../objects/boxes';
import { DictType } from '../../objects/builtin-types';
import { overflowError, PyBaseException, TypeError, typeError, valueError } from '../../objects/exceptions';
import { NotImplemented } from '../../objects/singletons';
import { binaryDispatch, binaryOp, NB } from '../../objects/ops/number';
import { callMethodDescriptor } from '../../objects/ops/call';
import { compareBool, Cmp } from '../../objects/ops/compare';
import { getIter, iterNext } from '../../objects/ops/iter';
import { indexValue } from '../../objects/ops/index-value';
import { lengthOf } from '../../objects/ops/length';
import { typeOf } from '../../objects/ops/typeof';

/** PySequence_Check: item access by index, which mappings (dicts) do not count as. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  return !t.isSubtypeOf(DictType) && t.lookup('__getitem__') !== undefined;
}

/** Whether the built-in type under v's class is a sequence with its own `method` (sq_concat, sq_inplace_concat). */
function builtinSequenceHas(v: PyValue, method: string): boolean {
  const solid = typeOf(v).solid;
  return solid !== null && !solid.heap && solid.ns.getStr(method) !== undefined && solid.ns.getStr('__getitem__') !== undefined;
}

function cannotConcatenate(a: PyValue): PyBaseException {
  return typeError(`'${typeOf(a).name}' object can't be concatenated`);
}

export function concat(a: PyValue, b: PyValue): PyValue {
  if (builtinSequenceHas(a, '__add__')) return binaryOp(a, b, NB.ADD);
  // A class's __add__ counts only when both look like sequences.
  if (isSequence(a) && isSequence(b)) {
    const r = binaryDispatch(a, b, NB.ADD);
    if (r !== NotImplemented) return r;
  }
  throw cannotConcatenate(a);
}

export function inPlaceConcat(a: PyValue, b: PyValue): PyValue {
  if (builtinSequenceHas(a, '__iadd__')) return binaryOp(a, b, NB.ADD + NB.INPLACE);
  if (builtinSequenceHas(a, '__add__')) return binaryOp(a, b, NB.ADD);
  if (isSequence(a) && isSequence(b)) {
    const inplace = typeOf(a).lookup('__iadd__');
    if (inplace !== undefined) {
      const r = callMethodDescriptor(inplace, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const r = binaryDispatch(a, b, NB.ADD);
    if (r !== NotImplemented) return r;
  }
  throw cannotConcatenate(a);
}

/** The iterator of a sequence searched by countOf/indexOf (_PySequence_IterSearch's message). */
function searchIterator(seq: PyValue): PyValue {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) throw typeError(`argument of type '${typeOf(seq).name}' is not iterable`);
    throw e;
  }
}

export function countOf(seq: PyValue, item: PyValue): number {
  const it = searchIterator(seq);
  let n = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    if (compareBool(v, item, Cmp.EQ)) n++;
  }
  return n;
}

export function indexOf(seq: PyValue, item: PyValue): number {
  const it = searchIterator(seq);
  let i = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it), i++) {
    if (compareBool(v, item, Cmp.EQ)) return i;
  }
  throw valueError('sequence.index(x): x not in sequence');
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(TypeError);
}

/** PyObject_LengthHint: len() when there is one, else __length_hint__(), else `fallback`. */
export function lengthHint(v: PyValue, fallback: number): number {
  const type = typeOf(v);
  if (typeof v === 'string' || type.lookup('__len__') !== undefined) {
    try {
      return lengthOf(v);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  const method = type.lookup('__length_hint__');
  if (method === undefined) return fallback;
  let r: PyValue;
  try {
    r = callMethodDescriptor(method, v, []);
  } catch (e) {
    if (isTypeError(e)) return fallback;
    throw e;
  }
  if (r === NotImplemented) return fallback;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && !(r instanceof IntSubclassValue)) {
    throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  }
  const n = indexValue(r);
  if (typeof n === 'bigint') {
    if (n >= 2n ** 63n || n < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
    if (n < 0n) throw valueError('__length_hint__() should return >= 0');
    return Number(n);
  }
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return n;
}
