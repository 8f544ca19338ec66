// `type`: calling a class (type_call), making one (type_new, as a class statement does
// through __build_class__), and the attributes every class has.
import { PyObject, type PyValue } from './object';
import { MemberDescriptorType, ObjectType, TypeType } from './builtin-types';
import { PyType } from './type';
import { assignBases, bestBase, computeMro, linearize } from './type-mro';
import { PyDict } from './dict';
import { PyTuple, PyList, EMPTY_TUPLE } from './boxes';
import { None, NotImplemented } from './singletons';
import { PyBaseException, attributeError, typeError, valueError } from './exceptions';
import { repr } from './ops/repr';
import { PyCell, PyClassMethod, PyFunction, PyStaticMethod, GetSetDescriptor } from './function';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from './native';
import { TYPE_DELATTR, TYPE_GETATTRIBUTE, TYPE_SETATTR, getAttr, typeGetAttr } from './ops/attributes';
import { typeOf } from './ops/typeof';
import { call, callMethodDescriptor } from './ops/call';
import { toArray } from './ops/iter';
import { instanceDictGetSet } from './object-type';
import { MappingProxy } from './mappingproxy';
import { checkNewType } from './numeric-args';
import { newFrozenSet } from './set';
import { isIdentifier } from './str/case';

/** type_call: `cls(*args, **kwargs)` makes an instance with __new__, then runs __init__ on it. */
export function typeCall(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === TypeType) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw === 1) {
      if (nkw > 0) throw typeError('type() takes no keyword arguments');
      return typeOf(args[0]);
    }
    if (args.length - nkw !== 3) throw typeError('type() takes 1 or 3 arguments');
  }
  const newDescr = cls.lookup('__new__');
  // A native type without a __new__ of its own (CPython's NULL tp_new: iterators, views)
  // inherits object's, which could not make its instances anyway.
  if (newDescr === undefined || (newDescr === ObjectType.ns.getStr('__new__') && cls.solid !== ObjectType)) {
    throw typeError(`cannot create '${cls.name}' instances`);
  }
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

/** PyType_GetFullyQualifiedName: `module.qualname`, or the bare qualname for builtins and __main__. */
function fullyQualifiedName(t: PyType): string {
  const module = t.heap ? t.ns.getStr('__module__') : t.module;
  return typeof module === 'string' && module !== 'builtins' && module !== '__main__' ? `${module}.${t.qualname}` : t.qualname;
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

const VARIABLE_SIZE_BUILTINS = new Set(['int', 'bool', 'tuple', 'bytes', 'type']);

/** The names `__slots__` declares, private ones mangled with the class name as attribute names are. */
function slotNamesOf(value: PyValue, className: string): string[] {
  const names = typeof value === 'string' ? [value] : toArray(value);
  const owner = className.replace(/^_+/, '');
  return names.map((n) => {
    if (typeof n !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
    if (!isIdentifier(n)) throw typeError('__slots__ must be identifiers');
    const isPrivate = n.startsWith('__') && !n.endsWith('__') && owner !== '';
    return isPrivate ? `_${owner}${n}` : n;
  });
}

/** A slot's value lives at `slot` in the instance's slotValues; a subclass's slots follow its bases'. */
function slotDescriptor(owner: PyType, name: string, slot: number): GetSetDescriptor {
  // CPython formats the type with %T: fully qualified, unless it lives in builtins or __main__.
  const missing = (self: PyValue) => attributeError(`'${fullyQualifiedName(typeOf(self))}' object has no attribute '${name}'`, self, name);
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
  d.slot = slot;
  return d;
}

/** Class names go to C code as C strings in CPython, which cannot hold NUL. */
export function checkTypeName(name: string): void {
  if (name.includes('\0')) throw valueError('type name must not contain null characters');
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
  const mro = computeMro(cls);
  cls.mro = mro;
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
    const names = slotNamesOf(slots, name);
    // Built-ins whose instances vary in size keep their items where slots would go.
    if (VARIABLE_SIZE_BUILTINS.has(base.solid!.name) && names.some((n) => n !== '__dict__' && n !== '__weakref__')) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    }
    for (const special of ['__dict__', '__weakref__']) {
      if (names.includes(special) && (basesHaveDict || names.indexOf(special) !== names.lastIndexOf(special))) {
        throw typeError(`${special} slot disallowed: we already got one`);
      }
    }
    for (const slot of names) {
      if (namespace.getStr(slot) !== undefined) throw valueError(`'${slot}' in __slots__ conflicts with class variable`);
    }
    const storedNames = [...new Set(names)];
    cls.slotNames = storedNames;
    let slotNumber = 0;
    for (const base of mro.slice(1)) slotNumber += base.slotNames?.filter((n) => n !== '__dict__' && n !== '__weakref__').length ?? 0;
    for (const slot of storedNames) {
      if (slot === '__dict__' || slot === '__weakref__') continue;
      namespace.setStr(slot, slotDescriptor(cls, slot, slotNumber++));
    }
    cls.hasInstanceDict = basesHaveDict || names.includes('__dict__');
  } else cls.hasInstanceDict = true;
  // A class body's own __dict__ or __weakref__ wins over the generated ones (type_add_getset's setdefault).
  if (cls.hasInstanceDict && !basesHaveDict) {
    if (namespace.getStr('__dict__') === undefined) instanceDictGetSet(cls);
    // Weak references are not supported, but classes list the attribute as CPython's do.
    if (namespace.getStr('__weakref__') === undefined) defineGetSet(cls, '__weakref__', () => None);
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
        if (e instanceof PyBaseException) {
          call(getAttr(e, 'add_note'), [`Error calling __set_name__ on '${typeOf(value).name}' instance ${repr(key)} in '${cls.name}'`]);
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

/** The module name class statements record: the running frame's globals' __name__ (set by the VM). */
export let currentModuleName: () => PyValue = () => '__main__';
export function registerCurrentModuleName(f: () => PyValue): void {
  currentModuleName = f;
}

defineNew(TypeType, (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const meta = checkNewType(TypeType, npos > 0 ? args[0] : undefined);
  if (npos !== 4) throw typeError(`type.__new__() takes exactly 3 arguments (${Math.max(npos - 1, 0)} given)`);
  const [name, bases, ns] = [args[1], args[2], args[3]];
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  checkTypeName(name);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  return typeNew(meta, name, bases.items, ns, kwnames, args.slice(npos));
});

defineMethods(TypeType, {
  __call__: (self, args, kwnames) => typeCall(self as PyType, args, kwnames),
  __init__(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const n = args.length - nkw;
    if (n === 1 && nkw > 0) throw typeError('type.__init__() takes no keyword arguments');
    if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  },
  __repr__: (self) => `<class '${qualifiedName(self as PyType)}'>`,
  mro: (self) => new PyList(linearize(self as PyType, (self as PyType).bases)),
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

/** check_set_special_type_attr: built-in types refuse, and no class lets these go. */
function setHeapAttribute(self: PyValue, what: string, value: PyValue | null): PyType {
  const t = asType(self);
  if (!t.heap || t.immutable) throw typeError(`cannot set '${what}' attribute of immutable type '${t.name}'`);
  if (value === null) throw typeError(`cannot delete '${what}' attribute of immutable type '${t.name}'`);
  return t;
}

defineGetSet(
  TypeType,
  '__name__',
  // A built-in type's name may carry its module ('collections.deque', as CPython's tp_name
  // does for error messages); __name__ is the part after the last dot (type_name).
  (self) => {
    const t = asType(self);
    return t.heap && !t.immutable ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1);
  },
  (self, value) => {
    const t = setHeapAttribute(self, '__name__', value);
    if (typeof value !== 'string') throw typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(value!).name}'`);
    checkTypeName(value);
    t.name = value;
  },
);
defineGetSet(
  TypeType,
  '__qualname__',
  (self) => asType(self).qualname,
  (self, value) => {
    const t = setHeapAttribute(self, '__qualname__', value);
    if (typeof value !== 'string') throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(value!).name}'`);
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
    const t = setHeapAttribute(self, '__module__', value);
    t.ns.setStr('__module__', value!);
    t.modified();
  },
);
defineGetSet(
  TypeType,
  '__bases__',
  (self) => new PyTuple(asType(self).bases.slice()),
  (self, value) => assignBases(setHeapAttribute(self, '__bases__', value), value!),
);
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
    if (t.builtinDoc !== null) return t.builtinDoc;
    const d = t.ns.getStr('__doc__');
    if (d === undefined) return None;
    const dt = typeOf(d);
    return dt.descrGet !== undefined ? dt.descrGet(d, null, t) : d;
  },
  (self, value) => {
    const t = setHeapAttribute(self, '__doc__', value);
    t.ns.setStr('__doc__', value!);
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
    if (value === null && t.abstractMethods === null) throw attributeError('__abstractmethods__');
    t.abstractMethods = value === null ? null : (toArray(value).filter((x) => typeof x === 'string') as string[]).sort();
  },
);
// A class's own annotations, never a base's: a class without any gets an empty dict of its own
// (type_get_annotations); types written in C have none.
defineGetSet(
  TypeType,
  '__annotations__',
  (self) => {
    const t = asType(self);
    let annotations = t.ns.getStr('__annotations__');
    if (annotations !== undefined) {
      const at = typeOf(annotations);
      return at.descrGet !== undefined ? at.descrGet(annotations, null, t) : annotations;
    }
    if (!t.heap || t.immutable) throw attributeError(`type object '${t.name}' has no attribute '__annotations__'`, t, '__annotations__');
    annotations = new PyDict();
    t.ns.setStr('__annotations__', annotations);
    t.modified();
    return annotations;
  },
  (self, value) => {
    const t = asType(self);
    if (!t.heap || t.immutable) throw typeError(`cannot set '__annotations__' attribute of immutable type '${t.name}'`);
    if (value === null) {
      if (t.ns.delete('__annotations__') === undefined) throw attributeError('__annotations__');
    } else t.ns.setStr('__annotations__', value);
    t.modified();
  },
);
// A generic class's body stores its parameters in its namespace (type_get_type_params).
defineGetSet(
  TypeType,
  '__type_params__',
  (self) => {
    const t = asType(self);
    if (t === TypeType) return EMPTY_TUPLE;
    return t.ns.getStr('__type_params__') ?? EMPTY_TUPLE;
  },
  (self, value) => {
    const t = setHeapAttribute(self, '__type_params__', value);
    t.ns.setStr('__type_params__', value!);
    t.modified();
  },
);
TypeType.builtinDoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

export { typeGetAttr };
