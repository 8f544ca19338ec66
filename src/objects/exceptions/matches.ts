// Whether an exception matches an except clause's class or tuple of classes
// (PyErr_GivenExceptionMatches): by subclass, never through __subclasscheck__.
import type { PyValue } from '../object';
import { PyType } from '../type';
import { PyTuple } from '../boxes';
import { BaseException, PyBaseException } from '../exceptions';
import { BuiltinFunction, PyFunction, PyMethod } from '../function';
import { typeOf } from '../ops/typeof';

export function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(BaseException);
}

export function givenExceptionMatches(err: PyValue, exc: PyValue): boolean {
  if (exc instanceof PyTuple) {
    for (const item of exc.items) if (givenExceptionMatches(err, item)) return true;
    return false;
  }
  const cls = err instanceof PyBaseException ? err.type : err;
  if (isExceptionClass(cls) && isExceptionClass(exc)) return cls.isSubtypeOf(exc);
  return cls === exc;
}

/** PyCallable_Check. */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof BuiltinFunction || v instanceof PyMethod || v instanceof PyType) return true;
  return typeof v === 'object' && typeOf(v).lookup('__call__') !== undefined;
}
