// Structural pattern matching: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS.
import { PyObject, type PyValue } from '../objects/object';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import {
  BoolType,
  ByteArrayType,
  BytesType,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  MappingProxyType,
  RangeType,
  SetType,
  StrType,
  TupleType,
} from '../objects/builtin-types';
import { None } from '../objects/singletons';
import { AttributeError, PyBaseException, typeError, valueError } from '../objects/exceptions';
import { call } from '../objects/ops/call';
import { getAttr, getAttrOrUndefined } from '../objects/ops/attributes';
import { typeOf } from '../objects/ops/typeof';
import { repr } from '../objects/ops/repr';
import { newSet } from '../objects/set';

/** Types whose instances match sequence patterns (Py_TPFLAGS_SEQUENCE); modules add theirs. */
export const SEQUENCE_TYPES = new Set<PyType>([ListType, TupleType, RangeType]);
/** Types whose instances match mapping patterns (Py_TPFLAGS_MAPPING). */
export const MAPPING_TYPES = new Set<PyType>([DictType, MappingProxyType]);

function hasFlag(v: PyValue, types: Set<PyType>): boolean {
  for (const t of typeOf(v).mro) if (types.has(t)) return true;
  return false;
}

export function matchMapping(subject: PyValue): boolean {
  return hasFlag(subject, MAPPING_TYPES);
}

export function matchSequence(subject: PyValue): boolean {
  return hasFlag(subject, SEQUENCE_TYPES);
}

const MISSING = new PyObject(typeOf(None));

export function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  if (keys.items.length === 0) return new PyTuple([]);
  const get = getAttr(subject, 'get');
  const seen = newSet([]);
  const values: PyValue[] = [];
  for (const key of keys.items) {
    if (seen.has(key)) throw valueError(`mapping pattern checks duplicate key (${repr(key)})`);
    seen.add(key);
    const v = subject instanceof PyDict && subject.type === DictType ? (subject.get(key) ?? MISSING) : call(get, [key, MISSING]);
    if (v === MISSING) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

/** Built-in classes whose single positional sub-pattern matches the subject itself. */
const MATCH_SELF = new Set<PyType>([BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType]);

function matchAttr(subject: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOrUndefined(subject, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

export function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwnames: PyTuple): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!typeOf(subject).isSubtypeOf(cls)) return None;
  const attrs: PyValue[] = [];
  const seen = new Set<string>();
  const take = (name: string): boolean => {
    if (seen.has(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = matchAttr(subject, name);
    if (v === undefined) return false;
    attrs.push(v);
    return true;
  };
  if (nargs > 0) {
    const matchArgs = matchAttr(cls, '__match_args__');
    let names: PyValue[];
    if (matchArgs === undefined) {
      const matchesSelf = [...MATCH_SELF].some((t) => cls.isSubtypeOf(t));
      if (matchesSelf && nargs === 1) {
        attrs.push(subject);
        names = [];
      } else if (matchesSelf) {
        throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      names = matchArgs.items;
      if (nargs > names.length) {
        throw typeError(`${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${nargs} given)`);
      }
    }
    for (let i = 0; i < nargs && i < names.length; i++) {
      const name = names[i];
      if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
      if (!take(name)) return None;
    }
  }
  for (const name of kwnames.items) if (!take(name as string)) return None;
  return new PyTuple(attrs);
}
