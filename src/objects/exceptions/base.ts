// BaseException's namespace: construction (args from the positional arguments), str/repr,
// the chaining and traceback attributes, notes, and pickling support. Every other exception
// type inherits these; their own files add what differs.
import type { PyValue } from '../object';
import { PyType } from '../type';
import { PyDict } from '../dict';
import { StrType, TupleType } from '../builtin-types';
import { EMPTY_TUPLE, PyList, PyTuple } from '../boxes';
import { None } from '../singletons';
import { BaseException, PyBaseException, typeError } from '../exceptions';
import { PyTraceback } from '../traceback';
import { defineGetSet, defineMethods, defineNew } from '../native';
import { checkArgs, noKeywords } from '../args';
import { typeOf } from '../ops/typeof';
import { repr, str } from '../ops/repr';
import { toArray } from '../ops/iter';
import { getAttrOrUndefined, setAttr } from '../ops/attributes';
import { instanceDictGetSet } from '../object-type';
import { asException, attributeOwner } from './fields';

/** The positional arguments of a vectorcall (keyword values come last). */
export function positional(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue[] {
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  return args.slice(0, n);
}

export function tupleOf(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

/** The class argument of a `__new__`, checked as tp_new_wrapper does. */
export function newClassArg(args: readonly PyValue[], owner: PyType): PyType {
  if (args.length === 0) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}

/** BaseException_new: an instance of `cls` whose args are the positional arguments (keywords are left to __init__). */
export function baseExceptionNew(cls: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyBaseException {
  const e = new PyBaseException(cls);
  e.args = tupleOf(positional(args, kwnames));
  return e;
}

const self_ = (self: PyValue, what: string): PyBaseException => asException(self, BaseException, what);
const attr_ = (self: PyValue, what: string): PyBaseException => attributeOwner(self, BaseException, what);

function setTraceback(exc: PyBaseException, tb: PyValue | null): void {
  if (tb === null) throw typeError('__traceback__ may not be deleted');
  if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  exc.traceback = tb;
}

/** PyException_SetCause: sets `__cause__` (None for NULL) and `__suppress_context__`, as `raise ... from` does. */
export function setCauseRaw(exc: PyBaseException, cause: PyValue): void {
  exc.cause = cause;
  exc.suppressContext = true;
}

defineNew(BaseException, (args, kwnames) => {
  const cls = newClassArg(args, BaseException);
  return baseExceptionNew(cls, args.slice(1), kwnames);
});

defineMethods(BaseException, {
  __init__(self, args, kwnames) {
    const exc = self_(self, '__init__');
    noKeywords(exc.type.name, kwnames);
    exc.args = tupleOf(args.slice());
    return None;
  },
  __str__(self) {
    const a = self_(self, '__str__').args.items;
    if (a.length === 0) return '';
    if (a.length === 1) return str(a[0]);
    return str(self_(self, '__str__').args);
  },
  __repr__(self) {
    const exc = self_(self, '__repr__');
    const a = exc.args;
    const name = exc.type.name;
    return a.items.length === 1 ? `${name}(${repr(a.items[0])})` : `${name}${repr(a)}`;
  },
  __reduce__(self) {
    const exc = self_(self, '__reduce__');
    if (exc.dict !== null && exc.dict.size > 0) return new PyTuple([exc.type, exc.args, exc.dict]);
    return new PyTuple([exc.type, exc.args]);
  },
  __setstate__(self, args, kwnames) {
    checkArgs('__setstate__', args, kwnames, 1);
    const state = args[0];
    if (state !== None) {
      if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
      const keys = state.keyList();
      for (const k of keys) {
        if (typeof k !== 'string') throw typeError(`attribute name must be string, not '${typeOf(k).name}'`);
        setAttr(self, k, state.getStr(k)!);
      }
    }
    return None;
  },
  with_traceback(self, args, kwnames) {
    checkArgs('BaseException.with_traceback', args, kwnames, 1);
    setTraceback(self_(self, 'with_traceback'), args[0]);
    return self;
  },
  add_note(self, args, kwnames) {
    checkArgs('BaseException.add_note', args, kwnames, 1);
    const note = args[0];
    if (!typeOf(note).isSubtypeOf(StrType)) {
      throw typeError(`note must be a str, not '${typeOf(note).name}'`);
    }
    let notes = getAttrOrUndefined(self, '__notes__');
    if (notes === undefined) {
      notes = new PyList([]);
      setAttr(self, '__notes__', notes);
    }
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    notes.items.push(note);
    return None;
  },
});

instanceDictGetSet(BaseException);

defineGetSet(
  BaseException,
  'args',
  (self) => attr_(self, 'args').args,
  (self, value) => {
    const exc = attr_(self, 'args');
    if (value === null) throw typeError('args may not be deleted');
    exc.args = value instanceof PyTuple && value.type === TupleType ? value : tupleOf(toArray(value));
  },
);
defineGetSet(
  BaseException,
  '__traceback__',
  (self) => attr_(self, '__traceback__').traceback,
  (self, value) => setTraceback(attr_(self, '__traceback__'), value),
);
defineGetSet(
  BaseException,
  '__context__',
  (self) => attr_(self, '__context__').context,
  (self, value) => {
    const exc = attr_(self, '__context__');
    if (value === null) throw typeError('__context__ may not be deleted');
    if (value !== None && !(value instanceof PyBaseException)) {
      throw typeError('exception context must be None or derive from BaseException');
    }
    exc.context = value;
  },
);
defineGetSet(
  BaseException,
  '__cause__',
  (self) => attr_(self, '__cause__').cause,
  (self, value) => {
    const exc = attr_(self, '__cause__');
    if (value === null) throw typeError('__cause__ may not be deleted');
    if (value !== None && !(value instanceof PyBaseException)) {
      throw typeError('exception cause must be None or derive from BaseException');
    }
    setCauseRaw(exc, value);
  },
);
defineGetSet(
  BaseException,
  '__suppress_context__',
  (self) => attr_(self, '__suppress_context__').suppressContext,
  (self, value) => {
    const exc = attr_(self, '__suppress_context__');
    if (value === null) throw typeError("can't delete numeric/char attribute");
    if (typeof value !== 'boolean') throw typeError('attribute value type must be bool');
    exc.suppressContext = value;
  },
);
