// len() (PyObject_Size): __len__, which must give a non-negative int that fits an index.
import type { PyValue } from '../object';
import { PyList, PyTuple } from '../boxes';
import { PyDict } from '../dict';
import { DictType, ListType, TupleType } from '../builtin-types';
import { overflowError, typeError, valueError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { indexValue } from './index-value';
import { strLength } from '../str-length';

export function lengthOf(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  if ((v instanceof PyList && v.type === ListType) || (v instanceof PyTuple && v.type === TupleType)) return v.items.length;
  if (v instanceof PyDict && v.type === DictType) return v.size;
  const m = typeOf(v).lookup('__len__');
  if (m === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  const r = callMethodDescriptor(m, v, []);
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
    if (typeOf(r).lookup('__index__') === undefined) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  }
  const n = indexValue(r);
  if (n < 0) throw valueError('__len__() should return >= 0');
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}
