// dict's namespace (Objects/dictobject.c): construction and update from mappings, pairs and
// keywords with CPython's errors, lookups (with __missing__ for subclasses), the views, `|`,
// equality, repr. The storage is PyDict (dict.ts); the views and iterators are in dict-views.ts.
import type { PyValue } from './object';
import { PyTuple } from './boxes';
import { DictType } from './builtin-types';
import { PyDict } from './dict';
import { None, NotImplemented } from './singletons';
import { keyError, newException, KeyError, PyBaseException, TypeError, typeError, valueError } from './exceptions';
import { defineClassMethod, defineMethods, defineNew } from './native';
import { checkArgs, noKeywords } from './args';
import { Cmp, compareBool } from './ops/compare';
import { call, callMethodDescriptor } from './ops/call';
import { getAttr, getAttrOrUndefined } from './ops/attributes';
import { getIter, iterNext, registerFastIter, toArray } from './ops/iter';
import { getItem, setItem } from './ops/subscript';
import { reprGuarded, repr } from './ops/repr';
import { typeOf } from './ops/typeof';
import { genericAlias } from './generic-alias';
import { classArg, sequenceFast, slotArgs } from './sequence';
import { DictIterator, DictPart, DictReverseIterator, PyDictView } from './dict-views';

registerFastIter(DictType, (v) => new DictIterator(v as PyDict, DictPart.KEYS));

function asDict(v: PyValue): PyDict {
  return v as PyDict;
}

/** dict_merge: from another dict directly (unless it overrides __iter__), else keys() and [key]. */
export function dictMergeMapping(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict && typeOf(other).lookup('__iter__') === DictType.ns.getStr('__iter__')) {
    if (other === d) return;
    for (let i = 0; i < other.end; i++) {
      const k = other.keys[i];
      if (k !== undefined) d.set(k, other.values[i]!);
    }
    return;
  }
  const keys = toArray(call(getAttr(other, 'keys'), []));
  for (const k of keys) d.set(k, getItem(other, k));
}

/** PyDict_MergeFromSeq2: an iterable of pairs, each checked as CPython words it. */
export function dictMergePairs(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let pair: PyValue[];
    try {
      pair = sequenceFast(item, '');
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) {
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      throw e;
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.type === DictType) dictMergeMapping(d, arg);
  else if (getAttrOrUndefined(arg, 'keys') !== undefined) dictMergeMapping(d, arg);
  else dictMergePairs(d, arg);
}

/** dict_update_common: at most one positional argument, then the keywords. */
function updateCommon(d: PyDict, args: PyValue[], kwnames: readonly string[] | null, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let k = 0; k < nkw; k++) d.set(kwnames![k], args[npos + k]);
}

/** dict[key] for a subclass: a missing key goes to __missing__ when the class has one. */
function subscript(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.type !== DictType) {
    const missing = d.type.lookup('__missing__');
    if (missing !== undefined) return callMethodDescriptor(missing, d, [key]);
  }
  throw keyError(key);
}

function dictRepr(d: PyDict): string {
  if (d.size === 0) return '{}';
  return reprGuarded(d, '{...}', () => {
    const parts: string[] = [];
    for (let i = 0; i < d.end; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      const v = d.values[i]!;
      // The key's repr may change the dict; the value was read before it, as CPython does.
      parts.push(`${repr(k)}: ${repr(v)}`);
    }
    return `{${parts.join(', ')}}`;
  });
}

/** dict_equal: same size, and every key of a present in b with an equal value. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.end; i++) {
    const k = a.keys[i];
    if (k === undefined) continue;
    const av = a.values[i]!;
    const bv = b.get(k);
    if (bv === undefined) return false;
    if (!compareBool(av, bv, Cmp.EQ)) return false;
  }
  return true;
}

/** A copy of a dict's entries as an exact dict (PyDict_Copy). */
export function dictCopy(d: PyDict): PyDict {
  const out = new PyDict();
  for (let i = 0; i < d.end; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.set(k, d.values[i]!);
  }
  return out;
}

function dictOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = dictCopy(a);
  dictUpdateArg(d, b);
  return d;
}

defineNew(DictType, (args) => new PyDict(classArg(args, DictType)));

defineMethods(DictType, {
  __init__(self, args, kwnames) {
    updateCommon(asDict(self), args, kwnames, 'dict');
    return None;
  },
  update(self, args, kwnames) {
    updateCommon(asDict(self), args, kwnames, 'update');
    return None;
  },
  __getitem__(self, args, kwnames) {
    checkArgs('dict.__getitem__', args, kwnames, 1);
    return subscript(asDict(self), args[0]);
  },
  __setitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 2, '__setitem__');
    asDict(self).set(args[0], args[1]);
    return None;
  },
  __delitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__delitem__');
    if (asDict(self).delete(args[0]) === undefined) throw keyError(args[0]);
    return None;
  },
  __contains__(self, args, kwnames) {
    checkArgs('dict.__contains__', args, kwnames, 1);
    return asDict(self).has(args[0]);
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return asDict(self).size;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return new DictIterator(asDict(self), DictPart.KEYS);
  },
  __reversed__(self, args, kwnames) {
    checkArgs('dict.__reversed__', args, kwnames, 0);
    return new DictReverseIterator(asDict(self), DictPart.KEYS);
  },
  get(self, args, kwnames) {
    noKeywords('dict.get', kwnames); // Argument Clinic names the class here only
    checkArgs('get', args, kwnames, 1, 2);
    const v = asDict(self).get(args[0]);
    return v !== undefined ? v : args.length > 1 ? args[1] : None;
  },
  setdefault(self, args, kwnames) {
    noKeywords('dict.setdefault', kwnames); // Argument Clinic names the class here only
    checkArgs('setdefault', args, kwnames, 1, 2);
    const d = asDict(self);
    const v = d.get(args[0]);
    if (v !== undefined) return v;
    const dflt = args.length > 1 ? args[1] : None;
    d.set(args[0], dflt);
    return dflt;
  },
  pop(self, args, kwnames) {
    noKeywords('dict.pop', kwnames); // Argument Clinic names the class here only
    checkArgs('pop', args, kwnames, 1, 2);
    const d = asDict(self);
    // CPython answers an empty dict without hashing the key, so even `{}.pop([], 0)` works.
    const v = d.size === 0 ? undefined : d.delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  },
  popitem(self, args, kwnames) {
    checkArgs('dict.popitem', args, kwnames, 0);
    const popped = asDict(self).removeLast();
    if (popped === undefined) throw newException(KeyError, 'popitem(): dictionary is empty');
    return new PyTuple(popped);
  },
  keys(self, args, kwnames) {
    checkArgs('dict.keys', args, kwnames, 0);
    return new PyDictView(asDict(self), DictPart.KEYS);
  },
  values(self, args, kwnames) {
    checkArgs('dict.values', args, kwnames, 0);
    return new PyDictView(asDict(self), DictPart.VALUES);
  },
  items(self, args, kwnames) {
    checkArgs('dict.items', args, kwnames, 0);
    return new PyDictView(asDict(self), DictPart.ITEMS);
  },
  clear(self, args, kwnames) {
    checkArgs('dict.clear', args, kwnames, 0);
    asDict(self).clear();
    return None;
  },
  copy(self, args, kwnames) {
    checkArgs('dict.copy', args, kwnames, 0);
    return dictCopy(asDict(self));
  },
  __or__: (self, args) => dictOr(self, args[0]),
  __ror__: (self, args) => dictOr(args[0], self),
  __ior__(self, args) {
    dictUpdateArg(asDict(self), args[0]);
    return self;
  },
  __eq__(self, args) {
    const other = args[0];
    return other instanceof PyDict ? dictEqual(asDict(self), other) : NotImplemented;
  },
  __ne__(self, args) {
    const other = args[0];
    return other instanceof PyDict ? !dictEqual(asDict(self), other) : NotImplemented;
  },
  __repr__: (self) => dictRepr(asDict(self)),
  __sizeof__: (self) => 48 + 24 * asDict(self).end,
});
DictType.ns.setStr('__hash__', None);

defineClassMethod(DictType, 'fromkeys', (cls, args, kwnames) => {
  noKeywords('dict.fromkeys', kwnames); // Argument Clinic names the class here only
  checkArgs('fromkeys', args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  const d = call(cls, []);
  const it = getIter(args[0]);
  const exact = d instanceof PyDict && d.type === DictType;
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    if (exact) (d as PyDict).set(k, value);
    else setItem(d, k, value);
  }
  return d;
});
defineClassMethod(DictType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('dict.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});
DictType.ns.setStr(
  '__doc__',
  "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
);
