// types.GenericAlias (PEP 585), what `list[int]` and `dict[str, int]` make: an origin class and
// its arguments, printed as `list[int]`, calling the origin, and delegating other attributes to
// it (Objects/genericaliasobject.c). Only what built-in __class_getitem__ needs.
import { PyObject, type PyValue } from './object';
import { PyList, PyTuple } from './boxes';
import { newBuiltinType } from './builtin-types';
import { PyType } from './type';
import { Ellipsis, None, NotImplemented } from './singletons';
import { typeError } from './exceptions';
import { defineGetSet, defineMethods, defineNew } from './native';
import { call } from './ops/call';
import { getAttr } from './ops/attributes';
import { pyHash } from './ops/hash';
import { pyEq } from './ops/compare';
import { repr } from './ops/repr';
import { registerGenericAlias } from './ops/subscript';
import { typeOf } from './ops/typeof';
import { canonical } from './int-arith';

export const GenericAliasType = newBuiltinType('GenericAlias', undefined, { module: 'types' });

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyValue,
    readonly args: PyTuple,
    type: PyType = GenericAliasType,
  ) {
    super(type);
  }
}

/** `origin[args]`: a tuple subscript gives several arguments, anything else one. */
export function genericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]));
}

/** ga_repr_item: classes by qualified name, `...` for Ellipsis, others by repr. */
function reprItem(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return gaRepr(v);
  // Callable's argument list: ga_repr_items_list.
  if (v instanceof PyList) return `[${v.items.map(reprItem).join(', ')}]`;
  if (v instanceof PyType) {
    const module = v.heap ? v.ns.getStr('__module__') : v.module;
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${v.qualname}` : v.qualname;
  }
  return repr(v);
}

function gaRepr(ga: PyGenericAlias): string {
  const items = ga.args.items;
  const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return `${reprItem(ga.origin)}[${inner}]`;
}

function self(v: PyValue): PyGenericAlias {
  return v as PyGenericAlias;
}

defineNew(GenericAliasType, (args) => {
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  // A subclass (collections.abc's _CallableGenericAlias) gets an instance of itself.
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(GenericAliasType)) throw typeError('GenericAlias.__new__(X): X is not a subtype of GenericAlias');
  const params = args[2];
  return new PyGenericAlias(args[1], params instanceof PyTuple ? params : new PyTuple([params]), cls);
});

defineGetSet(GenericAliasType, '__origin__', (v) => self(v).origin);
defineGetSet(GenericAliasType, '__args__', (v) => self(v).args);
defineGetSet(GenericAliasType, '__parameters__', () => new PyTuple([]));

defineMethods(GenericAliasType, {
  __repr__: (v) => gaRepr(self(v)),
  __call__(v, args, kwnames) {
    return call(self(v).origin, args, kwnames);
  },
  __getattr__(v, args) {
    const name = args[0];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return getAttr(self(v).origin, name);
  },
  __mro_entries__: (v) => new PyTuple([self(v).origin]),
  __eq__(v, args) {
    const other = args[0];
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return pyEq(self(v).origin, other.origin) && pyEq(self(v).args, other.args);
  },
  __hash__(v) {
    const h = BigInt.asIntN(64, BigInt(pyHash(self(v).origin)) ^ BigInt(pyHash(self(v).args)));
    return h === -1n ? -2 : canonical(h);
  },
  __instancecheck__() {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__() {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  },
  __reduce__: (v) => new PyTuple([GenericAliasType, new PyTuple([self(v).origin, self(v).args])]),
});
GenericAliasType.ns.setStr('__doc__', None);

registerGenericAlias(genericAlias);
