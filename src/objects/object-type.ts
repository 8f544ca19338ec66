// `object`: the root of every class — default construction, repr, str, hash and equality by
// identity, the generic attribute hooks, `__class__`, `__dict__`, `__init_subclass__`.
import { PyObject, type PyValue } from './object';
import { ModuleType, ObjectType } from './builtin-types';
import { checkLayoutCompatible } from './type-layout';
import { PyType } from './type';
import { PyDict } from './dict';
import { None, NotImplemented } from './singletons';
import { attributeError, typeError } from './exceptions';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from './native';
import { OBJECT_DELATTR, OBJECT_GETATTRIBUTE, OBJECT_SETATTR } from './ops/attributes';
import { typeOf } from './ops/typeof';
import { repr, reprUnchecked } from './ops/repr';
import { richCompare, Cmp } from './ops/compare';
import { addressOf, objectId } from './identity';
import { str } from './ops/repr';
import { PyList, PyTuple } from './boxes';
import { getAttrOrUndefined } from './ops/attributes';
import { checkArgs } from './args';
import { commonReduce } from './object-reduce';
import { call } from './ops/call';
import { indexAsNumber } from './ops/index-value';
import { getAttr } from './ops/attributes';

function excessArgs(args: PyValue[], kwnames: readonly string[] | null): boolean {
  return args.length > 1 || (kwnames !== null && kwnames.length > 0);
}

defineNew(ObjectType, (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
    throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  }
  if (excessArgs(args, kwnames)) {
    if (cls.lookup('__new__') !== ObjectType.ns.getStr('__new__')) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (cls.lookup('__init__') === ObjectType.ns.getStr('__init__')) {
      throw typeError(`${cls.name}() takes no arguments`);
    }
  }
  if (cls.solid !== ObjectType) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.solid!.name}.__new__()`);
  }
  if (cls.abstractMethods !== null && cls.abstractMethods.length > 0) {
    const names = cls.abstractMethods;
    throw typeError(
      `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${names.length > 1 ? 's' : ''} ${names.map((n) => `'${n}'`).join(', ')}`,
    );
  }
  return new PyObject(cls);
});

defineMethods(ObjectType, {
  __init__(self, args, kwnames) {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
      const type = typeOf(self);
      if (type.lookup('__init__') !== ObjectType.ns.getStr('__init__')) {
        throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      }
      if (type.lookup('__new__') === ObjectType.ns.getStr('__new__')) {
        throw typeError(`${type.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
    }
    return None;
  },
  __repr__(self) {
    const type = typeOf(self);
    const module = type.heap ? type.ns.getStr('__module__') : type.module;
    const qual = typeof module === 'string' && module !== 'builtins' ? `${module}.${type.qualname}` : type.qualname;
    return `<${qual} object at ${addressOf(self)}>`;
  },
  __str__(self) {
    // Unchecked: str() reports a bad __repr__ result as "__str__ returned non-string".
    return reprUnchecked(self);
  },
  __hash__(self) {
    return Math.floor(objectId(self) / 16);
  },
  __eq__(self, args) {
    oneOperand(args);
    return self === args[0] ? true : NotImplemented;
  },
  __ne__(self, args) {
    oneOperand(args);
    const eq = typeOf(self).lookup('__eq__');
    if (eq === ObjectType.ns.getStr('__eq__')) return self === args[0] ? false : NotImplemented;
    const r = richCompare(self, args[0], Cmp.EQ);
    if (r === NotImplemented) return r;
    return !(typeof r === 'boolean' ? r : r !== 0);
  },
  __lt__: notImplementedComparison,
  __le__: notImplementedComparison,
  __gt__: notImplementedComparison,
  __ge__: notImplementedComparison,
  __format__(self, args, kwnames) {
    checkArgs('__format__', args, kwnames, 1);
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return str(self);
  },
  __dir__(self) {
    const names = new Set<string>();
    if (self instanceof PyObject && self.dict !== null) for (const k of self.dict.keyList()) if (typeof k === 'string') names.add(k);
    for (const t of typeOf(self).mro) for (const k of t.ns.keyList()) if (typeof k === 'string') names.add(k);
    return new PyList([...names]);
  },
  __sizeof__: () => 16,
  __reduce_ex__(self, args, kwnames) {
    checkArgs(`${typeOf(self).name}.__reduce_ex__`, args, kwnames, 1);
    const protocol = indexAsNumber(args[0]);
    // A class's own __reduce__ wins over the protocol's default.
    if (typeOf(self).lookup('__reduce__') !== ObjectType.ns.getStr('__reduce__')) return call(getAttr(self, '__reduce__'), []);
    return commonReduce(self, protocol, ObjectType.ns.getStr('__getstate__')!);
  },
  __reduce__(self, args, kwnames) {
    checkArgs(`${typeOf(self).name}.__reduce__`, args, kwnames, 0);
    return commonReduce(self, 0, ObjectType.ns.getStr('__getstate__')!);
  },
  __getstate__(self, args, kwnames) {
    checkArgs('object.__getstate__', args, kwnames, 0);
    return defaultState(self);
  },
});

/** A rich comparison slot takes exactly the other operand. */
function oneOperand(args: PyValue[]): void {
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
}

function notImplementedComparison(self: PyValue, args: PyValue[]): PyValue {
  oneOperand(args);
  return NotImplemented;
}

/** object.__getstate__(): the instance dict (None when empty), paired with the set slots if any. */
function defaultState(self: PyValue): PyValue {
  if (!(self instanceof PyObject)) return None;
  const dict = self.dict !== null && self.dict.size > 0 ? self.dict : None;
  const slots = new PyDict();
  for (const t of typeOf(self).mro) {
    for (const name of t.slotNames ?? []) {
      const value = name === '__dict__' || name === '__weakref__' ? undefined : getAttrOrUndefined(self, name);
      if (value !== undefined) slots.setStr(name, value);
    }
  }
  return slots.size > 0 ? new PyTuple([dict, slots]) : dict;
}
ObjectType.ns.setStr('__getattribute__', OBJECT_GETATTRIBUTE);
ObjectType.ns.setStr('__setattr__', OBJECT_SETATTR);
ObjectType.ns.setStr('__delattr__', OBJECT_DELATTR);
ObjectType.ns.setStr('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');

defineClassMethod(ObjectType, '__init_subclass__', (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${(cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`${(cls as PyType).qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
});
defineClassMethod(ObjectType, '__subclasshook__', (cls, args, kwnames) => {
  checkArgs('object.__subclasshook__', args, kwnames, 1);
  return NotImplemented;
});

defineGetSet(
  ObjectType,
  '__class__',
  (self) => typeOf(self),
  (self, value) => {
    if (value === null) throw typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`);
    const old = typeOf(self);
    const bothModules = old.isSubtypeOf(ModuleType) && value.isSubtypeOf(ModuleType);
    if (!(self instanceof PyObject) || (!bothModules && (!old.heap || !value.heap))) {
      throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
    checkLayoutCompatible(old, value, '__class__');
    self.type = value;
  },
);

export function instanceDictOf(self: PyValue): PyDict | null {
  if (!(self instanceof PyObject)) return null;
  if (self.dict === null && typeOf(self).hasInstanceDict) self.dict = new PyDict();
  return self.dict;
}

/** `__dict__` of instances of classes that have one (put on each such class by type_new). */
export function instanceDictGetSet(type: PyType): void {
  defineGetSet(
    type,
    '__dict__',
    (self) => {
      const d = instanceDictOf(self);
      if (d === null) throw attributeError(`'${typeOf(self).name}' object has no attribute '__dict__'`);
      return d;
    },
    (self, value) => {
      if (value === null) {
        // The attributes go; a fresh empty dict appears at the next access.
        (self as PyObject).dict = null;
        return;
      }
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      (self as PyObject).dict = value;
    },
  );
}
