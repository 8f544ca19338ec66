// BaseException and the built-in exception hierarchy. A Python exception is thrown in JS as
// the PyBaseException itself; the eval loop adds traceback entries as it unwinds.
import { PyObject, type PyValue } from './object';
import { newBuiltinType, ObjectType } from './builtin-types';
import { EMPTY_TUPLE, PyTuple } from './boxes';
import type { PyType } from './type';
import { None } from './singletons';

export class PyBaseException extends PyObject {
  args: PyTuple = EMPTY_TUPLE;
  /** `__traceback__`: a PyTraceback or None. */
  traceback: PyValue = None;
  /** `__cause__`, `__context__`: an exception or None. */
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** Fields some exception types have (StopIteration.value, SystemExit.code, KeyError…), by name. */
  fields: Record<string, PyValue> | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

const HIERARCHY: readonly [string, string][] = [
  ['BaseException', 'object'],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ExceptionGroup', 'BaseExceptionGroup'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['PythonFinalizationError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['_IncompleteInputError', 'SyntaxError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

/** Every built-in exception type by name, in the order above. */
export const EXCEPTION_TYPES = new Map<string, PyType>();
for (const [name, baseName] of HIERARCHY) {
  const base = baseName === 'object' ? ObjectType : EXCEPTION_TYPES.get(baseName)!;
  const t = newBuiltinType(name, base);
  t.hasInstanceDict = true;
  EXCEPTION_TYPES.set(name, t);
}
// ExceptionGroup is also an Exception (class ExceptionGroup(BaseExceptionGroup, Exception)).
{
  const eg = EXCEPTION_TYPES.get('ExceptionGroup')!;
  const exc = EXCEPTION_TYPES.get('Exception')!;
  eg.bases = [EXCEPTION_TYPES.get('BaseExceptionGroup')!, exc];
  exc.subclasses.add(eg);
  eg.mro = [eg, EXCEPTION_TYPES.get('BaseExceptionGroup')!, exc, ...exc.mro.slice(1)];
}

function exc(name: string): PyType {
  return EXCEPTION_TYPES.get(name)!;
}

export const BaseException = exc('BaseException');
export const Exception = exc('Exception');
export const TypeError = exc('TypeError');
export const ValueError = exc('ValueError');
export const AttributeError = exc('AttributeError');
export const NameError = exc('NameError');
export const UnboundLocalError = exc('UnboundLocalError');
export const KeyError = exc('KeyError');
export const IndexError = exc('IndexError');
export const ZeroDivisionError = exc('ZeroDivisionError');
export const OverflowError = exc('OverflowError');
export const RuntimeError = exc('RuntimeError');
export const RecursionError = exc('RecursionError');
export const NotImplementedError = exc('NotImplementedError');
export const StopIteration = exc('StopIteration');
export const StopAsyncIteration = exc('StopAsyncIteration');
export const GeneratorExit = exc('GeneratorExit');
export const SystemExit = exc('SystemExit');
export const SystemError = exc('SystemError');
export const AssertionError = exc('AssertionError');
export const ImportError = exc('ImportError');
export const ModuleNotFoundError = exc('ModuleNotFoundError');
export const LookupError = exc('LookupError');
export const UnicodeDecodeError = exc('UnicodeDecodeError');
export const UnicodeEncodeError = exc('UnicodeEncodeError');
export const SyntaxErrorType = exc('SyntaxError');
export const EOFError = exc('EOFError');
export const OSError = exc('OSError');
export const MemoryError = exc('MemoryError');
export const BaseExceptionGroup = exc('BaseExceptionGroup');
export const ExceptionGroup = exc('ExceptionGroup');
export const KeyboardInterrupt = exc('KeyboardInterrupt');
export const DeprecationWarning = exc('DeprecationWarning');
export const RuntimeWarning = exc('RuntimeWarning');
export const SyntaxWarning = exc('SyntaxWarning');
export const UserWarning = exc('UserWarning');

/** An exception of `type` with `args`, made without running Python code (for the runtime's own raises). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  const e = new PyBaseException(type);
  e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args);
  return e;
}

export const typeError = (message: string): PyBaseException => newException(TypeError, message);
export const valueError = (message: string): PyBaseException => newException(ValueError, message);
export const indexError = (message: string): PyBaseException => newException(IndexError, message);
export const overflowError = (message: string): PyBaseException => newException(OverflowError, message);
export const zeroDivisionError = (message: string): PyBaseException => newException(ZeroDivisionError, message);
export const runtimeError = (message: string): PyBaseException => newException(RuntimeError, message);
export const systemError = (message: string): PyBaseException => newException(SystemError, message);
export const notImplementedError = (message: string): PyBaseException => newException(NotImplementedError, message);

export function keyError(key: PyValue): PyBaseException {
  return newException(KeyError, key);
}

/** AttributeError with the `name` and `obj` fields that "Did you mean" suggestions read. */
export function attributeError(message: string, obj?: PyValue, name?: string): PyBaseException {
  const e = newException(AttributeError, message);
  if (name !== undefined) e.fields = { name, obj: obj ?? None };
  return e;
}

export function nameError(name: string, type: PyType = NameError, message?: string): PyBaseException {
  const e = newException(type, message ?? `name '${name}' is not defined`);
  // Only NameError itself carries the name (UnboundLocalError gets no suggestions in CPython).
  if (type === NameError) e.fields = { name };
  return e;
}

export function stopIteration(value: PyValue): PyBaseException {
  const e = value === None ? newException(StopIteration) : newException(StopIteration, value);
  e.fields = { value };
  return e;
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}
