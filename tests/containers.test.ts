// list, tuple, dict, set, frozenset, range, slice and mappingproxy against CPython 3.13: set
// iteration order and hashes (tests/data/containers.json, from
// scripts/generate-container-test-data.py), the exact `<` calls of list.sort, reprs and error
// messages copied from CPython's output, and the programs of tests/containers/ (each NAME.py
// beside the NAME.stdout that `PYTHONHASHSEED=0 python3.13 NAME.py` printed).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import '../src/objects/index';
import { PyObject, type PyValue } from '../src/objects/object';
import { PyFloat, PyList, PyRange, PySlice, PyTuple } from '../src/objects/boxes';
import { PyDict } from '../src/objects/dict';
import { DictType, FrozenSetType, ListType, MappingProxyType, newBuiltinType, RangeType, SetType, SliceType, TupleType } from '../src/objects/builtin-types';
import { None } from '../src/objects/singletons';
import { PyBaseException } from '../src/objects/exceptions';
import { defineMethods } from '../src/objects/native';
import { call } from '../src/objects/ops/call';
import { getAttr } from '../src/objects/ops/attributes';
import { repr } from '../src/objects/ops/repr';
import { pyHash } from '../src/objects/ops/hash';
import { binaryOp, NB } from '../src/objects/ops/number';
import { Cmp, richCompare } from '../src/objects/ops/compare';
import { contains, delItem, getItem, setItem } from '../src/objects/ops/subscript';
import { getIter, iterNext } from '../src/objects/ops/iter';
import { canonical } from '../src/objects/int-arith';
import { sliceIndices } from '../src/objects/slice';
import { readDataFile } from './data-files';

type Encoded = { i: string } | { s: string } | { b: boolean } | { t: Encoded[] };

interface SetCase {
  ops: [string, number, ...unknown[]][];
  out: string[];
}

interface SortCase {
  n: number;
  kind: 'random' | 'runs';
  reverse: boolean;
  calls: number;
  checksum: number;
}

interface Data {
  sets: SetCase[];
  sorts: SortCase[];
  hashes: Record<'tuples' | 'frozensets' | 'slices', [Encoded[], string][]> & { ranges: [string[], string][] };
}

const data = readDataFile<Data>('containers.json');

function dec(e: Encoded): PyValue {
  if ('i' in e) return canonical(BigInt(e.i));
  if ('s' in e) return e.s;
  if ('b' in e) return e.b;
  return new PyTuple(e.t.map(dec));
}

const L = (...items: PyValue[]): PyList => new PyList(items);
const T = (...items: PyValue[]): PyTuple => new PyTuple(items);
const method = (obj: PyValue, name: string, ...args: PyValue[]): PyValue => call(getAttr(obj, name), args);
const dict = (...pairs: [PyValue, PyValue][]): PyDict => {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
};

/** "TypeName: message" of the Python exception `f` raises. */
function raises(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) {
      // str() of the exception: KeyError shows its key's repr, others a lone str argument as is.
      const args = e.args.items;
      const plain = args.length === 1 && typeof args[0] === 'string' && e.type.name !== 'KeyError';
      return `${e.type.name}: ${plain ? args[0] : args.map((a) => repr(a)).join(', ')}`;
    }
    throw e;
  }
  return 'no exception';
}

test('sets iterate, combine and hash as CPython does (PYTHONHASHSEED=0)', () => {
  assert.ok(data.sets.length >= 100);
  const binary: Record<string, NB> = { or: NB.OR, and: NB.AND, sub: NB.SUBTRACT, xor: NB.XOR };
  for (const [index, c] of data.sets.entries()) {
    const sets: PyValue[] = [None, None];
    const out: string[] = [];
    for (const [name, a, arg] of c.ops) {
      const s = sets[a];
      const items = (): PyList => new PyList((arg as Encoded[]).map(dec));
      switch (name) {
        case 'new':
          sets[a] = call(SetType, [items()]);
          continue;
        case 'add':
        case 'discard':
          method(s, name, dec(arg as Encoded));
          break;
        case 'pop':
          method(s, 'pop');
          break;
        case 'or':
        case 'and':
        case 'sub':
        case 'xor':
          out.push(repr(binaryOp(s, sets[1 - a], binary[name])));
          break;
        case 'ior':
        case 'iand':
        case 'isub':
        case 'ixor':
          sets[a] = binaryOp(s, sets[1 - a], binary[name.slice(1)] + NB.INPLACE);
          break;
        case 'union':
        case 'intersection':
        case 'difference':
        case 'symmetric_difference':
          out.push(repr(method(s, name, items())));
          break;
        case 'update':
          method(s, 'update', items());
          break;
        case 'copy':
          sets[1 - a] = method(s, 'copy');
          break;
        case 'frozen':
          out.push(repr(call(FrozenSetType, [s])));
          break;
        case 'hash':
          out.push(String(pyHash(call(FrozenSetType, [s]))));
          break;
        default:
          assert.fail(`unknown operation ${name}`);
      }
      out.push(repr(sets[0]));
    }
    assert.deepEqual(out, c.out, `set case ${index}`);
  }
});

test('hashes of tuples, frozensets, slices and ranges', () => {
  const h = data.hashes;
  for (const [items, expected] of h.tuples) assert.equal(String(pyHash(new PyTuple(items.map(dec)))), expected, repr(new PyTuple(items.map(dec))));
  for (const [items, expected] of h.frozensets) assert.equal(String(pyHash(call(FrozenSetType, [new PyList(items.map(dec))]))), expected);
  for (const [items, expected] of h.slices) {
    const [a, b, c] = items.map(dec);
    assert.equal(String(pyHash(new PySlice(a, b, c))), expected);
  }
  for (const [bounds, expected] of h.ranges) {
    const [a, b, c] = bounds.map((x) => canonical(BigInt(x)));
    assert.equal(String(pyHash(new PyRange(a, b, c))), expected);
  }
});

/** The values scripts/generate-container-test-data.py sorts. */
function lcgValues(n: number, bound: number): number[] {
  const out: number[] = [];
  let state = n;
  for (let i = 0; i < n; i++) {
    state = (state * 75 + 74) % 65537;
    out.push(state % bound);
  }
  return out;
}

function sortValues(n: number, kind: string): number[] {
  if (kind === 'random') return lcgValues(n, Math.floor(n / 2) + 2);
  const out: number[] = [];
  for (let i = 0; i < Math.floor(n / 2); i++) out.push(i);
  for (let i = n; i > Math.floor(n / 2); i--) out.push(i);
  return out.concat(lcgValues(20, n + 1));
}

test('list.sort makes the same `<` calls as CPython, in the same order', () => {
  const KType = newBuiltinType('K');
  const values = new WeakMap<object, number>();
  let calls: [number, number][] = [];
  defineMethods(KType, {
    __lt__(self, args) {
      const a = values.get(self as PyObject)!;
      const b = values.get(args[0] as PyObject)!;
      calls.push([a, b]);
      return a < b;
    },
  });
  for (const c of data.sorts) {
    const vs = sortValues(c.n, c.kind);
    const keys = vs.map((v) => {
      const k = new PyObject(KType);
      values.set(k, v);
      return k;
    });
    calls = [];
    const list = new PyList(keys);
    if (c.reverse) call(getAttr(list, 'sort'), [true], ['reverse']);
    else method(list, 'sort');
    const sorted = list.items.map((k) => values.get(k as PyObject)!);
    assert.deepEqual(sorted, vs.slice().sort((x, y) => (c.reverse ? y - x : x - y)));
    let checksum = 0n;
    calls.forEach(([a, b], i) => (checksum += BigInt(i + 1) * BigInt(a * 31 + b)));
    assert.equal(calls.length, c.calls, `calls for n=${c.n} ${c.kind} reverse=${c.reverse}`);
    assert.equal(Number(checksum % 1000000007n), c.checksum, `order of calls for n=${c.n} ${c.kind} reverse=${c.reverse}`);
  }
});

/** repr of the result, or "Type: message" of the exception, as the CPython checks printed them. */
function outcome(f: () => PyValue): string {
  let r: PyValue;
  try {
    r = f();
  } catch (e) {
    if (e instanceof PyBaseException) return raises(() => f());
    throw e;
  }
  return repr(r);
}

function check(cases: [() => PyValue, string][]): void {
  for (const [f, expected] of cases) assert.equal(outcome(f), expected, f.toString());
}

test('list: methods, slices and errors', () => {
  const six = (): PyList => L(0, 1, 2, 3, 4, 5);
  const assign = (key: PyValue, value: PyValue): PyValue => {
    const x = six();
    setItem(x, key, value);
    return x;
  };
  const del = (key: PyValue): PyValue => {
    const x = six();
    delItem(x, key);
    return x;
  };
  check([
    [() => assign(new PySlice(0, 6, 2), L(1, 2)), 'ValueError: attempt to assign sequence of size 2 to extended slice of size 3'],
    [() => assign(new PySlice(0, 6, 2), 5), 'TypeError: must assign iterable to extended slice'],
    [() => assign(new PySlice(0, 2, None), 5), 'TypeError: must assign iterable to extended slice'],
    [() => assign(new PySlice(0, 2, None), 'ab'), "['a', 'b', 2, 3, 4, 5]"],
    [() => assign(new PySlice(None, None, -1), new PyRange(0, 6, 1)), '[5, 4, 3, 2, 1, 0]'],
    [() => assign(new PySlice(4, 1, None), L(9, 9)), '[0, 1, 2, 3, 9, 9, 4, 5]'],
    [() => assign(new PySlice(1, 3, 1), L(7)), '[0, 7, 3, 4, 5]'],
    [() => assign(10, 1), 'IndexError: list assignment index out of range'],
    [() => assign('a', 1), 'TypeError: list indices must be integers or slices, not str'],
    [() => del(10), 'IndexError: list assignment index out of range'],
    [() => del(new PySlice(None, None, 2)), '[1, 3, 5]'],
    [() => del(new PySlice(None, None, -2)), '[0, 2, 4]'],
    [() => getItem(L(1, 2, 3), new PySlice(None, None, -1)), '[3, 2, 1]'],
    [() => getItem(L(1), 5), 'IndexError: list index out of range'],
    [() => getItem(L(1), 2n ** 70n), "IndexError: cannot fit 'int' into an index-sized integer"],
    [() => method(L(), 'pop'), 'IndexError: pop from empty list'],
    [() => method(L(1), 'pop', 5), 'IndexError: pop index out of range'],
    [() => method(L(1), 'pop', 'a'), "TypeError: 'str' object cannot be interpreted as an integer"],
    [() => method(L(1), 'index', 2), 'ValueError: 2 is not in list'],
    [() => method(L(1, 2, 3), 'index', 3, 1, 2), 'ValueError: 3 is not in list'],
    [() => method(L(1, 2, 3), 'index', 3, 'a'), 'TypeError: slice indices must be integers or have an __index__ method'],
    [() => method(L(1, 2, 3), 'index', 3, -100, 100), '2'],
    [() => method(L(1), 'remove', 2), 'ValueError: list.remove(x): x not in list'],
    [() => method(L(), 'insert'), 'TypeError: insert expected 2 arguments, got 0'],
    [() => method(L(), 'count'), 'TypeError: list.count() takes exactly one argument (0 given)'],
    [() => method(L(), 'copy', 1), 'TypeError: list.copy() takes no arguments (1 given)'],
    [() => method(L(), 'sort', 1), 'TypeError: sort() takes no positional arguments'],
    [() => method(L(), 'extend', 1), "TypeError: 'int' object is not iterable"],
    [() => binaryOp(L(1), T(1), NB.ADD), 'TypeError: can only concatenate list (not "tuple") to list'],
    [() => binaryOp(L(1), 'a', NB.MULTIPLY), "TypeError: can't multiply sequence by non-int of type 'str'"],
    [() => binaryOp(L(1), 2n ** 70n, NB.MULTIPLY), "OverflowError: cannot fit 'int' into an index-sized integer"],
    [() => binaryOp(L(1, 2), 3, NB.MULTIPLY), '[1, 2, 1, 2, 1, 2]'],
    [() => binaryOp(L(1), -1, NB.MULTIPLY), '[]'],
    [() => richCompare(L(1, 2), L(1), Cmp.LT), 'False'],
    [() => richCompare(L(1, L(2)), L(1, L(2, 3)), Cmp.LT), 'True'],
    [() => richCompare(L(1), T(1), Cmp.LT), "TypeError: '<' not supported between instances of 'list' and 'tuple'"],
    [() => richCompare(L(None), L(1), Cmp.LT), "TypeError: '<' not supported between instances of 'NoneType' and 'int'"],
    [() => pyHash(L()), "TypeError: unhashable type: 'list'"],
    [() => call(ListType, [1, 2]), 'TypeError: list expected at most 1 argument, got 2'],
    [() => call(ListType, [1], ['x']), 'TypeError: list() takes no keyword arguments'],
    [() => call(ListType, [new PyRange(1, 10, 3)]), '[1, 4, 7]'],
    [() => call(getAttr(ListType, '__new__'), [1]), 'TypeError: list.__new__(X): X is not a type object (int)'],
    [() => call(getAttr(ListType, '__new__'), [DictType]), 'TypeError: list.__new__(dict): dict is not a subtype of list'],
    [() => call(getAttr(ListType, '__class_getitem__'), [ListType]), 'list[list]'],
    [() => method(L(3, 1, 'x', 2, 0), 'sort'), "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ]);
  const x = L();
  x.items.push(x);
  assert.equal(repr(x), '[[...]]');
  assert.equal(repr(T(x)), '([[...]],)');
});

test('list.sort leaves the list as it was when the key function fails or mutates it', () => {
  const failing = L(5, 4, 3, 2, 1, 'x', 0, 9);
  assert.equal(raises(() => method(failing, 'sort')), "TypeError: '<' not supported between instances of 'str' and 'int'");
  assert.equal(repr(failing), "[5, 4, 3, 2, 1, 'x', 0, 9]");
  const c = L(1, 2, 3);
  const appendKey = new PyObject(newBuiltinType('appender'));
  defineMethods(appendKey.type, {
    __call__(_self, args) {
      c.items.push(1);
      return args[0];
    },
  });
  assert.equal(raises(() => call(getAttr(c, 'sort'), [appendKey], ['key'])), 'ValueError: list modified during sort');
  assert.equal(repr(c), '[1, 2, 3]');
});

test('list iterators', () => {
  const lst = L(1, 2, 3);
  const it = getIter(lst);
  assert.equal(iterNext(it), 1);
  lst.items.splice(0, 0, 0);
  assert.equal(iterNext(it), 1);
  const rest: PyValue[] = [];
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) rest.push(v);
  assert.deepEqual(rest, [2, 3]);
  lst.items.push(4);
  assert.equal(iterNext(it), undefined, 'an exhausted list iterator stays exhausted');
  assert.equal((getIter(lst) as PyObject).type.name, 'list_iterator');
  assert.equal(repr(method(method(L(1, 2, 3), '__reversed__'), '__length_hint__')), '3');
  assert.equal((method(L(1, 2), '__reversed__') as PyObject).type.name, 'list_reverseiterator');
});

test('tuple', () => {
  const t = T(1, 2);
  assert.equal(getItem(t, new PySlice(None, None, None)), t);
  assert.equal(binaryOp(t, 1, NB.MULTIPLY), t);
  assert.equal(call(TupleType, [t]), t);
  assert.equal(binaryOp(t, T(), NB.ADD), t);
  check([
    [() => T(), '()'],
    [() => T(1), '(1,)'],
    [() => T(1, 'a'), "(1, 'a')"],
    [() => method(T(1), 'index', 2), 'ValueError: tuple.index(x): x not in tuple'],
    [() => method(T(1, 2, 3), 'index', 3, -1), '2'],
    [() => method(T(), 'count'), 'TypeError: tuple.count() takes exactly one argument (0 given)'],
    [() => getItem(T(1), 5), 'IndexError: tuple index out of range'],
    [() => getItem(T(1), 'a'), 'TypeError: tuple indices must be integers or slices, not str'],
    [() => binaryOp(T(1), L(1), NB.ADD), 'TypeError: can only concatenate tuple (not "list") to tuple'],
    [() => binaryOp(T(1, 2), -1, NB.MULTIPLY), '()'],
    [() => call(TupleType, [1, 2]), 'TypeError: tuple expected at most 1 argument, got 2'],
    [() => call(TupleType, [1], ['x']), 'TypeError: tuple() takes no keyword arguments'],
    [() => method(T(1, 2), '__getnewargs__'), '((1, 2),)'],
    [() => getAttr(getIter(T()), '__class__'), "<class 'tuple_iterator'>"],
  ]);
});

test('dict: construction, methods, views and errors', () => {
  const ab = (): PyDict => dict(['a', 1], ['b', 2]);
  const set = (...items: PyValue[]): PyValue => call(SetType, [new PyList(items)]);
  check([
    [() => call(DictType, [L(T(1, 2, 3))]), 'ValueError: dictionary update sequence element #0 has length 3; 2 is required'],
    [() => call(DictType, [L(1)]), 'TypeError: cannot convert dictionary update sequence element #0 to a sequence'],
    [() => call(DictType, [1]), "TypeError: 'int' object is not iterable"],
    [() => call(DictType, [1, 2]), 'TypeError: dict expected at most 1 argument, got 2'],
    [() => call(DictType, [L(L(1, 2), 'ab', T(3, 4))]), "{1: 2, 'a': 'b', 3: 4}"],
    [() => call(DictType, [dict(['a', 1]), 2], ['a']), "{'a': 2}"],
    [() => method(dict(), 'popitem'), "KeyError: 'popitem(): dictionary is empty'"],
    [() => method(dict([1, 2], [3, 4]), 'popitem'), '(3, 4)'],
    [() => method(dict(), 'pop', 1), 'KeyError: 1'],
    [() => method(dict(), 'pop', 1, None), 'None'],
    [() => method(dict([1, 2]), 'setdefault', 1, 5), '2'],
    [() => method(dict([1, 2]), 'get'), 'TypeError: get expected at least 1 argument, got 0'],
    [() => method(dict([1, 2]), 'get', 1, 2, 3), 'TypeError: get expected at most 2 arguments, got 3'],
    [() => method(dict([1, 2]), 'update', dict(), dict()), 'TypeError: update expected at most 1 argument, got 2'],
    [() => method(dict(), 'keys', 1), 'TypeError: dict.keys() takes no arguments (1 given)'],
    [() => getItem(dict(), L()), "TypeError: unhashable type: 'list'"],
    [() => richCompare(dict(), dict(), Cmp.LT), "TypeError: '<' not supported between instances of 'dict' and 'dict'"],
    [() => richCompare(dict([1, L(1)]), dict([1, L(1)]), Cmp.EQ), 'True'],
    [() => pyHash(dict()), "TypeError: unhashable type: 'dict'"],
    [() => binaryOp(dict([1, 2]), dict([3, 4]), NB.OR), '{1: 2, 3: 4}'],
    [() => binaryOp(dict([1, 2]), L(T(3, 4)), NB.OR), "TypeError: unsupported operand type(s) for |: 'dict' and 'list'"],
    [() => binaryOp(dict(['a', 1]), L(T('b', 2)), NB.OR + NB.INPLACE), "{'a': 1, 'b': 2}"],
    [() => binaryOp(dict(['a', 1]), 5, NB.OR + NB.INPLACE), "TypeError: 'int' object is not iterable"],
    [() => method(DictType, 'fromkeys', 'ab'), "{'a': None, 'b': None}"],
    [() => method(DictType, 'fromkeys', 'ab', 0), "{'a': 0, 'b': 0}"],
    [() => method(ab(), 'keys'), "dict_keys(['a', 'b'])"],
    [() => method(ab(), 'values'), 'dict_values([1, 2])'],
    [() => method(ab(), 'items'), "dict_items([('a', 1), ('b', 2)])"],
    [() => call(ListType, [method(dict([1, 'a'], [2, 'b']), '__reversed__')]), '[2, 1]'],
    [() => call(ListType, [method(method(dict([1, 'a'], [2, 'b']), 'items'), '__reversed__')]), "[(2, 'b'), (1, 'a')]"],
    [() => binaryOp(method(ab(), 'keys'), set('a'), NB.AND), "{'a'}"],
    [() => binaryOp(method(ab(), 'keys'), L('c'), NB.OR), "{'c', 'a', 'b'}"],
    [() => binaryOp(L('c'), method(ab(), 'keys'), NB.OR), "{'c', 'a', 'b'}"],
    [() => binaryOp(L('c', 'a'), method(ab(), 'keys'), NB.SUBTRACT), "{'c'}"],
    [() => binaryOp(method(ab(), 'keys'), set('a', 'z'), NB.XOR), "{'b', 'z'}"],
    [() => binaryOp(method(ab(), 'items'), method(dict(['a', 1], ['c', 3]), 'items'), NB.XOR), "{('b', 2), ('c', 3)}"],
    [() => binaryOp(method(dict(['a', 1]), 'items'), set('b'), NB.OR), "{('a', 1), 'b'}"],
    [() => binaryOp(method(dict(['a', 1]), 'values'), set('b'), NB.OR), "TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'"],
    [() => richCompare(method(dict(['a', 1]), 'keys'), set('a'), Cmp.EQ), 'True'],
    [() => richCompare(method(dict(['a', 1]), 'keys'), L('a'), Cmp.EQ), 'False'],
    [() => richCompare(method(dict(['a', 1]), 'keys'), set('a', 'b'), Cmp.LT), 'True'],
    [() => contains(method(dict(['a', 1]), 'items'), T('a', 1)), 'True'],
    [() => contains(method(dict(['a', 1]), 'items'), L()), 'False'],
    [() => contains(method(dict(['a', 1]), 'items'), T(L(), 1)), "TypeError: unhashable type: 'list'"],
    [() => getAttr(method(dict(['a', 1]), 'keys'), 'mapping'), "mappingproxy({'a': 1})"],
    [() => method(method(dict(['a', 1]), 'keys'), 'isdisjoint', L('b')), 'True'],
    [() => pyHash(method(dict(), 'keys')), "TypeError: unhashable type: 'dict_keys'"],
    [() => call(getAttr(DictType, '__class_getitem__'), [T(DictType, ListType)]), 'dict[dict, list]'],
  ]);
  const d = dict([1, 2]);
  d.set(2, d);
  assert.equal(repr(d), '{1: 2, 2: {...}}');
});

test('dict iteration notices changes', () => {
  const grow = dict([1, 2], [3, 4]);
  const it = getIter(grow);
  iterNext(it);
  grow.set(5, 6);
  assert.equal(raises(() => iterNext(it)), 'RuntimeError: dictionary changed size during iteration');
  assert.equal(raises(() => iterNext(it)), 'RuntimeError: dictionary changed size during iteration');
  const swap = dict([1, 2], [3, 4]);
  const it2 = getIter(swap);
  iterNext(it2);
  swap.delete(1);
  swap.set(5, 6);
  iterNext(it2);
  assert.equal(raises(() => iterNext(it2)), 'RuntimeError: dictionary keys changed during iteration');
  const s = call(SetType, [L(1, 2, 3)]);
  const it3 = getIter(s);
  iterNext(it3);
  method(s, 'discard', 1);
  assert.equal(raises(() => iterNext(it3)), 'RuntimeError: Set changed size during iteration');
});

test('set and frozenset: methods and errors', () => {
  const set = (...items: PyValue[]): PyValue => call(SetType, [new PyList(items)]);
  const frozen = (...items: PyValue[]): PyValue => call(FrozenSetType, [new PyList(items)]);
  const fs = frozen(1, 2);
  assert.equal(call(FrozenSetType, [fs]), fs);
  assert.equal(method(fs, 'copy'), fs);
  check([
    [() => set(), 'set()'],
    [() => frozen(), 'frozenset()'],
    [() => frozen(3, 1, 2), 'frozenset({1, 2, 3})'],
    [() => method(set(), 'pop'), "KeyError: 'pop from an empty set'"],
    [() => method(set(1), 'remove', 2), 'KeyError: 2'],
    [() => method(set(), 'add'), 'TypeError: set.add() takes exactly one argument (0 given)'],
    [() => method(set(), 'union', 1), "TypeError: 'int' object is not iterable"],
    [() => call(getAttr(set(), 'union'), [1], ['x']), 'TypeError: set.union() takes no keyword arguments'],
    [() => call(SetType, [1, 2]), 'TypeError: set expected at most 1 argument, got 2'],
    [() => call(SetType, [1], ['x']), 'TypeError: set() takes no keyword arguments'],
    [() => call(FrozenSetType, [1], ['x']), 'TypeError: frozenset() takes no keyword arguments'],
    [() => set(L()), "TypeError: unhashable type: 'list'"],
    [() => contains(set(), L()), "TypeError: unhashable type: 'list'"],
    [() => contains(set(frozen(1)), set(1)), 'True'],
    [() => pyHash(set()), "TypeError: unhashable type: 'set'"],
    [() => pyHash(frozen()), '133146708735736'],
    [() => richCompare(set(1, 2), set(1, 2, 3), Cmp.LT), 'True'],
    [() => richCompare(set(1), frozen(1), Cmp.EQ), 'True'],
    [() => richCompare(set(1), L(1), Cmp.EQ), 'False'],
    [() => binaryOp(frozen(1), set(2), NB.OR), 'frozenset({1, 2})'],
    [() => binaryOp(set(2), frozen(1), NB.OR), '{1, 2}'],
    [() => binaryOp(set(1), L(2), NB.OR), "TypeError: unsupported operand type(s) for |: 'set' and 'list'"],
    [() => method(set(1, 2, 3), 'symmetric_difference', L(3, 4)), '{1, 2, 4}'],
    [() => method(set(1), 'issubset', L(1, 2)), 'True'],
    [() => method(set(1), 'isdisjoint', L(1)), 'False'],
    [() => call(getAttr(SetType, '__class_getitem__'), [ListType]), 'set[list]'],
  ]);
});

test('range', () => {
  const r = new PyRange(0, 20, 3);
  check([
    [() => getItem(r, new PySlice(2, 5, None)), 'range(6, 15, 3)'],
    [() => getItem(r, new PySlice(None, None, -1)), 'range(18, -3, -3)'],
    [() => getItem(r, new PySlice(None, None, 2)), 'range(0, 21, 6)'],
    [() => getItem(r, new PySlice(-100, 100, None)), 'range(0, 21, 3)'],
    [() => getItem(new PyRange(0, 10, 1), new PySlice(3, 1, None)), 'range(3, 1)'],
    [() => getItem(r, 'a'), 'TypeError: range indices must be integers or slices, not str'],
    [() => getItem(r, 20), 'IndexError: range object index out of range'],
    [() => method(r, 'index', 6), '2'],
    [() => method(r, 'index', 7), 'ValueError: 7 is not in range'],
    [() => method(r, 'index', 'a'), 'ValueError: sequence.index(x): x not in sequence'],
    [() => contains(new PyRange(0, 3, 1), true), 'True'],
    [() => richCompare(new PyRange(0, 0, 1), new PyRange(5, 1, 1), Cmp.EQ), 'True'],
    [() => richCompare(new PyRange(1, 2, 1), new PyRange(1, 10, 5), Cmp.EQ), 'False'],
    [() => richCompare(new PyRange(1, 2, 1), new PyRange(1, 10, 5), Cmp.LT), "TypeError: '<' not supported between instances of 'range' and 'range'"],
    [() => getItem(new PyRange(0, 2n ** 64n, 1), 2n ** 64n - 1n), '18446744073709551615'],
    [() => method(new PyRange(0, 2n ** 64n, 1), '__len__'), 'OverflowError: Python int too large to convert to C ssize_t'],
    [() => call(ListType, [method(new PyRange(1, 10, 3), '__reversed__')]), '[7, 4, 1]'],
    [() => method(r, '__reduce__'), "(<class 'range'>, (0, 20, 3))"],
    [() => call(RangeType, []), 'TypeError: range expected at least 1 argument, got 0'],
    [() => call(RangeType, [1, 2, 3, 4]), 'TypeError: range expected at most 3 arguments, got 4'],
    [() => call(RangeType, [1, 2, 0]), 'ValueError: range() arg 3 must not be zero'],
    [() => call(RangeType, [true, 5]), 'range(1, 5)'],
    [() => getAttr(getIter(new PyRange(2n ** 62n, 2n ** 63n - 1n, 1)), '__class__'), "<class 'range_iterator'>"],
    [() => getAttr(getIter(new PyRange(2n ** 62n, 2n ** 63n, 1)), '__class__'), "<class 'longrange_iterator'>"],
    [() => method(getIter(new PyRange(0, 3, 1)), '__length_hint__'), '3'],
  ]);
  assert.equal(raises(() => setAttrOf(r, 'start', 5)), 'AttributeError: readonly attribute');
});

function setAttrOf(obj: PyValue, name: string, value: PyValue): void {
  call(getAttr(obj, '__setattr__'), [name, value]);
}

test('slice and sliceIndices', () => {
  check([
    [() => new PySlice(1, 2, None), 'slice(1, 2, None)'],
    [() => method(new PySlice(None, None, -1), 'indices', 10), '(9, -1, -1)'],
    [() => method(new PySlice(1, None, None), 'indices', -1), 'ValueError: length should not be negative'],
    [() => method(new PySlice(None, 2n ** 70n, None), 'indices', 2n ** 80n), '(0, 1180591620717411303424, 1)'],
    [() => method(new PySlice(1, 2, 3), 'indices'), 'TypeError: slice.indices() takes exactly one argument (0 given)'],
    [() => getItem(L(1, 2), new PySlice(new PyFloat(1.5), None, None)), 'TypeError: slice indices must be integers or None or have an __index__ method'],
    [() => getItem(L(1, 2), new PySlice(None, None, 0)), 'ValueError: slice step cannot be zero'],
    [() => call(SliceType, []), 'TypeError: slice expected at least 1 argument, got 0'],
    [() => call(SliceType, [1, 2, 3, 4]), 'TypeError: slice expected at most 3 arguments, got 4'],
    [() => richCompare(new PySlice(1, 2, None), new PySlice(1, 3, None), Cmp.LT), 'True'],
  ]);
  assert.deepEqual(sliceIndices(new PySlice(None, None, -2), 5), [4, -1, -2, 3]);
  assert.deepEqual(sliceIndices(new PySlice(-100, 100, None), 5), [0, 5, 1, 5]);
});

test('mappingproxy', () => {
  const p = call(MappingProxyType, [dict(['a', 1], ['b', 2])]);
  check([
    [() => p, "mappingproxy({'a': 1, 'b': 2})"],
    [() => getItem(p, 'z'), "KeyError: 'z'"],
    [() => method(p, 'get', 'z', 5), '5'],
    [() => method(p, 'keys'), "dict_keys(['a', 'b'])"],
    [() => method(p, 'items'), "dict_items([('a', 1), ('b', 2)])"],
    [() => method(p, 'copy'), "{'a': 1, 'b': 2}"],
    [() => binaryOp(p, dict(['c', 3]), NB.OR), "{'a': 1, 'b': 2, 'c': 3}"],
    [() => binaryOp(dict(['c', 3]), p, NB.OR), "{'c': 3, 'a': 1, 'b': 2}"],
    [() => binaryOp(p, dict(), NB.OR + NB.INPLACE), "TypeError: '|=' is not supported by mappingproxy; use '|' instead"],
    [() => richCompare(p, dict(['a', 1], ['b', 2]), Cmp.EQ), 'True'],
    [() => call(ListType, [method(p, '__reversed__')]), "['b', 'a']"],
    [() => call(MappingProxyType, [L(1)]), 'TypeError: mappingproxy() argument must be a mapping, not list'],
    [() => call(MappingProxyType, []), "TypeError: mappingproxy() missing required argument 'mapping' (pos 1)"],
    [() => setItemOf(p, 'a', 2), "TypeError: 'mappingproxy' object does not support item assignment"],
    [() => pyHash(p), "TypeError: unhashable type: 'dict'"],
  ]);
});

function setItemOf(obj: PyValue, key: PyValue, value: PyValue): PyValue {
  setItem(obj, key, value);
  return None;
}

const ROOT = path.resolve(__dirname, '..', '..');
const PROGRAMS = path.join(ROOT, 'tests', 'containers');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

for (const file of fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort()) {
  test(`tests/containers/${file} prints what CPython printed`, () => {
    const expected = fs.readFileSync(path.join(PROGRAMS, file.slice(0, -3) + '.stdout'), 'utf8');
    const r = spawnSync(process.execPath, [CLI, file], {
      cwd: PROGRAMS,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', NO_COLOR: '1' },
      timeout: 60_000,
    });
    assert.equal(r.stdout, expected, r.stderr);
  });
}
