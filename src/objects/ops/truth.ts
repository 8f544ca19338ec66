// Truth value testing (PyObject_IsTrue): __bool__, then __len__, else true.
import type { PyValue } from '../object';
import { PyFloat } from '../boxes';
import { FloatType } from '../builtin-types';
import { None } from '../singletons';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { lengthOf } from './length';

export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length !== 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat && v.type === FloatType) return v.value !== 0;
  const type = typeOf(v);
  const bool = type.lookup('__bool__');
  if (bool !== undefined) {
    if (bool === None) throw typeError("'NoneType' object is not callable");
    const r = callMethodDescriptor(bool, v, []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  if (type.lookup('__len__') !== undefined) return lengthOf(v) !== 0;
  return true;
}
