// Calling any value (PyObject_Vectorcall): functions run through the VM, which registers
// itself here, so that the object model does not depend on the interpreter.
import type { PyValue } from '../object';
import { BuiltinFunction, PyFunction, PyMethod } from '../function';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';

type PythonCaller = (func: PyFunction, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

let callPython: PythonCaller = () => {
  throw new Error('the interpreter has not registered itself');
};

/** The VM's entry for running a Python function from native code (re-entry). */
export function registerPythonCaller(caller: PythonCaller): void {
  callPython = caller;
}

export function call(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (callable instanceof PyFunction) return callPython(callable, args, kwnames);
  if (callable instanceof BuiltinFunction) return callable.fn(args, kwnames);
  if (callable instanceof PyMethod) return call(callable.func, [callable.self, ...args], kwnames);
  const type = typeOf(callable);
  const dunder = type.lookup('__call__');
  if (dunder === undefined) throw typeError(`'${type.name}' object is not callable`);
  return callMethodDescriptor(dunder, callable, args, kwnames);
}

/** Calls `descr` found on the class of `self` as a method of `self` (without making a bound method). */
export function callMethodDescriptor(descr: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (descr instanceof PyFunction) return callPython(descr, [self, ...args], kwnames);
  const dt = typeOf(descr);
  if (dt.callMethod !== null) return dt.callMethod(descr, self, args, kwnames);
  const bound = dt.descrGet !== undefined ? dt.descrGet(descr, self, typeOf(self)) : descr;
  return call(bound, args, kwnames);
}

/** Looks `name` up on the class of `self` and calls it as a method; undefined when the class has none. */
export function callSpecial(self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const descr = typeOf(self).lookup(name);
  if (descr === undefined) return undefined;
  return callMethodDescriptor(descr, self, args);
}
