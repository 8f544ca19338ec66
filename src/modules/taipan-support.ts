// `_taipan`: what the standard library written in Python (lib/python/) needs from the runtime
// beyond what Python itself can say.
import type { PyValue } from '../objects/object';
import { PyModule } from '../objects/module';
import { BuiltinFunction } from '../objects/function';
import { PyType } from '../objects/type';
import { typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/args';
import { typeOf } from '../objects/ops/typeof';
import { nativeModule, registerNativeModule } from './registry';
import { findSource, setSpecFactory } from '../vm/imports';
import { PyList, PyTuple } from '../objects/boxes';
import { toArray } from '../objects/ops/iter';
import { None } from '../objects/singletons';

/**
 * `builtin_type(cls, 'datetime.date')` makes a class written in Python look like the C type
 * CPython has in its place: error messages name it with its module, as tp_name does, and its
 * attributes can no longer be set (Py_TPFLAGS_IMMUTABLETYPE). Subclasses are ordinary classes.
 */
function builtinType(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('builtin_type', args, kwnames, 2, 2);
  const [cls, name] = args as [PyValue, PyValue];
  if (!(cls instanceof PyType)) throw typeError(`builtin_type() argument 1 must be a type, not ${typeOf(cls).name}`);
  if (typeof name !== 'string') throw typeError(`builtin_type() argument 2 must be str, not ${typeOf(name).name}`);
  cls.name = name;
  cls.immutable = true;
  cls.modified();
  return cls;
}

function makeTaipanModule(): PyModule {
  const m = new PyModule('_taipan');
  m.dict.setStr('builtin_type', BuiltinFunction.ofModule('_taipan', 'builtin_type', builtinType));
  // For importlib: which modules are built in, where a module's source is, and the factory of
  // the `__spec__` of each module the VM imports.
  m.dict.setStr(
    'is_builtin_module',
    BuiltinFunction.ofModule('_taipan', 'is_builtin_module', (args, kwnames) => {
      checkArgs('is_builtin_module', args, kwnames, 1, 1);
      const name = args[0];
      return typeof name === 'string' && (nativeModule(name) !== undefined || name === 'sys' || name === 'builtins');
    }),
  );
  m.dict.setStr(
    'find_source',
    BuiltinFunction.ofModule('_taipan', 'find_source', (args, kwnames) => {
      checkArgs('find_source', args, kwnames, 2, 2);
      const [name, searchPath] = args as [PyValue, PyValue];
      if (typeof name !== 'string') throw typeError(`find_source() argument 1 must be str, not ${typeOf(name).name}`);
      const found = findSource(name, toArray(searchPath));
      return found === null ? None : new PyTuple([found.file ?? None, found.isPackage, new PyList(found.portions)]);
    }),
  );
  m.dict.setStr(
    'set_spec_factory',
    BuiltinFunction.ofModule('_taipan', 'set_spec_factory', (args, kwnames) => {
      checkArgs('set_spec_factory', args, kwnames, 1, 1);
      setSpecFactory(args[0]);
      return None;
    }),
  );
  return m;
}

registerNativeModule('_taipan', makeTaipanModule);
