// Struct sequences (PyStructSequence): tuples whose items are also named attributes, like
// sys.version_info and sys.float_info, with CPython's repr `name(field=value, …)`.
import type { PyValue } from './object';
import { PyTuple } from './boxes';
import { newBuiltinType, TupleType } from './builtin-types';
import { defineGetSet, defineMethods } from './native';
import type { PyType } from './type';
import { repr } from './ops/repr';

export function newStructSeqType(qualifiedName: string, fields: readonly string[]): PyType {
  const dot = qualifiedName.lastIndexOf('.');
  const t = newBuiltinType(qualifiedName.slice(dot + 1), TupleType, { baseType: false, module: dot < 0 ? 'builtins' : qualifiedName.slice(0, dot) });
  fields.forEach((field, i) => defineGetSet(t, field, (self) => (self as PyTuple).items[i]));
  defineMethods(t, {
    __repr__: (self) => `${qualifiedName}(${fields.map((f, i) => `${f}=${repr((self as PyTuple).items[i])}`).join(', ')})`,
  });
  t.ns.setStr('n_fields', fields.length);
  t.ns.setStr('n_sequence_fields', fields.length);
  return t;
}

export function newStructSeq(type: PyType, values: PyValue[]): PyTuple {
  return new PyTuple(values, type);
}
