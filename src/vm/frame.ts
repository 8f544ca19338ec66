// A Python frame: the code it runs, its fast locals, cells and value stack in one array
// (CPython's localsplus followed by the stack), where it is, and the frame below it.
// Frames live on a heap stack linked by `previous`, so Python calls never recurse in JS.
import { PyObject, type PyValue } from '../objects/object';
import { FrameType } from '../objects/builtin-types';
import type { PyCode } from '../objects/code/code';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';

export class Frame extends PyObject {
  /** Locals, cells and free variables (code.nlocalsplus of them), then the value stack. */
  readonly stack: (PyValue | null)[];
  /** The first free slot of the value stack (an index into `stack`). */
  sp: number;
  /** The code unit to run next. */
  pc = 0;
  /** The code unit of the instruction running (or last run): for the exception table and line numbers. */
  at = 0;
  previous: Frame | null = null;
  /** The generator, coroutine or async generator that owns this frame, if any. */
  generator: PyObject | null = null;
  /** Set when the frame last left the loop by yielding rather than returning. */
  yielded = false;
  /**
   * For an `__init__` that CALL_ALLOC_AND_ENTER_INIT entered: the new instance, which its
   * return gives the caller in place of `__init__`'s own result (which must be None).
   */
  initSelf: PyValue | null = null;
  /**
   * The frame a loop invocation was entered with: native code (or a generator's resumer) waits
   * for its result, so a trace must not return past it into its caller.
   */
  isEntry = false;
  /** The line `f_lineno` reports while tracing is off: computed from `at` when asked. */
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace of a module or class body (LOAD_NAME); null in function frames. */
    public locals: PyValue | null,
    readonly func: PyFunction | null,
  ) {
    super(FrameType);
    const n = code.nlocalsplus;
    const stack = new Array<PyValue | null>(n + code.stacksize);
    for (let i = 0; i < stack.length; i++) stack[i] = null;
    this.stack = stack;
    this.sp = n;
  }

  get lineno(): number | null {
    return this.code.lineOf(this.at);
  }
}
