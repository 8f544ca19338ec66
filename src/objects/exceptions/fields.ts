// The per-type fields of exceptions (StopIteration.value, OSError.errno, SyntaxError.lineno…)
// live in PyBaseException.fields by name; these helpers read and write them and expose them
// as attributes the way CPython's member descriptors do (an unset field reads as None).
import type { PyValue } from '../object';
import type { PyType } from '../type';
import { PyBaseException, attributeError, typeError } from '../exceptions';
import { None } from '../singletons';
import { defineGetSet } from '../native';
import { typeOf } from '../ops/typeof';

export function getField(exc: PyBaseException, name: string): PyValue | undefined {
  const f = exc.fields;
  return f === null ? undefined : f[name];
}

export function setField(exc: PyBaseException, name: string, value: PyValue | undefined): void {
  if (value === undefined) {
    if (exc.fields !== null) delete exc.fields[name];
    return;
  }
  if (exc.fields === null) exc.fields = {};
  exc.fields[name] = value;
}

/** `self` as an exception of `type`, or CPython's descriptor TypeError. */
export function asException(self: PyValue, type: PyType, what: string): PyBaseException {
  if (self instanceof PyBaseException && self.type.isSubtypeOf(type)) return self;
  throw typeError(`descriptor '${what}' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

/**
 * An object member (T_OBJECT): reads None when unset; deleting unsets it. A read-only one
 * refuses assignment with "readonly attribute".
 */
export function defineMember(type: PyType, name: string, readonly = false): void {
  defineGetSet(
    type,
    name,
    (self) => getField(asException(self, type, name), name) ?? None,
    (self, value) => {
      const exc = asException(self, type, name);
      if (readonly) throw attributeError('readonly attribute');
      setField(exc, name, value ?? undefined);
    },
  );
}
