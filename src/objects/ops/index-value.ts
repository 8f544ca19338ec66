// operator.index (PyNumber_Index): an int from an int, a bool, or an object with __index__.
import type { PyInt, PyValue } from '../object';
import { IntSubclassValue } from '../boxes';
import { overflowError, typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { runtimeWarn } from '../runtime-warning';

export function indexValue(v: PyValue): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof IntSubclassValue) return v.value;
  const m = typeOf(v).lookup('__index__');
  if (m === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const r = callMethodDescriptor(m, v, []);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean' || r instanceof IntSubclassValue) {
    runtimeWarn(
      'DeprecationWarning',
      `__index__ returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    );
    return typeof r === 'boolean' ? (r ? 1 : 0) : r.value;
  }
  throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}

/** An index that must fit a JS number (list positions, repeat counts): CPython's Py_ssize_t. */
export function indexAsNumber(v: PyValue, what = 'integer'): number {
  const n = indexValue(v);
  if (typeof n === 'bigint') {
    throw overflowError(`cannot fit 'int' into an index-sized ${what}`);
  }
  return n;
}
