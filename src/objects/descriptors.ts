// The descriptor slots of the built-in callables and descriptors: how each binds when found
// on a class (tp_descr_get), which are data descriptors (tp_descr_set), and the shortcut that
// calls a method descriptor as a method without binding it first.
import type { PyValue } from './object';
import {
  BuiltinFunction,
  ClassMethodDescriptor,
  GetSetDescriptor,
  MethodDescriptor,
  MethodWrapper,
  PyClassMethod,
  PyFunction,
  PyMethod,
  PyProperty,
  PyStaticMethod,
} from './function';
import {
  ClassMethodDescriptorType,
  ClassMethodType,
  FunctionType,
  GetSetDescriptorType,
  MemberDescriptorType,
  MethodDescriptorType,
  PropertyType,
  StaticMethodType,
  WrapperDescriptorType,
} from './builtin-types';
import { attributeError, typeError } from './exceptions';
import { None } from './singletons';
import type { PyType } from './type';
import { call } from './ops/call';
import { getAttrOrUndefined } from './ops/attributes';
import { repr } from './ops/repr';
import { typeOf } from './ops/typeof';

FunctionType.descrGet = (f, obj) => (obj === null ? f : new PyMethod(f, obj));

function checkDescriptorSelf(d: { name: string; owner: PyType }, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(d.owner)) {
    // A built-in type outside builtins is named with its module, as its tp_name is.
    // (Such a type may already carry it in its name: 'collections.deque'.)
    const owner =
      d.owner.heap || d.owner.module === 'builtins' || d.owner.name.includes('.') ? d.owner.name : `${d.owner.module}.${d.owner.name}`;
    throw typeError(`descriptor '${d.name}' for '${owner}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
}

MethodDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return descr;
  const d = descr as MethodDescriptor;
  checkDescriptorSelf(d, obj);
  return new BuiltinFunction(d.name, (args, kwnames) => d.fn(obj, args, kwnames), obj, `${d.owner.name}.${d.name}`);
};
MethodDescriptorType.callMethod = (descr, self, args, kwnames) => {
  const d = descr as MethodDescriptor;
  checkDescriptorSelf(d, self);
  return d.fn(self, args, kwnames);
};
WrapperDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return descr;
  const d = descr as MethodDescriptor;
  checkDescriptorSelf(d, obj);
  return new MethodWrapper(d, obj);
};
WrapperDescriptorType.callMethod = MethodDescriptorType.callMethod;

ClassMethodDescriptorType.descrGet = (descr, obj, type) => {
  const d = descr as ClassMethodDescriptor;
  const cls = type ?? typeOf(obj!);
  return new BuiltinFunction(d.name, (args, kwnames) => d.fn(cls, args, kwnames), cls, `${d.owner.name}.${d.name}`);
};

ClassMethodType.descrGet = (descr, obj, type) => {
  const cm = descr as PyClassMethod;
  return new PyMethod(cm.callable, type ?? typeOf(obj!));
};

StaticMethodType.descrGet = (descr) => (descr as PyStaticMethod).callable;

PropertyType.descrGet = (descr, obj) => {
  if (obj === null) return descr;
  const p = descr as PyProperty;
  if (p.fget === None) {
    throw attributeError(propertyMessage(p, obj, 'has no getter'));
  }
  return call(p.fget, [obj]);
};
PropertyType.descrSet = (descr, obj, value) => {
  const p = descr as PyProperty;
  if (value === null) {
    if (p.fdel === None) throw attributeError(propertyMessage(p, obj, 'has no deleter'));
    call(p.fdel, [obj]);
  } else {
    if (p.fset === None) throw attributeError(propertyMessage(p, obj, 'has no setter'));
    call(p.fset, [obj, value]);
  }
};

/** "property 'x' of 'C' object has no setter" (3.13 names the property when it knows it). */
function propertyMessage(p: PyProperty, obj: PyValue, what: string): string {
  const owner = repr(typeOf(obj).qualname);
  // property_name: the name __set_name__ stored, else the getter's __name__.
  const name = p.name !== None ? p.name : p.fget === None ? undefined : getAttrOrUndefined(p.fget, '__name__');
  if (name !== undefined) return `property ${repr(name)} of ${owner} object ${what}`;
  return `property of ${owner} object ${what}`;
}

GetSetDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return descr;
  const d = descr as GetSetDescriptor;
  checkDescriptorSelf(d, obj);
  return d.get(obj);
};
MemberDescriptorType.descrGet = (descr, obj) => GetSetDescriptorType.descrGet!(descr, obj, typeOf(obj ?? None));
MemberDescriptorType.descrSet = (descr, obj, value) => {
  const d = descr as GetSetDescriptor;
  checkDescriptorSelf(d, obj);
  // A READONLY struct member (PyMember_SetOne), unlike a getset without a setter.
  if (d.set === null) throw attributeError('readonly attribute');
  d.set(obj, value);
};
GetSetDescriptorType.descrSet = (descr, obj, value) => {
  const d = descr as GetSetDescriptor;
  checkDescriptorSelf(d, obj);
  if (d.set === null) {
    throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  }
  d.set(obj, value);
};
