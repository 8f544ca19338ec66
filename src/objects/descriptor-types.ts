// The Python-visible face of property, classmethod and staticmethod: construction, their
// attributes (fget/fset/fdel/__doc__/__name__, __func__/__wrapped__, __isabstractmethod__), the
// property's getter/setter/deleter copies and __set_name__, and __get__/__set__/__delete__ as
// methods. How they bind during attribute access is descriptors.ts's (the types' slots).
import type { PyValue } from './object';
import { ClassMethodType, PropertyType, StaticMethodType } from './builtin-types';
import { PyClassMethod, PyProperty, PyStaticMethod } from './function';
import { PyType } from './type';
import { AttributeError, attributeError, PyBaseException, typeError } from './exceptions';
import { None } from './singletons';
import { defineAttr, defineGetSet, defineMember, defineMethods, defineNew, descrGetMethod } from './native';
import type { NativeMethod } from './function';
import { checkArgs, noKeywords } from './args';
import { getAttrOrUndefined, setAttr } from './ops/attributes';
import { call } from './ops/call';
import { isTrue } from './ops/truth';
import { repr } from './ops/repr';
import { typeOf } from './ops/typeof';
import { unpackKeywords } from '../modules/builtins/clinic';
import { instanceDictGetSet } from './object-type';

/** Properties whose doc came from their getter's __doc__ (a new getter brings its own). */
const docFromGetter = new WeakSet<PyProperty>();

function readonly(): never {
  throw attributeError('readonly attribute');
}

/** Whether `v.__isabstractmethod__` is true (_PyObject_IsAbstract); a missing attribute is false. */
function isAbstract(v: PyValue): boolean {
  if (v === None) return false;
  const flag = getAttrOrUndefined(v, '__isabstractmethod__');
  return flag !== undefined && isTrue(flag);
}

// property(fget=None, fset=None, fdel=None, doc=None)

function asProperty(self: PyValue): PyProperty {
  return self as PyProperty;
}

defineNew(PropertyType, (args) => new PyProperty(None, None, None, None, args[0] as PyType));

function propertyInit(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.doc = None;
  p.name = None;
  docFromGetter.delete(p);
  let propDoc: PyValue | null = null;
  if (doc !== None) propDoc = doc;
  else if (fget !== None) {
    const d = getAttrOrUndefined(fget, '__doc__');
    if (d !== undefined && d !== None) {
      propDoc = d;
      docFromGetter.add(p);
    }
  }
  if (p.type === PropertyType) {
    p.doc = propDoc ?? None;
    return;
  }
  // A subclass keeps the doc in the instance, where its class's own __doc__ cannot shadow it.
  try {
    setAttr(p, '__doc__', propDoc ?? None);
  } catch (e) {
    if (!docFromGetter.has(p) && e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError)) return;
    throw e;
  }
}

/** property_copy: a new property of the same class with one accessor replaced. */
function propertyCopy(old: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  if (fget === None) fget = old.fget;
  if (fset === None) fset = old.fset;
  if (fdel === None) fdel = old.fdel;
  const doc = docFromGetter.has(old) && fget !== None ? None : old.doc;
  const copy = call(typeOf(old), [fget, fset, fdel, doc]);
  if (copy instanceof PyProperty) copy.name = old.name;
  return copy;
}

/** property_name: the name __set_name__ stored, else the getter's __name__; undefined if neither. */
function propertyName(p: PyProperty): PyValue | undefined {
  if (p.name !== None) return p.name;
  if (p.fget === None) return undefined;
  return getAttrOrUndefined(p.fget, '__name__');
}

function accessorArg(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs(`property.${name}`, args, kwnames, 1);
  return args[0];
}

defineMethods(PropertyType, {
  __init__(self, args, kwnames) {
    const [fget, fset, fdel, doc] = unpackKeywords({ fname: 'property', params: ['fget', 'fset', 'fdel', 'doc'] }, args, kwnames);
    propertyInit(asProperty(self), fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
    return None;
  },
  __get__: descrGetMethod(PropertyType),
  __set__(self, args, kwnames) {
    noKeywords('__set__', kwnames);
    if (args.length !== 2) throw typeError(` expected 2 arguments, got ${args.length}`);
    PropertyType.descrSet!(self, args[0], args[1]);
    return None;
  },
  __delete__(self, args, kwnames) {
    noKeywords('__delete__', kwnames);
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    PropertyType.descrSet!(self, args[0], null);
    return None;
  },
  getter(self, args, kwnames) {
    return propertyCopy(asProperty(self), accessorArg('getter', args, kwnames), None, None);
  },
  setter(self, args, kwnames) {
    return propertyCopy(asProperty(self), None, accessorArg('setter', args, kwnames), None);
  },
  deleter(self, args, kwnames) {
    return propertyCopy(asProperty(self), None, None, accessorArg('deleter', args, kwnames));
  },
  __set_name__(self, args, kwnames) {
    noKeywords('__set_name__', kwnames);
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    asProperty(self).name = args[1];
    return None;
  },
});

PropertyType.builtinDoc =
  "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x";
defineMember(PropertyType, 'fget', (self) => asProperty(self).fget, readonly);
defineMember(PropertyType, 'fset', (self) => asProperty(self).fset, readonly);
defineMember(PropertyType, 'fdel', (self) => asProperty(self).fdel, readonly);
defineMember(
  PropertyType,
  '__doc__',
  (self) => asProperty(self).doc,
  (self, value) => {
    asProperty(self).doc = value ?? None;
  },
);
defineGetSet(
  PropertyType,
  '__name__',
  (self) => {
    const name = propertyName(asProperty(self));
    if (name === undefined) throw attributeError("'property' object has no attribute '__name__'");
    return name;
  },
  (self, value) => {
    asProperty(self).name = value ?? None;
  },
);
defineGetSet(PropertyType, '__isabstractmethod__', (self) => {
  const p = asProperty(self);
  return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
});

// classmethod(function) and staticmethod(function)

type Wrapper = PyClassMethod | PyStaticMethod;

/** cm_init / sm_init: keep the callable and copy its identity, as functools.wraps would. */
function wrapperInit(self: Wrapper, name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords(name, kwnames);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  const callable = args[0];
  self.callable = callable;
  const attrs = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
  for (const attr of attrs) {
    const v = getAttrOrUndefined(callable, attr);
    if (v !== undefined) setAttr(self, attr, v);
  }
  return None;
}

function wrapperType(type: PyType, name: string, make: (cls: PyType) => Wrapper): void {
  type.hasInstanceDict = true;
  defineNew(type, (args) => make(args[0] as PyType));
  defineMethods(type, {
    __init__: (self, args, kwnames) => wrapperInit(self as Wrapper, name, args, kwnames),
    __repr__: (self) => `<${name}(${repr((self as Wrapper).callable)})>`,
    __get__: descrGetMethod(type),
  });
  defineMember(type, '__func__', (self) => (self as Wrapper).callable, readonly);
  defineMember(type, '__wrapped__', (self) => (self as Wrapper).callable, readonly);
  defineGetSet(type, '__isabstractmethod__', (self) => isAbstract((self as Wrapper).callable));
  instanceDictGetSet(type);
}

wrapperType(ClassMethodType, 'classmethod', (cls) => new PyClassMethod(None, cls));
wrapperType(StaticMethodType, 'staticmethod', (cls) => new PyStaticMethod(None, cls));
defineMethods(StaticMethodType, {
  __call__: (self, args, kwnames) => call((self as PyStaticMethod).callable, args, kwnames),
});

defineAttr(
  ClassMethodType,
  '__doc__',
  'Convert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.',
);
defineAttr(
  StaticMethodType,
  '__doc__',
  'Convert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.',
);
