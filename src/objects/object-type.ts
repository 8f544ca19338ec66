// `object`: the root of every class — default construction, repr, str, hash and equality by
// identity, the generic attribute hooks, `__class__`, `__dict__`, `__init_subclass__`.
import { PyObject, type PyValue } from './object';
import { ObjectType } from './builtin-types';
import { PyType } from './type';
import { PyDict } from './dict';
import { None, NotImplemented } from './singletons';
import { attributeError, typeError } from './exceptions';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from './native';
import { OBJECT_DELATTR, OBJECT_GETATTRIBUTE, OBJECT_SETATTR } from './ops/attributes';
import { typeOf } from './ops/typeof';
import { repr } from './ops/repr';
import { richCompare, Cmp } from './ops/compare';
import { addressOf, objectId } from './identity';
import { str } from './ops/repr';
import { PyList } from './boxes';
import { checkArgs } from './args';

function excessArgs(args: PyValue[], kwnames: readonly string[] | null): boolean {
  return args.length > 1 || (kwnames !== null && kwnames.length > 0);
}

defineNew(ObjectType, (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('object.__new__(X): X is not a type object');
  if (!cls.isSubtypeOf(ObjectType)) throw typeError(`object.__new__(${cls.name}): ${cls.name} is not a subtype of object`);
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
    return repr(self);
  },
  __hash__(self) {
    return Math.floor(objectId(self) / 16);
  },
  __eq__(self, args) {
    return self === args[0] ? true : NotImplemented;
  },
  __ne__(self, args) {
    const eq = typeOf(self).lookup('__eq__');
    if (eq === ObjectType.ns.getStr('__eq__')) return self === args[0] ? false : NotImplemented;
    const r = richCompare(self, args[0], Cmp.EQ);
    if (r === NotImplemented) return r;
    return !(typeof r === 'boolean' ? r : r !== 0);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
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
  __reduce_ex__: () => {
    throw typeError('pickling is not supported');
  },
});
ObjectType.ns.setStr('__getattribute__', OBJECT_GETATTRIBUTE);
ObjectType.ns.setStr('__setattr__', OBJECT_SETATTR);
ObjectType.ns.setStr('__delattr__', OBJECT_DELATTR);
ObjectType.ns.setStr('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');

defineClassMethod(ObjectType, '__init_subclass__', (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${(cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`${(cls as PyType).name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
});
defineClassMethod(ObjectType, '__subclasshook__', () => NotImplemented);

defineGetSet(
  ObjectType,
  '__class__',
  (self) => typeOf(self),
  (self, value) => {
    if (value === null) throw typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`);
    const old = typeOf(self);
    if (!(self instanceof PyObject) || !old.heap || !value.heap || old.solid !== value.solid) {
      throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
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
      if (value === null) throw typeError('cannot delete __dict__');
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      (self as PyObject).dict = value;
    },
  );
}
