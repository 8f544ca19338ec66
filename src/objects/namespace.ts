// types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes are its
// keyword arguments, with a repr listing them. time.get_clock_info and sys.implementation
// return one.
import type { PyValue } from './object';
import { PyObject } from './object';
import { PyTuple } from './boxes';
import { DictType, newBuiltinType } from './builtin-types';
import { PyDict } from './dict';
import { typeError } from './exceptions';
import { defineMethods, defineNew } from './native';
import { instanceDictGetSet } from './object-type';
import { call } from './ops/call';
import { pyEq } from './ops/compare';
import { repr, reprGuarded } from './ops/repr';
import { typeOf } from './ops/typeof';
import { None, NotImplemented } from './singletons';
import type { PyType } from './type';

// The name carries the module, as CPython's tp_name does ('unhashable type: 'types.SimpleNamespace'').
export const SimpleNamespaceType = newBuiltinType('types.SimpleNamespace', undefined, { module: 'types' });
SimpleNamespaceType.qualname = 'SimpleNamespace';
SimpleNamespaceType.hasInstanceDict = true;
instanceDictGetSet(SimpleNamespaceType);

function attributesOf(self: PyValue): PyDict {
  return ((self as PyObject).dict ??= new PyDict());
}

/** A namespace holding `attributes`, in their order. */
export function newNamespace(attributes: Record<string, PyValue>): PyObject {
  const ns = new PyObject(SimpleNamespaceType);
  const d = attributesOf(ns);
  for (const [name, value] of Object.entries(attributes)) d.setStr(name, value);
  return ns;
}

defineNew(SimpleNamespaceType, (args) => new PyObject(args[0] as PyType));

defineMethods(SimpleNamespaceType, {
  __init__(self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const positional = args.length - nkw;
    if (positional > 1) throw typeError(`SimpleNamespace expected at most 1 argument, got ${positional}`);
    const d = attributesOf(self);
    if (positional === 1) {
      const given = call(DictType, [args[0]]) as PyDict;
      for (const key of given.keyList()) {
        if (typeof key !== 'string') throw typeError('keywords must be strings');
        d.setStr(key, given.getStr(key)!);
      }
    }
    for (let k = 0; k < nkw; k++) d.setStr(kwnames![k], args[positional + k]);
    return None;
  },
  __repr__(self) {
    const type = typeOf(self);
    const name = type === SimpleNamespaceType ? 'namespace' : type.name;
    return reprGuarded(self, `${name}(...)`, () => {
      const d = attributesOf(self);
      const parts = d.keyList().map((key) => `${typeof key === 'string' ? key : repr(key)}=${repr(d.get(key)!)}`);
      return `${name}(${parts.join(', ')})`;
    });
  },
  __eq__(self, args) {
    const other = args[0];
    if (!typeOf(other).isSubtypeOf(SimpleNamespaceType)) return NotImplemented;
    return pyEq(attributesOf(self), attributesOf(other));
  },
  __ne__(self, args) {
    const other = args[0];
    if (!typeOf(other).isSubtypeOf(SimpleNamespaceType)) return NotImplemented;
    return !pyEq(attributesOf(self), attributesOf(other));
  },
  __reduce__(self) {
    return new PyTuple([typeOf(self), new PyTuple([]), attributesOf(self)]);
  },
  __replace__(self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    if (args.length > nkw) throw typeError('__replace__() takes no positional arguments');
    const copy = call(typeOf(self), []) as PyObject;
    const d = attributesOf(copy);
    const mine = attributesOf(self);
    for (const key of mine.keyList()) d.set(key, mine.get(key)!);
    for (let k = 0; k < nkw; k++) d.setStr(kwnames![k], args[k]);
    return copy;
  },
});
SimpleNamespaceType.ns.setStr('__hash__', None);
