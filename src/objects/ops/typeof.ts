// The class of any value: JS primitives map to int, bool and str; objects carry theirs.
import type { PyValue } from '../object';
import type { PyType } from '../type';
import { BoolType, IntType, StrType } from '../builtin-types';

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
    default:
      return v.type;
  }
}

/** The type's name as error messages print it ('int', 'MyClass'). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
