// repr() and str() (PyObject_Repr / PyObject_Str), with fast paths for JS primitives, and
// the guard that makes a container that contains itself print as `[...]`.
import type { PyValue } from '../object';
import { StrSubclassValue } from '../boxes';
import { typeError } from '../exceptions';
import { typeOf } from './typeof';
import { callMethodDescriptor } from './call';
import { strRepr } from '../str-repr';
import { intRepr } from '../int-repr';

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const m = typeOf(v).lookup('__repr__')!;
  return checkStr(callMethodDescriptor(m, v, []), '__repr__');
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const m = typeOf(v).lookup('__str__')!;
  return checkStr(callMethodDescriptor(m, v, []), '__str__');
}

function checkStr(r: PyValue, method: string): string {
  if (typeof r === 'string') return r;
  if (r instanceof StrSubclassValue) return r.value;
  throw typeError(`${method} returned non-string (type ${typeOf(r).name})`);
}

const active = new Set<PyValue>();

/**
 * Runs `body` to repr a container unless the container is already being repr'd further up
 * (Py_ReprEnter), in which case the answer is `recursive` (`[...]`, `{...}`).
 */
export function reprGuarded(container: PyValue, recursive: string, body: () => string): string {
  if (active.has(container)) return recursive;
  active.add(container);
  try {
    return body();
  } finally {
    active.delete(container);
  }
}
