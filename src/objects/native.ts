// Helpers with which each built-in type's file fills its namespace.
import type { PyValue } from './object';
import type { PyType } from './type';
import { MemberDescriptorType } from './builtin-types';
import { None } from './singletons';
import { typeError } from './exceptions';
import { noKeywords } from './args';
import { typeOf } from './ops/typeof';
import {
  BuiltinFunction,
  ClassMethodDescriptor,
  GetSetDescriptor,
  MethodDescriptor,
  PyStaticMethod,
  type NativeFunction,
  type NativeMethod,
} from './function';

export function defineMethod(type: PyType, name: string, fn: NativeMethod, doc: string | null = null): MethodDescriptor {
  const d = new MethodDescriptor(name, type, fn, doc);
  type.ns.setStr(name, d);
  return d;
}

export function defineMethods(type: PyType, table: Record<string, NativeMethod>): void {
  for (const name of Object.keys(table)) defineMethod(type, name, table[name]);
}

export function defineClassMethod(type: PyType, name: string, fn: NativeMethod): void {
  type.ns.setStr(name, new ClassMethodDescriptor(name, type, fn));
}

/** `__new__` of a built-in type: a static method taking the class first (tp_new). */
export function defineNew(type: PyType, fn: NativeFunction): void {
  type.ns.setStr('__new__', new PyStaticMethod(new BuiltinFunction('__new__', fn, type, `${type.name}.__new__`)));
}

export function defineGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | null) => void) | null = null,
): void {
  type.ns.setStr(name, new GetSetDescriptor(name, type, get, set));
}

export function defineAttr(type: PyType, name: string, value: PyValue): void {
  type.ns.setStr(name, value);
}

/** An attribute that CPython declares as a struct member (PyMemberDef): a member_descriptor. */
export function defineMember(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | null) => void) | null = null,
): void {
  const d = new GetSetDescriptor(name, type, get, set);
  d.type = MemberDescriptorType;
  type.ns.setStr(name, d);
}

/** The wrapper CPython puts around `owner`'s tp_descr_get: `__get__(obj, type=None)`. */
export function descrGetMethod(owner: PyType): NativeMethod {
  return (self, args, kwnames) => {
    noKeywords('__get__', kwnames);
    if (args.length < 1 || args.length > 2) {
      throw typeError(args.length < 1 ? ` expected at least 1 argument, got ${args.length}` : ` expected at most 2 arguments, got ${args.length}`);
    }
    const obj = args[0] === None ? null : args[0];
    const type = args.length < 2 || args[1] === None ? null : args[1];
    if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
    return owner.descrGet!(self, obj, (type ?? typeOf(obj!)) as PyType);
  };
}

