// What the interpreter keeps per thread: the running frame, the recursion depth and limit,
// the exception being handled (sys.exc_info()), and where output goes.
import type { PyValue } from '../objects/object';
import type { Frame } from './frame';
import { None } from '../objects/singletons';
import type { Tier1Stats } from './stats';
import type { Tracer } from '../jit/recorder';

export class ThreadState {
  /** The frame running now (the top of the frame stack). */
  frame: Frame | null = null;
  /** Python frames plus native re-entries now active. */
  depth = 0;
  recursionLimit = 1000;
  /** The exception being handled by an except block, or None (sys.exception()). */
  handled: PyValue = None;
  /** Set just before an exception is re-raised (RERAISE, bare `raise`): no new traceback entry. */
  reraising = false;
  /**
   * The offset RERAISE restored from its lasti operand, or -1: a handler the re-raised
   * exception reaches is found from RERAISE's own offset but is given this one as its lasti.
   */
  reraiseLasti = -1;
  /** What the interpreter counts for `-X stats`, or null when it counts nothing. */
  stats: Tier1Stats | null = null;
  /** The trace being recorded, if any (one at a time, as CPython's _PyJitTracerState). */
  tracer: Tracer | null = null;
  /** The frame an executor is running in, while it runs (sys._jit.is_active()). */
  executorFrame: Frame | null = null;
}

/** The one thread. */
export const threadState = new ThreadState();
