// The per-type fields of exceptions (StopIteration.value, OSError.errno, SyntaxError.lineno…)
// live in PyBaseException.fields by name; these helpers read and write them and expose them
// as attributes the way CPython's member descriptors do (an unset field reads as None).
import type { PyValue } from '../object';
import type { PyType } from '../type';
import { PyBaseException, attributeError, typeError } from '../exceptions';
import { None } from '../singletons';
import { defineGetSet } from '../native';
import { typeOf } from '../ops/typeof';

/** Every built-in exception type's own __init__ (filled by per-type.ts; OSError tells a subclass's own by it). */
export const BUILTIN_INITS = new Set<PyValue | undefined>();

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

/** `self` of a method of `type`, or CPython's method descriptor TypeError. */
export function asException(self: PyValue, type: PyType, what: string): PyBaseException {
  if (self instanceof PyBaseException && self.type.isSubtypeOf(type)) return self;
  throw typeError(`descriptor '${what}' requires a '${type.name}' object but received a '${typeOf(self).name}'`);
}

/** `self` of an attribute (getset or member) of `type`, or CPython's descriptor TypeError. */
export function attributeOwner(self: PyValue, type: PyType, what: string): PyBaseException {
  if (self instanceof PyBaseException && self.type.isSubtypeOf(type)) return self;
  throw typeError(`descriptor '${what}' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

export interface MemberOptions {
  /** Assignment fails with "readonly attribute". */
  readonly readonly?: boolean;
  /**
   * The value of a field never set, for instances the runtime made without running __init__
   * (newException(SystemExit, 4)): what __init__ would have set.
   */
  readonly derive?: (exc: PyBaseException) => PyValue;
  /** Deleting stores None rather than unsetting (so that `derive` does not bring the value back). */
  readonly deleteStoresNone?: boolean;
}

/** An object member (T_OBJECT): reads None when unset; deleting unsets it. */
export function defineMember(type: PyType, name: string, options: MemberOptions = {}): void {
  const derive = options.derive;
  defineGetSet(
    type,
    name,
    (self) => {
      const exc = attributeOwner(self, type, name);
      const v = getField(exc, name);
      return v !== undefined ? v : derive !== undefined ? derive(exc) : None;
    },
    (self, value) => {
      const exc = attributeOwner(self, type, name);
      if (options.readonly === true) throw attributeError('readonly attribute');
      setField(exc, name, value ?? (options.deleteStoresNone === true ? None : undefined));
    },
  );
}
