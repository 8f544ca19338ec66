// Building and taking apart containers: BUILD_*, *_APPEND/EXTEND/UPDATE, UNPACK_*.
import type { PyValue } from '../objects/object';
import { PyList, PySlice, PyTuple, EMPTY_TUPLE } from '../objects/boxes';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { typeError, valueError, PyBaseException, AttributeError } from '../objects/exceptions';
import { getIter, iterNext, toArray } from '../objects/ops/iter';
import { typeOf } from '../objects/ops/typeof';
import { str as pyStr } from '../objects/ops/repr';
import { getAttr, getAttrOrUndefined } from '../objects/ops/attributes';
import { call } from '../objects/ops/call';
import { getItem } from '../objects/ops/subscript';
import { SetType, ListType, TupleType } from '../objects/builtin-types';

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

export function buildSet(stack: PyValue[], at: number, n: number): PySet {
  const s = new PySet(SetType);
  for (let i = 0; i < n; i++) s.add(stack[at + i]);
  return s;
}

export function buildMap(stack: PyValue[], at: number, n: number): PyDict {
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.set(stack[at + 2 * i], stack[at + 2 * i + 1]);
  return d;
}

export function buildConstKeyMap(stack: PyValue[], at: number, n: number, keys: PyTuple): PyDict {
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.set(keys.items[i], stack[at + i]);
  return d;
}

export function buildString(stack: PyValue[], at: number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += stack[at + i] as string;
  return s;
}

export function listExtend(list: PyList, iterable: PyValue): void {
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && (iterable.type === ListType || iterable.type === TupleType)) {
    for (const x of iterable.items) list.items.push(x);
    return;
  }
  if (typeOf(iterable).lookup('__iter__') === undefined && typeOf(iterable).lookup('__getitem__') === undefined) {
    throw typeError(`Value after * must be an iterable, not ${typeOf(iterable).name}`);
  }
  for (const x of toArray(iterable, true)) list.items.push(x);
}

export function setAdd(set: PySet, v: PyValue): void {
  set.add(v);
}

export function setUpdate(set: PySet, iterable: PyValue): void {
  // _PySet_Update: a set is merged table to table, which decides the slot order.
  set.update(iterable);
}

export function mapAdd(dict: PyDict, key: PyValue, value: PyValue): void {
  dict.set(key, value);
}

/** Copies a mapping's items into a dict: keys() then [key] for non-dicts. */
function eachMappingItem(mapping: PyValue, what: () => never, f: (k: PyValue, v: PyValue) => void): void {
  if (mapping instanceof PyDict) {
    for (let i = 0; i < mapping.end; i++) {
      const k = mapping.keys[i];
      if (k !== undefined) f(k, mapping.values[i]!);
    }
    return;
  }
  let keys: PyValue;
  try {
    keys = call(getAttr(mapping, 'keys'), []);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(AttributeError)) what();
    throw e;
  }
  for (const k of toArray(keys)) f(k, getItem(mapping, k));
}

export function dictUpdate(dict: PyDict, update: PyValue): void {
  eachMappingItem(
    update,
    () => {
      throw typeError(`'${typeOf(update).name}' object is not a mapping`);
    },
    (k, v) => dict.set(k, v),
  );
}

/** _PyObject_FunctionStr: `module.qualname()`, the module left out for builtins. */
export function functionDescription(f: PyValue): string {
  const qualname = getAttrOrUndefined(f, '__qualname__');
  if (typeof qualname !== 'string') return `${typeOf(f).name} object`;
  const module = getAttrOrUndefined(f, '__module__');
  return typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}()` : `${qualname}()`;
}

export function dictMerge(callable: PyValue, dict: PyDict, update: PyValue): void {
  eachMappingItem(
    update,
    () => {
      throw typeError(`${functionDescription(callable)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    },
    (k, v) => {
      // A key that is not a str is reported by the call itself ("keywords must be strings").
      if (dict.has(k)) throw typeError(`${functionDescription(callable)} got multiple values for keyword argument '${pyStr(k)}'`);
      dict.set(k, v);
    },
  );
}

function unpackItems(seq: PyValue, n: number | null): PyValue[] {
  if ((seq instanceof PyTuple && seq.type === TupleType) || (seq instanceof PyList && seq.type === ListType)) return seq.items;
  const t = typeOf(seq);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  if (n === null) return toArray(seq);
  // Take at most n + 1 items, so that an infinite iterator still reports "too many".
  const it = getIter(seq);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
    if (out.length > n) return out;
  }
}

export function unpackSequence(seq: PyValue, n: number, stack: PyValue[], at: number): void {
  const items = unpackItems(seq, n);
  if (items.length !== n) {
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  for (let i = 0; i < n; i++) stack[at + n - 1 - i] = items[i];
}

export function unpackEx(seq: PyValue, oparg: number, stack: PyValue[], at: number): void {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const items = unpackItems(seq, null).slice();
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const total = before + 1 + after;
  const middle = new PyList(items.slice(before, items.length - after));
  const values = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = 0; i < total; i++) stack[at + total - 1 - i] = values[i];
}
