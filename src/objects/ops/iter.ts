// Iteration (PyObject_GetIter / PyIter_Next). Iterators written in TypeScript extend
// NativeIterator and are stepped without exceptions; any other iterator's __next__ is called
// and its StopIteration turned into "exhausted" (undefined).
import { PyObject, type PyValue } from '../object';
import { IntSubclassValue, PyList, PyTuple } from '../boxes';
import { PyBaseException, StopIteration, TypeError as TypeErrorType, overflowError, typeError, valueError } from '../exceptions';
import type { PyType } from '../type';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { None, NotImplemented } from '../singletons';
import { lengthOf } from './length';
import { indexValue } from './index-value';

export abstract class NativeIterator extends PyObject {
  constructor(type: PyType) {
    super(type);
  }
  /** The next value, or undefined when exhausted (and from then on). */
  abstract next(): PyValue | undefined;
}

/** An iterator over a JS array snapshot or live array (list_iterator, tuple_iterator…). */
export class ArrayIterator extends NativeIterator {
  index = 0;
  constructor(
    type: PyType,
    private items: PyValue[] | null,
    /** For a list: read its current items each step, so that appends are seen. */
    private readonly list: PyList | null = null,
  ) {
    super(type);
  }
  private exhausted = false;
  next(): PyValue | undefined {
    if (this.exhausted) return undefined;
    const items = this.list !== null ? this.list.items : this.items;
    if (items === null || this.index >= items.length) {
      // Once exhausted, always exhausted, even if the list grows afterwards.
      this.exhausted = true;
      this.items = null;
      return undefined;
    }
    return items[this.index++];
  }
}

/** Registered by the types that have a native iterator: list, tuple, str, dict… */
const fastIters = new Map<PyType, (v: PyValue) => PyValue>();
export function registerFastIter(type: PyType, make: (v: PyValue) => PyValue): void {
  fastIters.set(type, make);
}

let sequenceIterator: (seq: PyValue) => PyValue = () => {
  throw new Error('sequence iterator not registered');
};
export function registerSequenceIterator(make: (seq: PyValue) => PyValue): void {
  sequenceIterator = make;
}

export function getIter(v: PyValue): PyValue {
  const type = typeOf(v);
  const fast = fastIters.get(type);
  if (fast !== undefined) return fast(v);
  const m = type.lookup('__iter__');
  if (m === undefined || m === None) {
    if (m === undefined && type.lookup('__getitem__') !== undefined) return sequenceIterator(v);
    throw typeError(`'${type.name}' object is not iterable`);
  }
  const it = callMethodDescriptor(m, v, []);
  if (!(it instanceof NativeIterator) && typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

/** The next item of an iterator, or undefined when it is exhausted. */
export function iterNext(it: PyValue): PyValue | undefined {
  try {
    if (it instanceof NativeIterator) return it.next();
    const m = typeOf(it).lookup('__next__');
    if (m === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
    return callMethodDescriptor(m, it, []);
  } catch (e) {
    // A StopIteration raised while stepping ends the iteration (PyIter_Next), even one from a
    // function a native iterator called (map's, starmap's).
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a JS array (list(x), tuple(x), star-unpacking). */
export function toArray(v: PyValue, askLengthHint = false): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    if (typeOf(v).lookup('__iter__') === fastIterMethod(typeOf(v))) return v.items.slice();
  }
  const it = getIter(v);
  if (askLengthHint) checkLengthHint(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** The __iter__ of list and tuple themselves (so that a subclass overriding it is noticed). */
function fastIterMethod(type: PyType): PyValue | undefined {
  const base = type.solid;
  return base === null ? undefined : base.ns.getStr('__iter__');
}

/**
 * PyObject_LengthHint, for its side effects only: list() and tuple() ask a class statement's
 * iterable for its __len__ or __length_hint__ before iterating (to presize), so a failing one
 * raises. Built-in types answer without running Python code and are not asked.
 */
export function checkLengthHint(v: PyValue): void {
  const type = typeOf(v);
  if (!type.heap || v instanceof NativeIterator) return;
  if (type.lookup('__len__') !== undefined) {
    try {
      lengthOf(v);
      return;
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtypeOf(TypeErrorType))) throw e;
    }
  }
  const m = type.lookup('__length_hint__');
  if (m === undefined) return;
  const r = callMethodDescriptor(m, v, []);
  if (r === NotImplemented) return;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && !(r instanceof IntSubclassValue)) {
    throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  }
  const n = indexValue(r);
  if (typeof n === 'bigint' && (n >= 2n ** 63n || n < -(2n ** 63n))) throw overflowError('Python int too large to convert to C ssize_t');
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
}
