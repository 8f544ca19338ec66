// CPython gives each built-in exception type its own __init__ (and most their own __new__),
// which accept only instances (classes) of that type: ValueError.__init__(KeyError()) is a
// TypeError. Types whose file defined none get one here that checks and delegates to the
// inherited one. Loaded after every exception type's own file.
import { PyType } from '../type';
import { EXCEPTION_TYPES, ExceptionGroup, typeError } from '../exceptions';
import { BuiltinFunction, MethodDescriptor, PyStaticMethod } from '../function';
import { defineMethod, defineNew } from '../native';
import { typeOf } from '../ops/typeof';
import { BUILTIN_INITS, asException } from './fields';

/** The types that inherit __new__ in CPython (their __dict__ has none). */
const INHERIT_NEW = new Set([
  'AttributeError',
  'BlockingIOError',
  'BrokenPipeError',
  'ChildProcessError',
  'ConnectionAbortedError',
  'ConnectionError',
  'ConnectionRefusedError',
  'ConnectionResetError',
  'ExceptionGroup',
  'FileExistsError',
  'FileNotFoundError',
  'ImportError',
  'IndentationError',
  'InterruptedError',
  'IsADirectoryError',
  'KeyError',
  'ModuleNotFoundError',
  'NameError',
  'NotADirectoryError',
  'PermissionError',
  'ProcessLookupError',
  'StopIteration',
  'SyntaxError',
  'SystemExit',
  'TabError',
  'TimeoutError',
  'UnboundLocalError',
]);


for (const t of EXCEPTION_TYPES.values()) {
  if (t !== ExceptionGroup && t.ns.getStr('__init__') === undefined) {
    const inherited = t.lookup('__init__');
    if (inherited instanceof MethodDescriptor) {
      defineMethod(t, '__init__', (self, args, kwnames) => {
        asException(self, t, '__init__');
        return inherited.fn(self, args, kwnames);
      });
    }
  }
  BUILTIN_INITS.add(t.ns.getStr('__init__'));
  if (!INHERIT_NEW.has(t.name) && t.ns.getStr('__new__') === undefined) {
    const inherited = t.lookup('__new__');
    if (inherited instanceof PyStaticMethod && inherited.callable instanceof BuiltinFunction) {
      const fn = inherited.callable.fn;
      defineNew(t, (args, kwnames) => {
        if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
        const cls = args[0];
        if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
        if (!cls.isSubtypeOf(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
        return fn(args, kwnames);
      });
    }
  }
  // The lookups above cached what this type inherited.
  t.modified();
}
