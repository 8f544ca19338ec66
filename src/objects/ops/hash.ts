// hash() (PyObject_Hash): CPython's values for every built-in type, the class's __hash__ for
// others, and TypeError for unhashable ones. The numeric and str hashes live with their
// types (registered here by them) so that this file stays the dispatcher.
import type { PyInt, PyValue } from '../object';
import { IntSubclassValue } from '../boxes';
import { None } from '../singletons';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { hashInt } from '../numeric-hash';
import { hashStr } from '../str-hash';

export function pyHash(v: PyValue): PyInt {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return hashStr(v);
  }
  const type = typeOf(v);
  const m = type.lookup('__hash__');
  if (m === undefined || m === None) throw typeError(`unhashable type: '${type.name}'`);
  const r = callMethodDescriptor(m, v, []);
  if (typeof r === 'number') return r === -1 ? -2 : r;
  // A result that fits Py_hash_t is the hash itself (slot_tp_hash); only larger ints are reduced.
  if (typeof r === 'bigint') return r >= -(1n << 63n) && r < 1n << 63n ? r : hashInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (r instanceof IntSubclassValue) return hashInt(r.value);
  throw typeError('__hash__ method should return an integer');
}
