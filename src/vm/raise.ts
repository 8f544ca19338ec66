// Raising and handling: RAISE_VARARGS, the `with` protocol, and the pieces of exception
// handling that are not in the exception table (CHECK_EXC_MATCH, CLEANUP_THROW).
import type { PyValue } from '../objects/object';
import { None } from '../objects/singletons';
import { PyBaseException, runtimeError, StopIteration, typeError } from '../objects/exceptions';
import { call, callMethodDescriptor } from '../objects/ops/call';
import { exceptionToRaise, setCause } from '../objects/exceptions-type';
import { typeOf } from '../objects/ops/typeof';
import type { ThreadState } from './thread-state';
import { setContext } from './unwind';

export function raiseVarargs(ts: ThreadState, stack: PyValue[], at: number, oparg: number): never {
  if (oparg === 0) {
    const exc = ts.handled;
    if (!(exc instanceof PyBaseException)) throw runtimeError('No active exception to reraise');
    ts.reraising = true;
    throw exc;
  }
  const exc = exceptionToRaise(stack[at]);
  if (oparg === 2) setCause(exc, stack[at + 1]);
  setContext(exc, ts.handled);
  throw exc;
}

/** CLEANUP_THROW: a StopIteration from the delegate ends the `yield from` with its value. */
export function cleanupThrow(ts: ThreadState, exc: PyValue): PyValue {
  if (exc instanceof PyBaseException && exc.type.isSubtypeOf(StopIteration)) {
    return exc.fields?.value ?? (exc.args.items.length > 0 ? exc.args.items[0] : None);
  }
  ts.reraising = true;
  throw exc;
}

/** Results of instructions with two outputs, read right after the call. */
export const out: { self: PyValue | null; exit: PyValue; match: PyValue; done: boolean } = {
  self: null,
  exit: None,
  match: None,
  done: false,
};

function contextManager(mgr: PyValue, enter: string, exit: string, what: string): PyValue {
  const type = typeOf(mgr);
  const enterDescr = type.lookup(enter);
  const exitDescr = type.lookup(exit);
  if (enterDescr === undefined) throw typeError(`'${type.name}' object does not support the ${what} protocol`);
  if (exitDescr === undefined) throw typeError(`'${type.name}' object does not support the ${what} protocol (missed ${exit} method)`);
  const et = typeOf(exitDescr);
  const exitBound = et.descrGet !== undefined ? et.descrGet(exitDescr, mgr, type) : exitDescr;
  const entered = callMethodDescriptor(enterDescr, mgr, []);
  // Set after __enter__ ran: Python code there may use `with` itself.
  out.exit = exitBound;
  return entered;
}

export function beforeWith(mgr: PyValue): PyValue {
  return contextManager(mgr, '__enter__', '__exit__', 'context manager');
}

export function beforeAsyncWith(mgr: PyValue): PyValue {
  const awaitable = contextManager(mgr, '__aenter__', '__aexit__', 'asynchronous context manager');
  return awaitable;
}

export function withExceptStart(exitFunc: PyValue, val: PyValue): PyValue {
  const tb = val instanceof PyBaseException ? val.traceback : None;
  return call(exitFunc, [typeOf(val), val, tb]);
}
