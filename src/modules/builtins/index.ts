// The builtins module: every builtin function, type, constant and exception, in the order
// CPython's builtins.__dict__ lists them. The interpreter adds the builtins that need it
// (__build_class__, __import__, exec, eval, compile, breakpoint) through `extra`, or later.
import '../../objects/index';
import type { PyValue } from '../../objects/object';
import { PyDict } from '../../objects/dict';
import { PyModule } from '../../objects/module';
import { BuiltinFunction, type NativeFunction } from '../../objects/function';
import {
  BoolType,
  ByteArrayType,
  BytesType,
  ClassMethodType,
  ComplexType,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  ObjectType,
  PropertyType,
  RangeType,
  SetType,
  SliceType,
  StaticMethodType,
  StrType,
  SuperType,
  TupleType,
  TypeType,
} from '../../objects/builtin-types';
import { MemoryViewType } from '../../objects/bytes/buffer';
import { EnumerateType, FilterType, MapType, ReversedType, ZipType } from '../../objects/iterator-types';
import { EXCEPTION_TYPES } from '../../objects/exceptions';
import { Ellipsis, None, NotImplemented } from '../../objects/singletons';
import { NUMERIC_BUILTINS } from './numeric';
import { INTROSPECTION_BUILTINS } from './introspection';
import { TEXT_BUILTINS } from './text';
import { ITERATION_BUILTINS } from './iteration';
import { CONSOLE_BUILTINS } from './console';
import { ASYNC_BUILTINS } from './anext-awaitable';
import { BUILTIN_DOCS, BUILTIN_TEXT_SIGNATURES } from './docs';
import { makeQuitter } from './site-builtins';

const FUNCTIONS: Record<string, NativeFunction> = {
  ...NUMERIC_BUILTINS,
  ...INTROSPECTION_BUILTINS,
  ...TEXT_BUILTINS,
  ...ITERATION_BUILTINS,
  ...CONSOLE_BUILTINS,
  ...ASYNC_BUILTINS,
};

/** The builtin function objects, made once: `builtins.len is builtins.len` in every interpreter. */
const functionObjects = new Map<string, BuiltinFunction>();
for (const name of Object.keys(FUNCTIONS)) {
  const f = BuiltinFunction.ofModule('builtins', name, FUNCTIONS[name], BUILTIN_DOCS[name] ?? null);
  f.textSignature = BUILTIN_TEXT_SIGNATURES[name] ?? null;
  functionObjects.set(name, f);
}

/** A builtin function by name (for modules that hand out the same object, as operator and functools do). */
export function builtinFunction(name: string): BuiltinFunction | undefined {
  return functionObjects.get(name);
}

const VALUES: Record<string, PyValue> = {
  None,
  Ellipsis,
  NotImplemented,
  False: false,
  True: true,
  bool: BoolType,
  memoryview: MemoryViewType,
  bytearray: ByteArrayType,
  bytes: BytesType,
  classmethod: ClassMethodType,
  complex: ComplexType,
  dict: DictType,
  enumerate: EnumerateType,
  filter: FilterType,
  float: FloatType,
  frozenset: FrozenSetType,
  property: PropertyType,
  int: IntType,
  list: ListType,
  map: MapType,
  object: ObjectType,
  range: RangeType,
  reversed: ReversedType,
  set: SetType,
  slice: SliceType,
  staticmethod: StaticMethodType,
  str: StrType,
  super: SuperType,
  tuple: TupleType,
  type: TypeType,
  zip: ZipType,
  __debug__: true,
};

/** builtins.__dict__'s order in CPython 3.13 (after the module attributes). */
const ORDER = [
  '__build_class__', '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr',
  'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash',
  'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'aiter', 'len', 'locals', 'max', 'min', 'next',
  'anext', 'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars',
  'None', 'Ellipsis', 'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes',
  'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property', 'int', 'list',
  'map', 'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip',
  '__debug__',
  'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError',
  'LookupError', 'MemoryError', 'NameError', 'OSError', 'ReferenceError', 'RuntimeError',
  'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'TypeError', 'ValueError', 'Warning',
  'FloatingPointError', 'OverflowError', 'ZeroDivisionError', 'BytesWarning', 'DeprecationWarning',
  'EncodingWarning', 'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning',
  'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning', 'BlockingIOError',
  'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
  'IndentationError', '_IncompleteInputError', 'IndexError', 'KeyError', 'ModuleNotFoundError',
  'NotImplementedError', 'PythonFinalizationError', 'RecursionError', 'UnboundLocalError', 'UnicodeError',
  'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError',
  'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'ExceptionGroup', 'EnvironmentError',
  'IOError', 'open', 'quit', 'exit', 'copyright', 'credits', 'license', 'help',
];

const MODULE_DOC =
  "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";

/** What this module provides for `name`, or undefined. */
function ownValue(name: string): PyValue | undefined {
  const f = functionObjects.get(name);
  if (f !== undefined) return f;
  if (Object.prototype.hasOwnProperty.call(VALUES, name)) return VALUES[name];
  if (name === 'EnvironmentError' || name === 'IOError') return EXCEPTION_TYPES.get('OSError');
  if (name === 'exit' || name === 'quit') return makeQuitter(name);
  return EXCEPTION_TYPES.get(name);
}

/**
 * Fills a builtins namespace: `extra` supplies (or overrides) names this module leaves to the
 * interpreter; each lands at its CPython position, and names CPython does not have go last.
 */
export function fillBuiltins(dict: PyDict, extra: Record<string, PyValue> = {}): void {
  dict.setStr('__doc__', MODULE_DOC);
  for (const name of ORDER) {
    const v = Object.prototype.hasOwnProperty.call(extra, name) ? extra[name] : ownValue(name);
    if (v !== undefined) dict.setStr(name, v);
  }
  for (const name of Object.keys(extra)) if (dict.getStr(name) === undefined) dict.setStr(name, extra[name]);
  for (const [name, t] of EXCEPTION_TYPES) if (dict.getStr(name) === undefined) dict.setStr(name, t);
}

export function makeBuiltinsModule(extra: Record<string, PyValue> = {}): PyModule {
  const m = new PyModule('builtins');
  fillBuiltins(m.dict, extra);
  return m;
}

/** The entry builtins-module.ts looks for: fills `dict` with everything this module provides. */
export function addBuiltinFunctions(dict: PyDict): void {
  fillBuiltins(dict);
}
