// Subscription and membership (PyObject_GetItem / SetItem / DelItem, PySequence_Contains):
// __getitem__ of the class, __class_getitem__ of a class, and CPython's messages.
import type { PyValue } from '../object';
import { PyList, PyTuple } from '../boxes';
import { PyDict } from '../dict';
import { PyType } from '../type';
import { keyError, typeError } from '../exceptions';
import { None } from '../singletons';
import { typeOf } from './typeof';
import { call, callMethodDescriptor } from './call';
import { getIter, iterNext } from './iter';
import { pyEq } from './compare';
import { isTrue } from './truth';
import { DictType, ListType, TupleType, TypeType } from '../builtin-types';
import { typeGetAttr } from './attributes';

export function getItem(container: PyValue, key: PyValue): PyValue {
  if (typeof key === 'number') {
    if (container instanceof PyList && container.type === ListType) {
      const items = container.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
    } else if (container instanceof PyTuple && container.type === TupleType) {
      const items = container.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
    }
  }
  if (container instanceof PyDict && container.type === DictType) {
    const v = container.get(key);
    if (v !== undefined) return v;
    throw keyError(key);
  }
  const type = typeOf(container);
  const m = type.lookup('__getitem__');
  if (m !== undefined) return callMethodDescriptor(m, container, [key]);
  if (container instanceof PyType) {
    if (container === TypeType) return genericAlias(container, key);
    const cgi = container.lookup('__class_getitem__');
    if (cgi !== undefined && cgi !== None) {
      return call(typeGetAttr(container, '__class_getitem__')!, [key]);
    }
    throw typeError(`type '${container.name}' is not subscriptable`);
  }
  throw typeError(`'${type.name}' object is not subscriptable`);
}

let genericAlias: (origin: PyValue, args: PyValue) => PyValue = () => {
  throw typeError('generic aliases are not supported yet');
};
export function registerGenericAlias(make: typeof genericAlias): void {
  genericAlias = make;
}

/** types.GenericAlias(origin, args), for `__class_getitem__` of built-in classes. */
export function makeGenericAlias(origin: PyValue, args: PyValue): PyValue {
  return genericAlias(origin, args);
}

export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  if (container instanceof PyList && container.type === ListType && typeof key === 'number') {
    const items = container.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) {
      items[i] = value;
      return;
    }
  }
  if (container instanceof PyDict && container.type === DictType) {
    container.set(key, value);
    return;
  }
  const type = typeOf(container);
  const m = type.lookup('__setitem__');
  if (m === undefined) throw typeError(`'${type.name}' object does not support item assignment`);
  callMethodDescriptor(m, container, [key, value]);
}

export function delItem(container: PyValue, key: PyValue): void {
  const type = typeOf(container);
  const m = type.lookup('__delitem__');
  if (m === undefined) {
    // CPython words it differently when it tried the sequence protocol with an index.
    const triedSequence = (type.heap || type.lookup('__len__') !== undefined) && typeOf(key).lookup('__index__') !== undefined;
    throw typeError(`'${type.name}' object ${triedSequence ? "doesn't" : 'does not'} support item deletion`);
  }
  callMethodDescriptor(m, container, [key]);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (container instanceof PyDict && container.type === DictType) return container.has(item);
  const type = typeOf(container);
  const m = type.lookup('__contains__');
  if (m !== undefined) {
    if (m === None) throw typeError(`'${type.name}' object is not a container`);
    const r = callMethodDescriptor(m, container, [item]);
    return typeof r === 'boolean' ? r : isTrue(r);
  }
  if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${type.name}' is not iterable`);
  }
  const it = getIter(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (pyEq(x, item)) return true;
  }
}
