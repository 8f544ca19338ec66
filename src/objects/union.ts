// types.UnionType: what `int | str` makes of two classes (PEP 604), usable with isinstance().
import { PyObject, type PyValue } from './object';
import { newBuiltinType, NoneType } from './builtin-types';
import { PyType } from './type';
import { PyTuple } from './boxes';
import { None, NotImplemented } from './singletons';
import { defineGetSet, defineMethods } from './native';
import { registerUnion } from './type-type';
import { GenericAliasType, PyGenericAlias } from './generic-alias';
import { repr } from './ops/repr';
import { pyHash } from './ops/hash';
import { typeOf } from './ops/typeof';

export const UnionType = newBuiltinType('UnionType', undefined, { baseType: false, module: 'types' });

export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super(UnionType);
  }
}

/** What may stand in a union: a class, None, another union, or a types.GenericAlias (typing's own aliases answer | themselves). */
function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyUnion || v instanceof PyGenericAlias;
}

function members(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return v.args;
  return [v === None ? NoneType : v];
}

export function makeUnion(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const m of [...members(a), ...members(b)]) if (!args.includes(m)) args.push(m);
  return args.length === 1 ? args[0] : new PyUnion(args);
}

function memberRepr(v: PyValue): string {
  if (v === NoneType) return 'None';
  if (v instanceof PyType) {
    const module = v.heap ? v.ns.getStr('__module__') : v.module;
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${v.qualname}` : v.qualname;
  }
  return repr(v);
}

defineMethods(UnionType, {
  __repr__: (self) => (self as PyUnion).args.map(memberRepr).join(' | '),
  __or__: (self, args) => makeUnion(self, args[0]),
  __ror__: (self, args) => makeUnion(args[0], self),
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyUnion)) return NotImplemented;
    const a = (self as PyUnion).args;
    return a.length === o.args.length && a.every((x) => o.args.includes(x));
  },
  __hash__: (self) => {
    let h = 0;
    for (const x of (self as PyUnion).args) h ^= Number(pyHash(x)) | 0;
    return h;
  },
  __instancecheck__: (self, args) => (self as PyUnion).args.some((t) => t instanceof PyType && typeOf(args[0]).isSubtypeOf(t)),
  __subclasscheck__: (self, args) => (self as PyUnion).args.some((t) => t instanceof PyType && args[0] instanceof PyType && args[0].isSubtypeOf(t)),
});
defineGetSet(UnionType, '__args__', (self) => new PyTuple((self as PyUnion).args.slice()));

// `list[int] | None` is a union too (ga_as_number's nb_or).
defineMethods(GenericAliasType, {
  __or__: (self, args) => makeUnion(self, args[0]),
  __ror__: (self, args) => makeUnion(args[0], self),
});

registerUnion(makeUnion);
