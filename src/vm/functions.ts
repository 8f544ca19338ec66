// Function objects at run time: MAKE_FUNCTION and SET_FUNCTION_ATTRIBUTE.
import type { PyValue } from '../objects/object';
import { PyCell, PyFunction } from '../objects/function';
import { PyTuple } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import type { PyCode } from '../objects/code/code';
import { systemError } from '../objects/exceptions';
import type { Frame } from './frame';

export function makeFunction(frame: Frame, code: PyCode): PyFunction {
  return new PyFunction(code, frame.globals, frame.builtins, null);
}

/** SET_FUNCTION_ATTRIBUTE's oparg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. */
export function setFunctionAttribute(func: PyFunction, which: number, value: PyValue): void {
  switch (which) {
    case 1:
      func.defaults = value as PyTuple;
      return;
    case 2:
      func.kwdefaults = value as PyDict;
      return;
    case 4:
      func.annotations = value;
      return;
    case 8:
      func.closure = (value as PyTuple).items as PyCell[];
      return;
  }
  throw systemError(`unknown function attribute ${which}`);
}
