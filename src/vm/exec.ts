// Running a code object outside a function call: a module body, exec() and eval().
import type { PyValue } from '../objects/object';
import type { PyCode } from '../objects/code/code';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { Frame } from './frame';
import { threadState } from './thread-state';
import { enterRecursion, runFrame } from './calls';
import { interp } from './interpreter';

/** The builtins namespace code run with these globals sees (`__builtins__`, added when absent). */
export function builtinsFor(globals: PyDict): PyDict {
  let b = globals.getStr('__builtins__');
  if (b === undefined) {
    b = interp().builtins;
    globals.setStr('__builtins__', b);
  }
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return interp().builtins.dict;
}

export function execCode(code: PyCode, globals: PyDict, locals: PyValue): PyValue {
  const ts = threadState;
  const frame = new Frame(code, globals, builtinsFor(globals), locals, null);
  enterRecursion(ts);
  frame.previous = ts.frame;
  return runFrame(ts, frame);
}
