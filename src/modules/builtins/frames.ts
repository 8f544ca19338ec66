// globals(), locals(), and the no-argument forms of vars() and dir(): they read the frame that
// called the builtin (a builtin pushes no frame of its own, so it is the thread's top frame).
import type { PyValue } from '../../objects/object';
import { PyDict } from '../../objects/dict';
import { PyCell } from '../../objects/function';
import { systemError } from '../../objects/exceptions';
import { threadState } from '../../vm/thread-state';
import type { Frame } from '../../vm/frame';

const CO_FAST_HIDDEN = 0x10;
const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;

function callerFrame(): Frame {
  const frame = threadState.frame;
  if (frame === null) throw systemError('frame does not exist');
  return frame;
}

/** The value in fast-locals slot i, looking through its cell; null when unbound. */
function slotValue(frame: Frame, i: number): PyValue | null {
  const v = frame.stack[i];
  if (v !== null && frame.code.localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCell) return v.value;
  return v;
}

/** Variables of an inlined comprehension that is running now (PEP 709). */
function hasBoundHiddenLocals(frame: Frame): boolean {
  const kinds = frame.code.localspluskinds;
  for (let i = 0; i < frame.code.nlocalsplus; i++) {
    if (kinds[i] & CO_FAST_HIDDEN && slotValue(frame, i) !== null) return true;
  }
  return false;
}

export function currentGlobals(): PyDict {
  return callerFrame().globals;
}

/**
 * locals() as CPython 3.13 answers it (PEP 667): a module or class body's namespace itself;
 * for a function, or while an inlined comprehension runs, a new dict of every bound fast
 * local, cell and free variable.
 */
export function currentLocals(): PyValue {
  const frame = callerFrame();
  if (frame.locals !== null && !hasBoundHiddenLocals(frame)) return frame.locals;
  const d = new PyDict();
  const names = frame.code.localsplusnames;
  for (let i = 0; i < frame.code.nlocalsplus; i++) {
    const v = slotValue(frame, i);
    if (v !== null) d.setStr(names[i], v);
  }
  return d;
}
