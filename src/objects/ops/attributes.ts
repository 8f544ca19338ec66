// Attribute access (PyObject_GetAttr / SetAttr / DelAttr): the generic instance protocol
// with data descriptors, the instance dict and non-data descriptors; class attribute access
// through the metatype; and the __getattribute__/__getattr__/__setattr__/__delattr__ hooks.
import { PyObject, type PyValue } from '../object';
import { PyType } from '../type';
import { PyDict } from '../dict';
import { PyModule } from '../module';
import { MethodDescriptor } from '../function';
import { ObjectType, TypeType } from '../builtin-types';
import { attributeError, AttributeError, PyBaseException, typeError } from '../exceptions';
import { typeOf } from './typeof';
import { call, callMethodDescriptor } from './call';
import { None } from '../singletons';

function nameArg(args: PyValue[], what: string): string {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  if (args.length !== (what === 'set' ? 2 : 1)) throw typeError(`expected ${what === 'set' ? 2 : 1} arguments, got ${args.length}`);
  return name;
}

export const OBJECT_GETATTRIBUTE = new MethodDescriptor('__getattribute__', ObjectType, (self, args) => {
  const name = nameArg(args, 'get');
  const v = genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
/** object's hooks must not bypass type's own (CPython's hackcheck). */
function checkNotType(self: PyValue, what: string): void {
  if (self instanceof PyType) throw typeError(`can't apply this ${what} to ${typeOf(self).name} object`);
}
export const OBJECT_SETATTR = new MethodDescriptor('__setattr__', ObjectType, (self, args) => {
  checkNotType(self, '__setattr__');
  genericSetAttr(self, nameArg(args, 'set'), args[1]);
  return None;
});
export const OBJECT_DELATTR = new MethodDescriptor('__delattr__', ObjectType, (self, args) => {
  checkNotType(self, '__delattr__');
  genericSetAttr(self, nameArg(args, 'del'), null);
  return None;
});
export const TYPE_GETATTRIBUTE = new MethodDescriptor('__getattribute__', TypeType, (self, args) => {
  const name = nameArg(args, 'get');
  const v = typeGetAttr(self as PyType, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
export const TYPE_SETATTR = new MethodDescriptor('__setattr__', TypeType, (self, args) => {
  typeSetAttr(self as PyType, nameArg(args, 'set'), args[1]);
  return None;
});
export const TYPE_DELATTR = new MethodDescriptor('__delattr__', TypeType, (self, args) => {
  typeSetAttr(self as PyType, nameArg(args, 'del'), null);
  return None;
});

/** How the import system words a module's missing attribute (it knows about circular imports and shadowing). */
let moduleAttributeMessage = (module: PyModule, name: string): string => `module '${module.name}' has no attribute '${name}'`;
export function registerModuleAttributeError(message: (module: PyModule, name: string) => string): void {
  moduleAttributeMessage = message;
}

/** The AttributeError CPython raises for a missing attribute, worded by the kind of object. */
export function noAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`, obj, name);
  if (obj instanceof PyModule) return attributeError(moduleAttributeMessage(obj, name), obj, name);
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, obj, name);
}

/** PyObject_GenericGetAttr without raising: undefined when not found. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  let descrType: PyType | undefined;
  if (descr !== undefined) {
    descrType = typeOf(descr);
    if (descrType.descrGet !== undefined && descrType.descrSet !== undefined) return descrType.descrGet(descr, obj, type);
  }
  if (obj instanceof PyObject) {
    const dict = obj.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (descr !== undefined) return descrType!.descrGet !== undefined ? descrType!.descrGet(descr, obj, type) : descr;
  return undefined;
}

/** type_getattro without raising: the metatype's data descriptors, then the MRO, then the metatype. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = typeOf(cls);
  const metaAttr = meta.lookup(name);
  let metaType: PyType | undefined;
  if (metaAttr !== undefined) {
    metaType = typeOf(metaAttr);
    if (metaType.descrGet !== undefined && metaType.descrSet !== undefined) return metaType.descrGet(metaAttr, cls, meta);
  }
  const attr = cls.lookup(name);
  if (attr !== undefined) {
    const t = typeOf(attr);
    return t.descrGet !== undefined ? t.descrGet(attr, null, cls) : attr;
  }
  if (metaAttr !== undefined) return metaType!.descrGet !== undefined ? metaType!.descrGet(metaAttr, cls, meta) : metaAttr;
  return undefined;
}

/** getattr(obj, name) with no default: raises AttributeError (or what a __getattr__ raises). */
export function getAttr(obj: PyValue, name: string): PyValue {
  const v = lookupAttr(obj, name, false);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

/**
 * getattr(obj, name) that answers undefined instead of raising AttributeError for a missing
 * attribute (other exceptions propagate), as _PyObject_LookupAttr does.
 */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  return lookupAttr(obj, name, true);
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError);
}

/** The attribute; undefined when missing. With `suppress`, an AttributeError from a hook means missing too. */
function lookupAttr(obj: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const type = typeOf(obj);
  const getattribute = type.lookup('__getattribute__');
  const hook = type.lookup('__getattr__');
  let v: PyValue | undefined;
  try {
    if (getattribute === OBJECT_GETATTRIBUTE) v = genericGetAttr(obj, name);
    else if (getattribute === TYPE_GETATTRIBUTE) v = typeGetAttr(obj as PyType, name);
    else v = callMethodDescriptor(getattribute!, obj, [name]);
  } catch (e) {
    // An AttributeError from __getattribute__ (or from a property it ran) falls back to __getattr__.
    if (!isAttributeError(e) || (hook === undefined && !suppress)) throw withAttributeContext(e, obj, name);
    v = undefined;
  }
  if (v !== undefined) return v;
  if (hook !== undefined) return callHook(() => callMethodDescriptor(hook, obj, [name]), suppress, obj, name);
  if (obj instanceof PyModule) {
    const moduleHook = obj.dict.getStr('__getattr__');
    if (moduleHook !== undefined) return callHook(() => call(moduleHook, [name]), suppress, obj, name);
  }
  return undefined;
}

/** A __getattr__ hook's answer; with `suppress`, its AttributeError means "missing". */
function callHook(run: () => PyValue, suppress: boolean, obj: PyValue, name: string): PyValue | undefined {
  try {
    return run();
  } catch (e) {
    if (suppress && isAttributeError(e)) return undefined;
    throw withAttributeContext(e, obj, name);
  }
}

/**
 * An AttributeError escaping an attribute lookup learns which name of which object was asked
 * for, unless it already says (set_attribute_error_context): suggestions print from these.
 */
function withAttributeContext(e: unknown, obj: PyValue, name: string): unknown {
  if (isAttributeError(e)) {
    const exc = e as PyBaseException;
    const fields = exc.fields;
    if (fields === null) exc.fields = { name, obj };
    else if (fields.name === undefined && fields.obj === undefined) {
      fields.name = name;
      fields.obj = obj;
    }
  }
  return e;
}

/** setattr(obj, name, value), or delattr when value is null. */
export function setAttr(obj: PyValue, name: string, value: PyValue | null): void {
  const type = typeOf(obj);
  const hook = type.lookup(value === null ? '__delattr__' : '__setattr__');
  if (hook === OBJECT_SETATTR || hook === OBJECT_DELATTR) genericSetAttr(obj, name, value);
  else if (hook === TYPE_SETATTR || hook === TYPE_DELATTR) typeSetAttr(obj as PyType, name, value);
  else callMethodDescriptor(hook!, obj, value === null ? [name] : [name, value]);
}

/** PyObject_GenericSetAttr: a data descriptor's __set__/__delete__, else the instance dict. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | null): void {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  if (descr !== undefined) {
    const dt = typeOf(descr);
    if (dt.descrSet !== undefined) {
      dt.descrSet(descr, obj, value);
      return;
    }
  }
  if (obj instanceof PyObject && (obj.dict !== null || type.hasInstanceDict)) {
    if (value === null) {
      if (obj.dict === null || obj.dict.delete(name) === undefined) {
        // CPython's instance-attribute store reports a missing one without name or obj.
        throw attributeError(`'${type.name}' object has no attribute '${name}'`);
      }
      return;
    }
    (obj.dict ??= new PyDict()).setStr(name, value);
    return;
  }
  if (descr === undefined) {
    throw attributeError(`'${type.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`, obj, name);
  }
  throw attributeError(`'${type.name}' object attribute '${name}' is read-only`, obj, name);
}

/** type_setattro: the metatype's data descriptors, else the class namespace (heap types only). */
export function typeSetAttr(cls: PyType, name: string, value: PyValue | null): void {
  const meta = typeOf(cls);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined) {
    const dt = typeOf(metaAttr);
    if (dt.descrSet !== undefined) {
      dt.descrSet(metaAttr, cls, value);
      return;
    }
  }
  if (!cls.heap || cls.immutable) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (value === null) {
    if (cls.ns.delete(name) === undefined) throw noAttribute(cls, name);
  } else cls.ns.setStr(name, value);
  cls.modified();
}
