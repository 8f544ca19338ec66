// repr() and str() (PyObject_Repr / PyObject_Str), with fast paths for JS primitives, and
// the guard that makes a container that contains itself print as `[...]`.
import type { PyValue } from '../object';
import { StrSubclassValue } from '../boxes';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { strRepr } from '../str-repr';
import { intRepr } from '../int-repr';
import { enterNativeRecursion, leaveNativeRecursion } from './native-recursion';

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const m = typeOf(v).lookup('__repr__')!;
  enterNativeRecursion(' while getting the repr of an object');
  try {
    return checkStr(callMethodDescriptor(m, v, []), '__repr__');
  } finally {
    leaveNativeRecursion();
  }
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const m = typeOf(v).lookup('__str__')!;
  enterNativeRecursion(' while getting the str of an object');
  try {
    return checkStr(callMethodDescriptor(m, v, []), '__str__');
  } finally {
    leaveNativeRecursion();
  }
}

/**
 * PyObject_Repr / PyObject_Str as the builtins repr() and str() return them: a str subclass
 * instance that __repr__ or __str__ returned stays one.
 */
export function reprObject(v: PyValue): PyValue {
  if (typeof v !== 'object' || v === null) return repr(v);
  return checkedObject(callSlot(v, '__repr__', ' while getting the repr of an object'), '__repr__');
}

export function strObject(v: PyValue): PyValue {
  if (typeof v !== 'object' || v === null) return str(v);
  return checkedObject(callSlot(v, '__str__', ' while getting the str of an object'), '__str__');
}

/** What __repr__ returns, unchecked: object.__str__ hands it on for PyObject_Str to check. */
export function reprUnchecked(v: PyValue): PyValue {
  if (typeof v !== 'object' || v === null) return repr(v);
  return callSlot(v, '__repr__', ' while getting the repr of an object');
}

function callSlot(v: PyValue, name: string, where: string): PyValue {
  const m = typeOf(v).lookup(name)!;
  enterNativeRecursion(where);
  try {
    return callMethodDescriptor(m, v, []);
  } finally {
    leaveNativeRecursion();
  }
}

function checkedObject(r: PyValue, method: string): PyValue {
  if (typeof r === 'string' || r instanceof StrSubclassValue) return r;
  throw typeError(`${method} returned non-string (type ${typeOf(r).name})`);
}

function checkStr(r: PyValue, method: string): string {
  if (typeof r === 'string') return r;
  if (r instanceof StrSubclassValue) return r.value;
  throw typeError(`${method} returned non-string (type ${typeOf(r).name})`);
}

const active = new Set<PyValue>();

/**
 * Runs `body` to repr a container unless the container is already being repr'd further up
 * (Py_ReprEnter), in which case the answer is `recursive` (`[...]`, `{...}`).
 */
export function reprGuarded(container: PyValue, recursive: string, body: () => string): string {
  if (active.has(container)) return recursive;
  active.add(container);
  try {
    return body();
  } finally {
    active.delete(container);
  }
}
