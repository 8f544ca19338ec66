// OSError: (errno, strerror[, filename[, winerror[, filename2]]]) arguments, the subclass an
// errno selects when OSError itself is called, BlockingIOError.characters_written, and the
// "[Errno N] message: 'file'" str.
import type { PyValue } from '../object';
import { PyTuple } from '../boxes';
import { None } from '../singletons';
import { EXCEPTION_TYPES, OSError, PyBaseException, attributeError, typeError } from '../exceptions';
import type { PyType } from '../type';
import { defineGetSet, defineMethods, defineNew } from '../native';
import { noKeywords } from '../args';
import { repr, str } from '../ops/repr';
import { callMethodDescriptor } from '../ops/call';
import { indexAsNumber } from '../ops/index-value';
import { typeOf } from '../ops/typeof';
import { BaseException } from '../exceptions';
import { BUILTIN_INITS, asException, attributeOwner, defineMember, getField, setField } from './fields';
import { newClassArg, positional, tupleOf } from './base';

/** errno → the OSError subclass CPython picks on Linux (its errnomap). */
const ERRNO_TYPES = new Map<number, string>([
  [1, 'PermissionError'],
  [2, 'FileNotFoundError'],
  [3, 'ProcessLookupError'],
  [4, 'InterruptedError'],
  [10, 'ChildProcessError'],
  [11, 'BlockingIOError'],
  [13, 'PermissionError'],
  [17, 'FileExistsError'],
  [20, 'NotADirectoryError'],
  [21, 'IsADirectoryError'],
  [32, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'],
  [104, 'ConnectionResetError'],
  [108, 'BrokenPipeError'],
  [110, 'TimeoutError'],
  [111, 'ConnectionRefusedError'],
  [114, 'BlockingIOError'],
  [115, 'BlockingIOError'],
]);

/** The OSError subclass for an errno, or OSError. */
export function osErrorTypeFor(errno: number): PyType {
  const name = ERRNO_TYPES.get(errno);
  return name === undefined ? OSError : EXCEPTION_TYPES.get(name)!;
}

const BlockingIOError = EXCEPTION_TYPES.get('BlockingIOError')!;

let osErrorNew: PyValue;

/** A subclass that defines __init__ but not __new__ parses its arguments in __init__ (oserror_use_init). */
function usesInit(type: PyType): boolean {
  return !BUILTIN_INITS.has(type.lookup('__init__')) && type.lookup('__new__') === osErrorNew;
}

function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

/** Sets the fields from the arguments and trims args to (errno, strerror) when a filename was given. */
function initFields(exc: PyBaseException, args: PyValue[]): void {
  exc.fields ??= {};
  const n = args.length;
  if (n >= 2 && n <= 5) {
    const [errno, strerror, filename, , filename2] = args;
    if (filename !== undefined && filename !== None) {
      if (exc.type === BlockingIOError && isNumber(filename)) {
        setField(exc, 'characters_written', indexAsNumber(filename));
      } else {
        setField(exc, 'filename', filename);
        if (filename2 !== undefined && filename2 !== None) setField(exc, 'filename2', filename2);
        args = args.slice(0, 2);
      }
    }
    setField(exc, 'errno', errno);
    setField(exc, 'strerror', strerror);
  }
  exc.args = tupleOf(args);
}

defineNew(OSError, (args, kwnames) => {
  let cls = newClassArg(args, OSError);
  const rest = positional(args, kwnames).slice(1);
  if (usesInit(cls)) {
    const e = new PyBaseException(cls);
    e.fields = {};
    return e;
  }
  noKeywords(cls.name, kwnames);
  if (cls === OSError && rest.length >= 2 && rest.length <= 5) {
    const errno = rest[0];
    if (typeof errno === 'number' || typeof errno === 'boolean') cls = osErrorTypeFor(Number(errno));
  }
  const exc = new PyBaseException(cls);
  initFields(exc, rest);
  return exc;
});
osErrorNew = OSError.ns.getStr('__new__')!;

/**
 * An OSError the runtime made without calling the class (newException(OSError, 2, 'msg')):
 * its fields are what the constructor would have set from its arguments.
 */
function normalized(exc: PyBaseException): PyBaseException {
  if (exc.fields === null) initFields(exc, exc.args.items.slice());
  return exc;
}

defineMethods(OSError, {
  __init__(self, args, kwnames) {
    const exc = asException(self, OSError, '__init__');
    if (!usesInit(exc.type)) return None;
    noKeywords(exc.type.name, kwnames);
    initFields(exc, args.slice());
    return None;
  },
  __str__(self) {
    const exc = normalized(asException(self, OSError, '__str__'));
    const errno = getField(exc, 'errno');
    const strerror = getField(exc, 'strerror');
    const filename = getField(exc, 'filename');
    const filename2 = getField(exc, 'filename2');
    if (filename !== undefined) {
      const head = `[Errno ${str(errno ?? None)}] ${str(strerror ?? None)}: ${repr(filename)}`;
      return filename2 !== undefined ? `${head} -> ${repr(filename2)}` : head;
    }
    if (errno !== undefined && strerror !== undefined) return `[Errno ${str(errno)}] ${str(strerror)}`;
    return callMethodDescriptor(BaseException.ns.getStr('__str__')!, self, []);
  },
  __reduce__(self) {
    const exc = normalized(asException(self, OSError, '__reduce__'));
    let args = exc.args;
    const filename = getField(exc, 'filename');
    if (args.items.length === 2 && filename !== undefined) {
      const filename2 = getField(exc, 'filename2');
      args = new PyTuple(filename2 !== undefined ? [...args.items, filename, None, filename2] : [...args.items, filename]);
    }
    if (exc.dict !== null && exc.dict.size > 0) return new PyTuple([exc.type, args, exc.dict]);
    return new PyTuple([exc.type, args]);
  },
});

for (const f of ['errno', 'strerror', 'filename', 'filename2']) {
  defineMember(OSError, f, { derive: (exc) => getField(normalized(exc), f) ?? None });
}
defineGetSet(
  OSError,
  'characters_written',
  (self) => {
    const v = getField(normalized(attributeOwner(self, OSError, 'characters_written')), 'characters_written');
    if (v === undefined) throw attributeError('characters_written');
    return v;
  },
  (self, value) => {
    const exc = attributeOwner(self, OSError, 'characters_written');
    if (value === null) {
      if (getField(exc, 'characters_written') === undefined) throw attributeError('characters_written');
      setField(exc, 'characters_written', undefined);
      return;
    }
    if (!isNumber(value)) throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
    setField(exc, 'characters_written', indexAsNumber(value));
  },
);
