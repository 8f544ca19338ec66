// The lazy iterator types of the builtins: enumerate, zip, map, filter, reversed, and the two
// iterators iter() makes itself — over a class that only has __getitem__ ('iterator') and
// over a callable until a sentinel ('callable_iterator').
import { unexpectedKeyword } from './args';
import type { PyValue } from './object';
import { PyTuple } from './boxes';
import { PyType } from './type';
import { BoolType, DictType, ObjectType, newBuiltinType } from './builtin-types';
import { IndexError, newException, PyBaseException, StopIteration, typeError, valueError } from './exceptions';
import { None, NotImplemented } from './singletons';
import { defineAttr, defineClassMethod, defineMethods, defineNew } from './native';
import { genericAlias } from './generic-alias';
import { checkArgs, noKeywords } from './args';
import { getIter, iterNext, NativeIterator, registerSequenceIterator } from './ops/iter';
import { call, callMethodDescriptor } from './ops/call';
import { getItem } from './ops/subscript';
import { isTrue } from './ops/truth';
import { lengthOf } from './ops/length';
import { compareBool, Cmp } from './ops/compare';
import { indexValue, indexAsNumber } from './ops/index-value';
import { canonical } from './int-arith';
import { typeOf } from './ops/typeof';
import type { PyInt } from './object';

export const EnumerateType = newBuiltinType('enumerate');
export const ZipType = newBuiltinType('zip');
export const MapType = newBuiltinType('map');
export const FilterType = newBuiltinType('filter');
export const ReversedType = newBuiltinType('reversed');
export const SeqIterType = newBuiltinType('iterator', ObjectType, { baseType: false });
export const CallableIterType = newBuiltinType('callable_iterator', ObjectType, { baseType: false });

/**
 * An iterator of one of these types. `next()` is what the VM and the helpers in ops/iter.ts
 * call; it honours a `__next__` that a Python subclass overrides, which plain stepping would
 * bypass.
 */
export abstract class BuiltinIterator extends NativeIterator {
  constructor(
    type: PyType,
    private readonly base: PyType,
  ) {
    super(type);
  }
  /** The type's own step: the next value, or undefined when exhausted. */
  abstract step(): PyValue | undefined;
  next(): PyValue | undefined {
    if (this.type === this.base) return this.step();
    const m = this.type.lookup('__next__');
    if (m === undefined || m === this.base.ns.getStr('__next__')) return this.step();
    try {
      return callMethodDescriptor(m, this, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  }
}

function stop(): PyBaseException {
  return newException(StopIteration);
}

/** __iter__ (returns self) and __next__ (steps, StopIteration when done) for an iterator type. */
export function iteratorProtocol(type: PyType): void {
  defineMethods(type, {
    __iter__: (self) => self,
    __next__(self) {
      const v = (self as BuiltinIterator).step();
      if (v === undefined) throw stop();
      return v;
    },
  });
}

function isStopping(e: unknown): boolean {
  return e instanceof PyBaseException && (e.type.isSubtypeOf(IndexError) || e.type.isSubtypeOf(StopIteration));
}

// enumerate(iterable, start=0)

export class EnumerateIterator extends BuiltinIterator {
  constructor(
    readonly it: PyValue,
    public count: PyInt,
    type: PyType = EnumerateType,
  ) {
    super(type, EnumerateType);
  }
  step(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : canonical(BigInt(i) + 1n);
    return new PyTuple([i, v]);
  }
}

function enumerateKeyword(kw: string, expected: string): void {
  if (kw !== expected) throw typeError(`'${kw}' is an invalid keyword argument for enumerate()`);
}

defineNew(EnumerateType, (args, kwnames) => {
  const cls = args[0] as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - 1 - nkw;
  const given = args.slice(1);
  let iterable: PyValue;
  let start: PyValue | undefined;
  if (nargs + nkw === 2) {
    if (nkw === 1) {
      enumerateKeyword(kwnames![0], 'start');
      [iterable, start] = given;
    } else if (nkw === 2) {
      if (kwnames![0] === 'start') {
        enumerateKeyword(kwnames![1], 'iterable');
        [start, iterable] = given;
      } else {
        enumerateKeyword(kwnames![0], 'iterable');
        enumerateKeyword(kwnames![1], 'start');
        [iterable, start] = given;
      }
    } else [iterable, start] = given;
  } else if (nargs + nkw === 1) {
    if (nkw === 1) enumerateKeyword(kwnames![0], 'iterable');
    iterable = given[0];
  } else if (nargs === 0) {
    throw typeError("enumerate() missing required argument 'iterable'");
  } else {
    throw typeError(`enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
  }
  const it = getIter(iterable);
  return new EnumerateIterator(it, start === undefined ? 0 : indexValue(start), cls);
});
iteratorProtocol(EnumerateType);
defineClassMethod(EnumerateType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));
defineMethods(EnumerateType, {
  __reduce__(self) {
    const e = self as EnumerateIterator;
    return new PyTuple([e.type, new PyTuple([e.it, e.count])]);
  },
});

// zip(*iterables, strict=False)

export class ZipIterator extends BuiltinIterator {
  constructor(
    readonly iters: PyValue[],
    public strict: boolean,
    type: PyType = ZipType,
  ) {
    super(type, ZipType);
  }
  step(): PyValue | undefined {
    const n = this.iters.length;
    if (n === 0) return undefined;
    const items = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(this.iters[i]);
      if (v === undefined) {
        if (this.strict) this.checkLengths(i);
        return undefined;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }
  /** strict=True: iterator `i` ran out; all the others must run out now too. */
  private checkLengths(i: number): void {
    const others = (k: number): string => (k === 1 ? ' 1' : `s 1-${k}`);
    if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${others(i)}`);
    for (let k = 1; k < this.iters.length; k++) {
      if (iterNext(this.iters[k]) !== undefined) {
        throw valueError(`zip() argument ${k + 1} is longer than argument${others(k)}`);
      }
    }
  }
}

defineNew(ZipType, (args, kwnames) => {
  const cls = args[0] as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== 'strict') throw unexpectedKeyword('zip', kwnames![k], ['strict']);
    strict = isTrue(args[npos + k]);
  }
  const iters: PyValue[] = [];
  for (let i = 1; i < npos; i++) iters.push(getIter(args[i]));
  return new ZipIterator(iters, strict, cls);
});
iteratorProtocol(ZipType);
defineMethods(ZipType, {
  __reduce__(self) {
    const z = self as ZipIterator;
    const its = new PyTuple(z.iters.slice());
    return new PyTuple(z.strict ? [z.type, its, true] : [z.type, its]);
  },
  __setstate__(self, args) {
    checkArgs('__setstate__', args, null, 1);
    (self as ZipIterator).strict = isTrue(args[0]);
    return None;
  },
});

// map(function, iterable, /, *iterables)

export class MapIterator extends BuiltinIterator {
  constructor(
    readonly func: PyValue,
    readonly iters: PyValue[],
    type: PyType = MapType,
  ) {
    super(type, MapType);
  }
  step(): PyValue | undefined {
    const n = this.iters.length;
    if (n === 1) {
      const v = iterNext(this.iters[0]);
      return v === undefined ? undefined : call(this.func, [v]);
    }
    const items = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(this.iters[i]);
      if (v === undefined) return undefined;
      items[i] = v;
    }
    return call(this.func, items);
  }
}

/** Whether keyword arguments must be refused: unless a subclass has its own __init__ to take them. */
export function refusesKeywords(cls: PyType, base: PyType): boolean {
  return cls === base || cls.lookup('__init__') === ObjectType.ns.getStr('__init__');
}

defineNew(MapType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (refusesKeywords(cls, MapType)) noKeywords('map', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 3) throw typeError('map() must have at least two arguments.');
  const iters: PyValue[] = [];
  for (let i = 2; i < npos; i++) iters.push(getIter(args[i]));
  return new MapIterator(args[1], iters, cls);
});
iteratorProtocol(MapType);
defineMethods(MapType, {
  __reduce__(self) {
    const m = self as MapIterator;
    return new PyTuple([m.type, new PyTuple([m.func, ...m.iters])]);
  },
});

// filter(function or None, iterable)

export class FilterIterator extends BuiltinIterator {
  constructor(
    readonly func: PyValue,
    readonly it: PyValue,
    type: PyType = FilterType,
  ) {
    super(type, FilterType);
  }
  step(): PyValue | undefined {
    const func = this.func;
    const truthOnly = func === None || func === BoolType;
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (truthOnly ? isTrue(v) : isTrue(call(func, [v]))) return v;
    }
  }
}

defineNew(FilterType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (refusesKeywords(cls, FilterType)) noKeywords('filter', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 3) throw typeError(`filter expected 2 arguments, got ${npos - 1}`);
  return new FilterIterator(args[1], getIter(args[2]), cls);
});
iteratorProtocol(FilterType);
defineMethods(FilterType, {
  __reduce__(self) {
    const f = self as FilterIterator;
    return new PyTuple([f.type, new PyTuple([f.func, f.it])]);
  },
});

// reversed(sequence)

/** PySequence_Check: item access by index, which dicts (mappings) do not count as. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  return !t.isSubtypeOf(DictType) && t.lookup('__getitem__') !== undefined;
}

export class ReversedIterator extends BuiltinIterator {
  constructor(
    public seq: PyValue | null,
    public index: number,
    type: PyType = ReversedType,
  ) {
    super(type, ReversedType);
  }
  step(): PyValue | undefined {
    if (this.seq !== null && this.index >= 0) {
      try {
        const v = getItem(this.seq, this.index);
        this.index--;
        return v;
      } catch (e) {
        if (!isStopping(e)) throw e;
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}

defineNew(ReversedType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (refusesKeywords(cls, ReversedType)) noKeywords('reversed', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 2) throw typeError(`reversed expected 1 argument, got ${npos - 1}`);
  const seq = args[1];
  const seqType = typeOf(seq);
  const rev = seqType.lookup('__reversed__');
  if (rev === None) throw typeError(`'${seqType.name}' object is not reversible`);
  if (rev !== undefined) return callMethodDescriptor(rev, seq, []);
  if (!isSequence(seq)) throw typeError(`'${seqType.name}' object is not reversible`);
  return new ReversedIterator(seq, lengthOf(seq) - 1, cls);
});
iteratorProtocol(ReversedType);
defineMethods(ReversedType, {
  __length_hint__(self) {
    const r = self as ReversedIterator;
    if (r.seq === null) return 0;
    const n = lengthOf(r.seq);
    const position = r.index + 1;
    return n < position ? 0 : position;
  },
  __reduce__(self) {
    const r = self as ReversedIterator;
    if (r.seq === null) return new PyTuple([r.type, new PyTuple([new PyTuple([])])]);
    return new PyTuple([r.type, new PyTuple([r.seq]), r.index]);
  },
  __setstate__(self, args) {
    checkArgs('__setstate__', args, null, 1);
    const r = self as ReversedIterator;
    let index = indexAsNumber(args[0]);
    if (r.seq !== null) {
      const n = lengthOf(r.seq);
      if (index < -1) index = -1;
      else if (index > n - 1) index = n - 1;
      r.index = index;
    }
    return None;
  },
});

// iter(obj) for an object with __getitem__ but no __iter__

export class SequenceIterator extends BuiltinIterator {
  index = 0;
  constructor(public seq: PyValue | null) {
    super(SeqIterType, SeqIterType);
  }
  step(): PyValue | undefined {
    if (this.seq === null) return undefined;
    try {
      const v = getItem(this.seq, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (!isStopping(e)) throw e;
    }
    this.seq = null;
    return undefined;
  }
}

registerSequenceIterator((seq) => new SequenceIterator(seq));
iteratorProtocol(SeqIterType);
defineMethods(SeqIterType, {
  __length_hint__(self) {
    const it = self as SequenceIterator;
    if (it.seq === null) return 0;
    if (typeOf(it.seq).lookup('__len__') === undefined) return NotImplemented;
    const n = lengthOf(it.seq) - it.index;
    return n >= 0 ? n : 0;
  },
  __setstate__(self, args) {
    checkArgs('__setstate__', args, null, 1);
    const it = self as SequenceIterator;
    if (it.seq !== null) {
      const index = indexAsNumber(args[0]);
      it.index = index < 0 ? 0 : index;
    }
    return None;
  },
});

// iter(callable, sentinel)

export class CallableIterator extends BuiltinIterator {
  constructor(
    public func: PyValue | null,
    public sentinel: PyValue | null,
  ) {
    super(CallableIterType, CallableIterType);
  }
  step(): PyValue | undefined {
    if (this.func === null) return undefined;
    let v: PyValue;
    try {
      v = call(this.func, []);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration))) throw e;
      this.func = this.sentinel = null;
      return undefined;
    }
    if (!compareBool(this.sentinel!, v, Cmp.EQ)) return v;
    this.func = this.sentinel = null;
    return undefined;
  }
}
iteratorProtocol(CallableIterType);

defineAttr(
  EnumerateType,
  '__doc__',
  'Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...',
);
defineAttr(
  ZipType,
  '__doc__',
  "The zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]",
);
defineAttr(
  MapType,
  '__doc__',
  'Make an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.',
);
defineAttr(
  FilterType,
  '__doc__',
  'Return an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.',
);
defineAttr(ReversedType, '__doc__', 'Return a reverse iterator over the values of the given sequence.');
defineAttr(SeqIterType, '__doc__', None);
defineAttr(CallableIterType, '__doc__', None);
