// Traceback objects: one per frame an exception passed through, newest last (tb_next
// points toward the frame where it was raised).
import { PyObject, type PyValue } from './object';
import { TracebackType } from './builtin-types';
import type { Frame } from '../vm/frame';

export class PyTraceback extends PyObject {
  constructor(
    public next: PyValue,
    readonly frame: Frame,
    /** The code unit of the instruction that was running (tb_lasti is twice this). */
    readonly at: number,
  ) {
    super(TracebackType);
  }

  get lineno(): number | null {
    return this.frame.code.lineOf(this.at);
  }
}
