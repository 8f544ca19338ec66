// What `except` and `except*` need from the runtime: CHECK_EXC_MATCH's test, CHECK_EG_MATCH's
// split of the handled exception into the part a clause takes and the rest, and
// INTRINSIC_PREP_RERAISE_STAR, which rebuilds what leaves a try/except* statement.
import type { PyValue } from '../objects/object';
import { PyList, PyTuple } from '../objects/boxes';
import { None } from '../objects/singletons';
import { BaseExceptionGroup, PyBaseException, typeError } from '../objects/exceptions';
import { givenExceptionMatches, isExceptionClass } from '../objects/exceptions/matches';
import { createExceptionGroup, groupExceptions, isExceptionGroup, splitGroup } from '../objects/exceptions/groups';
import { toArray } from '../objects/ops/iter';
import { threadState } from './thread-state';
import { out } from './raise';

const CANNOT_CATCH = 'catching classes that do not inherit from BaseException is not allowed';

/** _PyEval_CheckExceptTypeValid: an except clause's class, or every class in its tuple, must be an exception class. */
export function checkExceptType(right: PyValue): void {
  if (right instanceof PyTuple) {
    for (const item of right.items) if (!isExceptionClass(item)) throw typeError(CANNOT_CATCH);
  } else if (!isExceptionClass(right)) {
    throw typeError(CANNOT_CATCH);
  }
}

/** CHECK_EXC_MATCH: whether the exception `left` is caught by `except right`. */
export function checkExcMatch(left: PyValue, right: PyValue): boolean {
  checkExceptType(right);
  return givenExceptionMatches(left, right);
}

/** _PyEval_CheckExceptStarTypeValid: as for except, and an except* clause may not name an exception group class. */
export function checkExceptStarType(right: PyValue): void {
  checkExceptType(right);
  const items = right instanceof PyTuple ? right.items : [right];
  if (items.some((t) => isExceptionClass(t) && t.isSubtypeOf(BaseExceptionGroup))) {
    throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** The second result of checkEgMatch (CHECK_EG_MATCH pushes rest, then match): the VM's shared `out`. */
export const matchOut: { match: PyValue } = out;

/**
 * CHECK_EG_MATCH: returns the part of `excValue` an `except* matchType` clause does not take
 * (None when it takes all) and leaves the part it takes in matchOut.match (None when nothing
 * matches). A matching naked exception is wrapped in ExceptionGroup('', (exc,)). A non-None
 * match becomes the handled exception.
 */
export function checkEgMatch(excValue: PyValue, matchType: PyValue): PyValue {
  checkExceptStarType(matchType);
  let match: PyValue;
  let rest: PyValue;
  if (excValue === None) {
    match = None;
    rest = None;
  } else if (givenExceptionMatches(excValue, matchType)) {
    if (isExceptionGroup(excValue)) match = excValue;
    else {
      // CPython 3.13.0 gives the wrapper no traceback of its own.
      match = createExceptionGroup('', new PyTuple([excValue]));
    }
    rest = None;
  } else if (isExceptionGroup(excValue)) {
    const r = splitGroup(excValue, { kind: 'type', value: matchType }, true);
    match = r.match ?? None;
    rest = r.rest ?? None;
  } else {
    match = None;
    rest = excValue;
  }
  matchOut.match = match;
  if (match !== None) threadState.handled = match;
  return rest;
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

function collectLeaves(exc: PyValue, into: Set<PyBaseException>): void {
  if (!(exc instanceof PyBaseException)) return;
  if (!isExceptionGroup(exc)) {
    into.add(exc);
    return;
  }
  for (const e of groupExceptions(exc)) collectLeaves(e, into);
}

/**
 * INTRINSIC_PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): `orig` is what the try raised, `excs`
 * what each except* clause raised or re-raised (None for clauses that finished). Re-raised
 * parts are put back in orig's tree shape; newly raised ones join them in a new
 * ExceptionGroup(''). None when nothing is left to raise.
 */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = excs instanceof PyList ? excs.items : toArray(excs);
  if (list.length === 0) return None;
  if (!isExceptionGroup(orig)) {
    // A naked exception was wrapped: only one clause ran, so there is at most one to raise.
    return list[0];
  }
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of list) {
    if (e === None || !(e instanceof PyBaseException)) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const keep = new Set<PyBaseException>();
  for (const e of reraised) collectLeaves(e, keep);
  const reraisedEg = splitGroup(orig, { kind: 'leaves', value: keep }, false).match ?? None;
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  return raised.length > 1 ? createExceptionGroup('', new PyList(raised)) : raised[0];
}
