// The namespaces of the built-in exception types (the types themselves are made in
// exceptions.ts), and what the interpreter needs to raise: `raise X` and `raise X from Y`.
import type { PyValue } from './object';
import { PyBaseException, typeError } from './exceptions';
import { None } from './singletons';
import { call } from './ops/call';
import { repr } from './ops/repr';
import { typeOf } from './ops/typeof';
import { isExceptionClass } from './exceptions/matches';
import { setCauseRaw } from './exceptions/base';
import './exceptions/layout';
import './exceptions/simple';
import './exceptions/os-error';
import './exceptions/syntax-error';
import './exceptions/unicode-error';
import './exceptions/groups';
import './exceptions/docs';
import './exceptions/traceback-type';
import './exceptions/per-type';

/** The exception instance `raise v` raises: an instance as is, a class called with no arguments (do_raise). */
export function exceptionToRaise(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (isExceptionClass(v)) {
    const inst = call(v, []);
    if (!(inst instanceof PyBaseException)) {
      throw typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${repr(typeOf(inst))}`);
    }
    return inst;
  }
  throw typeError('exceptions must derive from BaseException');
}

/**
 * `raise exc from cause`: a cause class is instantiated, None clears the cause; either way
 * `__suppress_context__` becomes True.
 */
export function setCause(exc: PyBaseException, cause: PyValue): void {
  let fixed: PyValue;
  if (isExceptionClass(cause)) {
    fixed = call(cause, []);
    if (!(fixed instanceof PyBaseException)) {
      throw typeError(`calling ${repr(cause)} should have returned an instance of BaseException, not ${repr(typeOf(fixed))}`);
    }
  } else if (cause instanceof PyBaseException || cause === None) {
    fixed = cause;
  } else {
    throw typeError('exception causes must derive from BaseException');
  }
  setCauseRaw(exc, fixed);
}

export { givenExceptionMatches, isExceptionClass } from './exceptions/matches';
export { isExceptionGroup, groupExceptions, createExceptionGroup, splitGroup } from './exceptions/groups';
export { newSyntaxError } from './exceptions/syntax-error';
export { osErrorTypeFor } from './exceptions/os-error';
export { newUnicodeDecodeError, newUnicodeEncodeError } from './exceptions/unicode-error';
export { getField, setField } from './exceptions/fields';
