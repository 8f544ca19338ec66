// BaseExceptionGroup and ExceptionGroup: construction rules (a non-empty sequence of
// exceptions; BaseExceptionGroup of only Exceptions becomes an ExceptionGroup), str, derive,
// and split/subgroup, which rebuild the group's tree around the leaves that match.
import type { PyValue } from '../object';
import { PyType } from '../type';
import { PyList, PyTuple, StrSubclassValue } from '../boxes';
import { DictType, TupleType } from '../builtin-types';
import { None } from '../singletons';
import {
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  PyBaseException,
  typeError,
  valueError,
} from '../exceptions';
import { defineClassMethod, defineMethods, defineNew } from '../native';
import { checkArgs, noKeywords } from '../args';
import { str } from '../ops/repr';
import { call } from '../ops/call';
import { toArray } from '../ops/iter';
import { typeOf } from '../ops/typeof';
import { isTrue } from '../ops/truth';
import { getAttr, getAttrOrUndefined, setAttr } from '../ops/attributes';
import { makeGenericAlias } from '../ops/subscript';
import { asException, defineMember, getField, setField } from './fields';
import { baseExceptionNew, newClassArg, tupleOf } from './base';
import { givenExceptionMatches, isCallable, isExceptionClass } from './matches';

export function isExceptionGroup(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException && v.type.isSubtypeOf(BaseExceptionGroup);
}

/** The sub-exceptions of a group, in order. */
export function groupExceptions(eg: PyBaseException): PyBaseException[] {
  const excs = getField(eg, 'exceptions');
  return excs instanceof PyTuple ? (excs.items as PyBaseException[]) : [];
}

function isSequence(v: PyValue): boolean {
  if (v instanceof PyList || v instanceof PyTuple) return true;
  const t = typeOf(v);
  return typeof v === 'object' && !t.isSubtypeOf(DictType) && t.lookup('__getitem__') !== undefined;
}

defineNew(BaseExceptionGroup, (args, kwnames) => {
  const type = newClassArg(args, BaseExceptionGroup);
  const rest = args.slice(1, args.length - (kwnames === null ? 0 : kwnames.length));
  if (rest.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${rest.length} given)`);
  noKeywords(type.name, kwnames);
  const [message, exceptions] = rest;
  if (typeof message !== 'string' && !(message instanceof StrSubclassValue)) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (!isSequence(exceptions)) throw typeError('second argument (exceptions) must be a sequence');
  const excs = toArray(exceptions);
  if (excs.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(Exception)) nestedBase = true;
  });
  let cls: PyType = type;
  if (cls === ExceptionGroup) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === BaseExceptionGroup) {
    if (!nestedBase) cls = ExceptionGroup;
  } else if (nestedBase && cls.isSubtypeOf(Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const self = baseExceptionNew(cls, rest, null);
  setField(self, 'message', message);
  setField(self, 'exceptions', new PyTuple(excs));
  return self;
});

defineMethods(BaseExceptionGroup, {
  __init__(self, args, kwnames) {
    const exc = asException(self, BaseExceptionGroup, '__init__');
    noKeywords(exc.type.name, kwnames);
    exc.args = tupleOf(args.slice());
    return None;
  },
  __str__(self) {
    const eg = asException(self, BaseExceptionGroup, '__str__');
    const n = groupExceptions(eg).length;
    return `${str(getField(eg, 'message') ?? None)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  derive(self, args, kwnames) {
    checkArgs('derive', args, kwnames, 1);
    const eg = asException(self, BaseExceptionGroup, 'derive');
    return call(BaseExceptionGroup, [getField(eg, 'message') ?? '', args[0]]);
  },
  split(self, args, kwnames) {
    checkArgs('split', args, kwnames, 1);
    const eg = asException(self, BaseExceptionGroup, 'split');
    const r = splitGroup(eg, matcherOf(args[0]), true);
    return new PyTuple([r.match ?? None, r.rest ?? None]);
  },
  subgroup(self, args, kwnames) {
    checkArgs('subgroup', args, kwnames, 1);
    const eg = asException(self, BaseExceptionGroup, 'subgroup');
    return splitGroup(eg, matcherOf(args[0]), false).match ?? None;
  },
});
defineClassMethod(BaseExceptionGroup, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('__class_getitem__', args, kwnames, 1);
  return makeGenericAlias(cls, args[0]);
});
defineMember(BaseExceptionGroup, 'message', { readonly: true });
defineMember(BaseExceptionGroup, 'exceptions', { readonly: true });
ExceptionGroup.module = 'builtins';

/** What split() matches leaves against: exception classes, a predicate, or the leaves themselves. */
export type Matcher =
  | { readonly kind: 'type'; readonly value: PyValue }
  | { readonly kind: 'predicate'; readonly value: PyValue }
  | { readonly kind: 'leaves'; readonly value: ReadonlySet<PyBaseException> };

function matcherOf(value: PyValue): Matcher {
  if (isCallable(value) && !(value instanceof PyType)) return { kind: 'predicate', value };
  if (isExceptionClass(value)) return { kind: 'type', value };
  if (value instanceof PyTuple && value.type === TupleType && value.items.every(isExceptionClass)) {
    return { kind: 'type', value };
  }
  throw typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

function matches(exc: PyBaseException, m: Matcher): boolean {
  switch (m.kind) {
    case 'type':
      return givenExceptionMatches(exc, m.value);
    case 'predicate':
      return isTrue(call(m.value, [exc]));
    case 'leaves':
      return !isExceptionGroup(exc) && m.value.has(exc);
  }
}

export interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

/** exceptiongroup_split_recursive: the matching part of `exc` and (if asked) the rest, each null when empty. */
export function splitGroup(exc: PyBaseException, m: Matcher, constructRest: boolean): SplitResult {
  if (matches(exc, m)) return { match: exc, rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const e of groupExceptions(exc)) {
    const r = splitGroup(e, m, constructRest);
    if (r.match !== null) matched.push(r.match);
    if (r.rest !== null) rest.push(r.rest);
  }
  const match = subset(exc, matched);
  return { match, rest: constructRest ? subset(exc, rest) : null };
}

/** A group like `orig` (its derive(), traceback, cause, context and a copy of its notes) holding `excs`. */
function subset(orig: PyBaseException, excs: PyValue[]): PyBaseException | null {
  if (excs.length === 0) return null;
  const eg = call(getAttr(orig, 'derive'), [new PyList(excs)]);
  if (!isExceptionGroup(eg)) throw typeError('derive must return an instance of BaseExceptionGroup');
  eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = getAttrOrUndefined(orig, '__notes__');
  if (notes !== undefined && isSequence(notes)) setAttr(eg, '__notes__', new PyList(toArray(notes)));
  return eg;
}

/** A new group made as `BaseExceptionGroup(message, excs)` is (used by except* and its re-raise). */
export function createExceptionGroup(message: string, excs: PyValue): PyBaseException {
  return call(BaseExceptionGroup, [message, excs]) as PyBaseException;
}

