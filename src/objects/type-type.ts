// `type`: calling a class (type_call), making one (type_new, as a class statement does
// through __build_class__), and the attributes every class has.
import { PyObject, type PyValue } from './object';
import { MemberDescriptorType, ObjectType, TypeType } from './builtin-types';
import { c3Linearize, PyType } from './type';
import { PyDict } from './dict';
import { PyTuple, PyList, EMPTY_TUPLE } from './boxes';
import { None, NotImplemented } from './singletons';
import { attributeError, typeError, valueError } from './exceptions';
import { PyCell, PyClassMethod, PyFunction, PyStaticMethod, GetSetDescriptor } from './function';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from './native';
import { TYPE_DELATTR, TYPE_GETATTRIBUTE, TYPE_SETATTR, getAttrOrUndefined, typeGetAttr } from './ops/attributes';
import { typeOf } from './ops/typeof';
import { call, callMethodDescriptor } from './ops/call';
import { toArray } from './ops/iter';
import { instanceDictGetSet } from './object-type';
import { MappingProxy } from './mappingproxy';
import { newFrozenSet } from './set';

/** type_call: `cls(*args, **kwargs)` makes an instance with __new__, then runs __init__ on it. */
export function typeCall(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === TypeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  const newDescr = cls.lookup('__new__');
  if (newDescr === undefined) throw typeError(`cannot create '${cls.name}' instances`);
  const newFn = typeOf(newDescr).descrGet !== undefined ? typeOf(newDescr).descrGet!(newDescr, null, cls) : newDescr;
  const obj = call(newFn, [cls, ...args], kwnames);
  if (!typeOf(obj).isSubtypeOf(cls)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init !== undefined) {
    const r = callMethodDescriptor(init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

function qualifiedName(t: PyType): string {
  const module = t.heap ? t.ns.getStr('__module__') : t.module;
  return typeof module === 'string' && module !== 'builtins' ? `${module}.${t.qualname}` : t.qualname;
}

/** The most derived metaclass among `meta` and the bases' (calculate_metaclass). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const base of bases) {
    const bt = typeOf(base);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** The base whose instance layout the new class extends (best_base), checking conflicts. */
function bestBase(bases: readonly PyType[]): PyType {
  let best: PyType | null = null;
  for (const base of bases) {
    if (!base.baseType) throw typeError(`type '${base.name}' is not an acceptable base type`);
    const solid = base.solid!;
    if (best === null || solid.isSubtypeOf(best.solid!)) best = base;
    else if (!best.solid!.isSubtypeOf(solid)) throw typeError('multiple bases have instance lay-out conflict');
  }
  return best!;
}

function slotNamesOf(value: PyValue): string[] {
  const names = typeof value === 'string' ? [value] : toArray(value);
  return names.map((n) => {
    if (typeof n !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
    return n;
  });
}

/** A slot's value lives at `slot` in the instance's slotValues; a subclass's slots follow its bases'. */
function slotDescriptor(owner: PyType, name: string, slot: number): GetSetDescriptor {
  const missing = (self: PyValue) => attributeError(`'${typeOf(self).name}' object has no attribute '${name}'`, self, name);
  const d = new GetSetDescriptor(
    name,
    owner,
    (self) => {
      const v = (self as PyObject).slotValues?.[slot];
      if (v === undefined) throw missing(self);
      return v;
    },
    (self, value) => {
      const obj = self as PyObject;
      if (value === null) {
        // CPython's member descriptor says only the name when deleting an unset slot.
        if (obj.slotValues?.[slot] === undefined) throw attributeError(name);
        obj.slotValues![slot] = undefined;
        return;
      }
      (obj.slotValues ??= [])[slot] = value;
    },
  );
  // A slot is a member_descriptor in CPython; it behaves as a getset descriptor here.
  d.type = MemberDescriptorType;
  return d;
}

/** type_new: a new class from its name, bases and namespace, as `class` statements make them. */
export function typeNew(meta: PyType, name: string, basesTuple: PyValue[], ns: PyDict, kwnames: readonly string[] | null, kwvalues: PyValue[]): PyType {
  const winner = calculateMetaclass(meta, basesTuple);
  if (winner !== meta && winner.lookup('__new__') !== TypeType.ns.getStr('__new__')) {
    return call(winner, [name, new PyTuple(basesTuple), ns, ...kwvalues], kwnames) as PyType;
  }
  const bases = basesTuple.map((b) => {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    return b;
  });
  if (bases.length === 0) bases.push(ObjectType);
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw typeError(`duplicate base class ${bases[i].name}`);
  }
  const base = bestBase(bases);
  const cls = new PyType(winner, name, bases, true);
  cls.solid = base.solid;
  const namespace = new PyDict();
  for (let i = 0; i < ns.end; i++) {
    const k = ns.keys[i];
    if (k !== undefined) namespace.set(k, ns.values[i]!);
  }
  cls.ns = namespace;
  const mro = c3Linearize(cls, bases);
  if (!Array.isArray(mro)) {
    throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${mro.conflict.map((b) => b.name).join(', ')}`);
  }
  cls.mro = mro;
  if (winner !== TypeType && winner.lookup('mro') !== TypeType.ns.getStr('mro')) {
    cls.mro = toArray(callMethodDescriptor(winner.lookup('mro')!, cls, [])) as PyType[];
  }
  const qualname = namespace.getStr('__qualname__');
  if (qualname !== undefined) {
    if (typeof qualname !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeOf(qualname).name}`);
    cls.qualname = qualname;
    namespace.delete('__qualname__');
  }
  if (namespace.getStr('__module__') === undefined) namespace.setStr('__module__', currentModuleName());
  for (const special of ['__new__']) {
    const f = namespace.getStr(special);
    if (f instanceof PyFunction) namespace.setStr(special, new PyStaticMethod(f));
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = namespace.getStr(special);
    if (f instanceof PyFunction) namespace.setStr(special, new PyClassMethod(f));
  }
  const slots = namespace.getStr('__slots__');
  const basesHaveDict = bases.some((b) => b.hasInstanceDict);
  if (slots !== undefined) {
    const names = slotNamesOf(slots);
    cls.slotNames = names;
    let slotNumber = 0;
    for (const base of mro.slice(1)) slotNumber += base.slotNames?.filter((n) => n !== '__dict__' && n !== '__weakref__').length ?? 0;
    for (const slot of names) {
      if (slot === '__dict__' || slot === '__weakref__') continue;
      if (namespace.getStr(slot) !== undefined) {
        throw valueError(`'${slot}' in __slots__ conflicts with class variable`);
      }
      namespace.setStr(slot, slotDescriptor(cls, slot, slotNumber++));
    }
    cls.hasInstanceDict = basesHaveDict || names.includes('__dict__');
  } else cls.hasInstanceDict = true;
  if (cls.hasInstanceDict && !basesHaveDict) {
    instanceDictGetSet(cls);
    // Weak references are not supported, but classes list the attribute as CPython's do.
    defineGetSet(cls, '__weakref__', () => None);
  }
  // After __dict__ and __weakref__, as type_new adds them.
  if (namespace.getStr('__doc__') === undefined) namespace.setStr('__doc__', None);
  // __eq__ without __hash__ makes instances unhashable.
  if (namespace.getStr('__eq__') !== undefined && namespace.getStr('__hash__') === undefined) namespace.setStr('__hash__', None);
  const classcell = namespace.getStr('__classcell__');
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(classcell).name}`);
    classcell.value = cls;
    namespace.delete('__classcell__');
  }
  computeAbstractMethods(cls);
  updateSlots(cls);
  cls.onModified = () => updateSlots(cls);
  // __set_name__ on every attribute that has one, then the parent's __init_subclass__.
  for (const key of namespace.keyList()) {
    const value = namespace.get(key)!;
    const setName = typeOf(value).lookup('__set_name__');
    if (setName !== undefined) {
      try {
        callMethodDescriptor(setName, value, [cls, key]);
      } catch (e) {
        if (e instanceof PyObject && 'args' in e) {
          const { addNote } = noteHelper;
          addNote(e, `Error calling __set_name__ on '${typeOf(value).name}' instance '${String(key)}' in '${name}'`);
        }
        throw e;
      }
    }
  }
  const parentInit = superLookup(cls, cls, cls, '__init_subclass__');
  if (parentInit !== undefined) call(parentInit, kwvalues, kwnames);
  else if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
  return cls;
}

/**
 * The descriptor slots of a class (tp_descr_get / tp_descr_set): a class that defines
 * __get__, __set__ or __delete__ in Python gets slots that call them; one that inherits them
 * from a built-in descriptor type keeps that type's slots.
 */
function updateSlots(cls: PyType): void {
  const base = cls.solid!;
  const get = cls.lookup('__get__');
  if (get === undefined) cls.descrGet = undefined;
  else if (get === base.lookup('__get__') && base.descrGet !== undefined) cls.descrGet = base.descrGet;
  else cls.descrGet = (descr, obj, type) => callMethodDescriptor(get, descr, [obj ?? None, type]);
  const set = cls.lookup('__set__');
  const del = cls.lookup('__delete__');
  if (set === undefined && del === undefined) cls.descrSet = undefined;
  else if (set === base.lookup('__set__') && del === base.lookup('__delete__') && base.descrSet !== undefined) cls.descrSet = base.descrSet;
  else {
    cls.descrSet = (descr, obj, value) => {
      if (value === null) {
        if (del === undefined) throw attributeError('__delete__');
        callMethodDescriptor(del, descr, [obj]);
      } else {
        if (set === undefined) throw attributeError('__set__');
        callMethodDescriptor(set, descr, [obj, value]);
      }
    };
  }
}

/** Set by the exceptions file: adds a note to an exception (PEP 678). */
export const noteHelper: { addNote: (e: PyObject, note: string) => void } = { addNote: () => {} };

/**
 * What `super(thisType, obj).name` finds: `name` in the MRO of objType after thisType, bound
 * to obj (to nothing when obj is objType itself); undefined when no class there has it.
 */
export function superLookup(thisType: PyType, obj: PyValue, objType: PyType, name: string): PyValue | undefined {
  const mro = objType.mro;
  let i = mro.indexOf(thisType);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i].ns.getStr(name);
    if (v !== undefined) {
      const dt = typeOf(v);
      return dt.descrGet !== undefined ? dt.descrGet(v, obj === objType ? null : obj, objType) : v;
    }
  }
  return undefined;
}

function computeAbstractMethods(cls: PyType): void {
  const abstract: string[] = [];
  const names = new Set<string>();
  for (const t of cls.mro) for (const k of t.ns.keyList()) if (typeof k === 'string') names.add(k);
  for (const n of names) {
    const v = cls.lookup(n);
    if (v !== undefined && isAbstract(v)) abstract.push(n);
  }
  if (abstract.length > 0 || cls.mro.some((t) => t.abstractMethods !== null)) cls.abstractMethods = abstract.sort();
}

function isAbstract(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  const flag = getAttrOrUndefinedSafe(v, '__isabstractmethod__');
  return flag === true;
}

function getAttrOrUndefinedSafe(v: PyValue, name: string): PyValue | undefined {
  if (v instanceof PyFunction) return v.dict?.getStr(name);
  if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return getAttrOrUndefinedSafe(v.callable, name);
  return undefined;
}

/** The module name class statements record: the running frame's globals' __name__ (set by the VM). */
export let currentModuleName: () => PyValue = () => '__main__';
export function registerCurrentModuleName(f: () => PyValue): void {
  currentModuleName = f;
}

defineNew(TypeType, (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError('type.__new__(X): X is not a type object');
  if (npos === 2 && meta === TypeType && nkw === 0) return typeOf(args[1]);
  if (npos !== 4) throw typeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = [args[1], args[2], args[3]];
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  return typeNew(meta, name, bases.items, ns, kwnames, args.slice(npos));
});

defineMethods(TypeType, {
  __call__: (self, args, kwnames) => typeCall(self as PyType, args, kwnames),
  __init__(self, args, kwnames) {
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  },
  __repr__: (self) => `<class '${qualifiedName(self as PyType)}'>`,
  mro: (self) => {
    const t = self as PyType;
    const m = c3Linearize(t, t.bases);
    if (!Array.isArray(m)) {
      throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${m.conflict.map((b) => b.name).join(', ')}`);
    }
    return new PyList(m);
  },
  __subclasses__: (self) => new PyList([...(self as PyType).subclasses]),
  __instancecheck__: (self, args) => typeOf(args[0]).isSubtypeOf(self as PyType),
  __subclasscheck__: (self, args) => {
    const c = args[0];
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return c.isSubtypeOf(self as PyType);
  },
  __dir__: (self) => {
    const names = new Set<string>();
    for (const t of (self as PyType).mro) for (const k of t.ns.keyList()) if (typeof k === 'string') names.add(k);
    return new PyList([...names]);
  },
  __sizeof__: () => 400,
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
});
// A class's attributes live in its namespace (`__dict__` is type's own getset): a metaclass
// must not give its classes an instance dict of their own.
TypeType.hasInstanceDict = true;
TypeType.ns.setStr('__getattribute__', TYPE_GETATTRIBUTE);
TypeType.ns.setStr('__setattr__', TYPE_SETATTR);
TypeType.ns.setStr('__delattr__', TYPE_DELATTR);
defineClassMethod(TypeType, '__prepare__', () => new PyDict());

/** `X | Y` of types (types.UnionType); set by the module that implements unions. */
export let unionOf: (a: PyValue, b: PyValue) => PyValue = () => NotImplemented;
export function registerUnion(f: typeof unionOf): void {
  unionOf = f;
}

function asType(self: PyValue): PyType {
  return self as PyType;
}

function setHeapAttribute(self: PyValue, what: string): PyType {
  const t = asType(self);
  if (!t.heap) throw typeError(`cannot set '${what}' attribute of immutable type '${t.name}'`);
  return t;
}

defineGetSet(
  TypeType,
  '__name__',
  (self) => asType(self).name,
  (self, value) => {
    const t = setHeapAttribute(self, '__name__');
    if (typeof value !== 'string') throw typeError(`can only assign string to ${t.name}.__name__, not '${value === null ? 'NoneType' : typeOf(value).name}'`);
    t.name = value;
  },
);
defineGetSet(
  TypeType,
  '__qualname__',
  (self) => asType(self).qualname,
  (self, value) => {
    const t = setHeapAttribute(self, '__qualname__');
    if (typeof value !== 'string') throw typeError(`can only assign string to ${t.name}.__qualname__, not '${value === null ? 'NoneType' : typeOf(value).name}'`);
    t.qualname = value;
  },
);
defineGetSet(
  TypeType,
  '__module__',
  (self) => {
    const t = asType(self);
    if (!t.heap) return t.module;
    const m = t.ns.getStr('__module__');
    if (m === undefined) throw attributeError('__module__');
    return m;
  },
  (self, value) => {
    const t = setHeapAttribute(self, '__module__');
    if (value === null) throw typeError("cannot delete '__module__' attribute");
    t.ns.setStr('__module__', value);
    t.modified();
  },
);
defineGetSet(TypeType, '__bases__', (self) => new PyTuple(asType(self).bases.slice()));
defineGetSet(TypeType, '__base__', (self) => {
  const t = asType(self);
  if (t === ObjectType) return None;
  return t.heap ? bestBase(t.bases) : t.bases[0] ?? None;
});
defineGetSet(TypeType, '__mro__', (self) => new PyTuple(asType(self).mro.slice()));
defineGetSet(TypeType, '__dict__', (self) => new MappingProxy(asType(self).ns));
defineGetSet(
  TypeType,
  '__doc__',
  (self) => {
    const t = asType(self);
    const d = t.ns.getStr('__doc__');
    if (d === undefined) return None;
    const dt = typeOf(d);
    return dt.descrGet !== undefined ? dt.descrGet(d, null, t) : d;
  },
  (self, value) => {
    const t = setHeapAttribute(self, '__doc__');
    t.ns.setStr('__doc__', value ?? None);
    t.modified();
  },
);
defineGetSet(
  TypeType,
  '__abstractmethods__',
  (self) => {
    const t = asType(self);
    if (t.abstractMethods === null || t === TypeType) throw attributeError('__abstractmethods__');
    return newFrozenSet(t.abstractMethods);
  },
  (self, value) => {
    const t = asType(self);
    t.abstractMethods = value === null ? null : (toArray(value).filter((x) => typeof x === 'string') as string[]).sort();
  },
);
defineGetSet(TypeType, '__type_params__', () => EMPTY_TUPLE);

export { typeGetAttr };
