// Unwinding: when an instruction raises, find the handler in the frame's exception table;
// without one, leave the frame and look in its caller, until the loop's entry frame, past
// which the exception is thrown to whoever entered the loop. Each frame the exception
// passes through adds a traceback entry, as CPython's PyTraceBack_Here does.
import type { PyValue } from '../objects/object';
import { PyBaseException, systemError } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { None } from '../objects/singletons';
import type { Frame } from './frame';
import type { ThreadState } from './thread-state';
import { recursionError } from './calls';
import { closeTransient, PyGenerator } from './generators';

/** Any error thrown in the loop as a Python exception: a JS stack overflow is a RecursionError. */
export function asPyException(error: unknown): PyBaseException {
  if (error instanceof PyBaseException) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return recursionError();
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (process.env.TAIPAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return systemError(`Taipan internal error: ${message}`);
}

export function addTraceback(exc: PyBaseException, frame: Frame): void {
  exc.traceback = new PyTraceback(exc.traceback, frame, frame.at);
}

/** Sets `exc.__context__` to the exception being handled, breaking any cycle that would make. */
export function setContext(exc: PyBaseException, handled: PyValue): void {
  if (handled === None || handled === exc || !(handled instanceof PyBaseException)) return;
  // Walk the context chain of the handled exception; cut it where it reaches exc.
  let o: PyBaseException = handled;
  for (;;) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

export function unwind(ts: ThreadState, frame: Frame, entry: Frame, error: unknown): Frame {
  const exc = asPyException(error);
  if (ts.reraising) ts.reraising = false;
  else {
    if (exc.context === None) setContext(exc, ts.handled);
    addTraceback(exc, frame);
  }
  let lasti = ts.reraiseLasti >= 0 ? ts.reraiseLasti : frame.at;
  ts.reraiseLasti = -1;
  for (;;) {
    const handler = frame.code.handlerFor(frame.at);
    if (handler !== undefined) {
      let sp = frame.code.nlocalsplus + handler.depth;
      const stack = frame.stack;
      closeDroppedGenerators(stack, sp, frame.sp);
      for (let i = sp; i < stack.length; i++) stack[i] = null;
      if (handler.lasti) stack[sp++] = lasti;
      stack[sp++] = exc;
      frame.sp = sp;
      frame.pc = handler.target;
      ts.frame = frame;
      return frame;
    }
    ts.depth--;
    ts.frame = frame.previous;
    frame.yielded = false;
    closeDroppedGenerators(frame.stack, frame.code.nlocalsplus, frame.sp);
    if (frame === entry) throw exc;
    frame = frame.previous!;
    lasti = frame.at;
    addTraceback(exc, frame);
  }
}

/** Generators that only a loop's stack slot held, dropped by unwinding: closed as CPython would. */
function closeDroppedGenerators(stack: readonly (PyValue | null)[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const v = stack[i];
    if (v instanceof PyGenerator && v.transient) closeTransient(v);
  }
}

export function lastiOf(v: PyValue): number {
  return typeof v === 'number' ? v : 0;
}

export function unknownOpcode(opcode: number): PyBaseException {
  return systemError(`unknown opcode ${opcode}`);
}

