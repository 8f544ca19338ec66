// The builtins module: the built-in types, exceptions and constants, the functions of
// src/modules/builtins/, and the ones that need the interpreter (builtins-vm.ts).
import { PyModule } from '../objects/module';
import * as T from '../objects/builtin-types';
import type { PyType } from '../objects/type';
import { EXCEPTION_TYPES } from '../objects/exceptions';
import { Ellipsis, None, NotImplemented } from '../objects/singletons';
import { addVmBuiltins } from './builtins-vm';
import { addBuiltinFunctions } from './builtins';
import type { Interpreter } from '../vm/interpreter';

const TYPES: Record<string, PyType> = {
  object: T.ObjectType,
  type: T.TypeType,
  int: T.IntType,
  bool: T.BoolType,
  float: T.FloatType,
  complex: T.ComplexType,
  str: T.StrType,
  bytes: T.BytesType,
  bytearray: T.ByteArrayType,
  list: T.ListType,
  tuple: T.TupleType,
  dict: T.DictType,
  set: T.SetType,
  frozenset: T.FrozenSetType,
  range: T.RangeType,
  slice: T.SliceType,
  property: T.PropertyType,
  classmethod: T.ClassMethodType,
  staticmethod: T.StaticMethodType,
  super: T.SuperType,
};

export function makeBuiltinsModule(interp: Interpreter): PyModule {
  const m = new PyModule('builtins');
  const d = m.dict;
  d.setStr('__doc__', 'Built-in functions, types, exceptions, and other objects.');
  for (const [name, type] of Object.entries(TYPES)) d.setStr(name, type);
  for (const [name, type] of EXCEPTION_TYPES) d.setStr(name, type);
  d.setStr('EnvironmentError', EXCEPTION_TYPES.get('OSError')!);
  d.setStr('IOError', EXCEPTION_TYPES.get('OSError')!);
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('__debug__', true);
  addBuiltinFunctions(d);
  interp.importFunction = addVmBuiltins(d);
  return m;
}
