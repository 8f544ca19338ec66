// LOAD_ATTR's method form, LOAD_BUILD_CLASS and IS_OP.
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyFunction } from '../objects/function';
import { MethodDescriptorType, WrapperDescriptorType } from '../objects/builtin-types';
import { nameError } from '../objects/exceptions';
import { OBJECT_GETATTRIBUTE, getAttr } from '../objects/ops/attributes';
import { typeOf } from '../objects/ops/typeof';
import { out } from './raise';
import type { Frame } from './frame';

/**
 * `obj.name` about to be called (_PyObject_GetMethod): when the class has a plain function or
 * method descriptor for `name` that the instance does not shadow, the function itself with
 * out.self = obj, so that no bound method is made; otherwise the attribute with out.self = null.
 */
export function loadMethod(obj: PyValue, name: string): PyValue {
  const type = typeOf(obj);
  if (type.lookup('__getattribute__') === OBJECT_GETATTRIBUTE) {
    const descr = type.lookup(name);
    if (descr instanceof PyFunction || (descr instanceof PyObject && (descr.type === MethodDescriptorType || descr.type === WrapperDescriptorType))) {
      const dict = obj instanceof PyObject ? obj.dict : null;
      if (dict === null || dict.getStr(name) === undefined) {
        out.self = obj;
        return descr;
      }
    }
  }
  // Set after the lookup: a __getattr__ written in Python runs LOAD_ATTR itself.
  const attr = getAttr(obj, name);
  out.self = null;
  return attr;
}

export function loadBuildClass(frame: Frame): PyValue {
  const bc = frame.builtins.getStr('__build_class__');
  if (bc === undefined) throw nameError('__build_class__', undefined, '__build_class__ not found');
  return bc;
}

/** `a is b`: identity; JS primitives (int, bool, str) are the same object when equal. */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}
