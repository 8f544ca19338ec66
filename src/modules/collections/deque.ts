// collections.deque (Modules/_collectionsmodule.c): the type, its methods with CPython's
// argument handling and messages, and its two iterators.
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { IntSubclassValue, PyList, PyTuple } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { None, NotImplemented } from '../../objects/singletons';
import { indexError, newException, runtimeError, typeError, valueError, MemoryError } from '../../objects/exceptions';
import { defineClassMethod, defineGetSet, defineMethods, defineNew } from '../../objects/native';
import { checkArgs } from '../../objects/args';
import { Cmp, compareBool } from '../../objects/ops/compare';
import { getIter, iterNext, NativeIterator, registerFastIter } from '../../objects/ops/iter';
import { indexValue } from '../../objects/ops/index-value';
import { repr, reprGuarded } from '../../objects/ops/repr';
import { typeOf } from '../../objects/ops/typeof';
import { call } from '../../objects/ops/call';
import { classArg, hasIndex, itemPosition, repeatCount, searchRange, seqRichCompare, slotArgs } from '../../objects/sequence';
import { genericAlias } from '../../objects/generic-alias';
import { newIteratorType } from '../../objects/iterator-type';
import { PyDeque } from './deque-core';

export { PyDeque };

/** A type of the collections module: CPython's tp_name carries the module ('collections.deque'). */
function collectionsType(type: PyType, shortName: string): PyType {
  type.qualname = shortName;
  type.module = 'collections';
  return type;
}

export const DequeType = collectionsType(newBuiltinType('collections.deque'), 'deque');
const DequeIteratorType = collectionsType(newIteratorType('collections._deque_iterator'), '_deque_iterator');
const DequeReverseIteratorType = collectionsType(newIteratorType('collections._deque_reverse_iterator'), '_deque_reverse_iterator');

const MUTATED = 'deque mutated during iteration';

/** Steps through a deque from one end; any mutation of the deque ends it with RuntimeError. */
class DequeIterator extends NativeIterator {
  private readonly state: number;
  private index: number;
  private remaining: number;
  constructor(
    private readonly deque: PyDeque,
    private readonly reverse: boolean,
  ) {
    super(reverse ? DequeReverseIteratorType : DequeIteratorType);
    this.state = deque.state;
    this.remaining = deque.size;
    this.index = reverse ? deque.size - 1 : 0;
  }
  next(): PyValue | undefined {
    if (this.deque.state !== this.state) {
      this.remaining = 0;
      throw runtimeError(MUTATED);
    }
    if (this.remaining === 0) return undefined;
    this.remaining--;
    const v = this.deque.at(this.index);
    this.index += this.reverse ? -1 : 1;
    return v;
  }
  lengthHint(): number {
    return this.remaining;
  }
}

registerFastIter(DequeType, (v) => new DequeIterator(v as PyDeque, false));

function asDeque(v: PyValue): PyDeque {
  return v as PyDeque;
}

/** The maxlen argument: None, or an int (not merely an __index__ object) that is not negative. */
function maxlenArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(v instanceof IntSubclassValue)) {
    throw typeError('an integer is required');
  }
  const n = indexValue(v);
  if (typeof n === 'bigint') {
    if (n < 0n) throw valueError('maxlen must be non-negative');
    return Number.MAX_SAFE_INTEGER;
  }
  if (n < 0) throw valueError('maxlen must be non-negative');
  return n;
}

/** A Py_ssize_t argument of a clinic method (rotate's n, insert's index). */
function ssizeArg(v: PyValue): number {
  const n = indexValue(v);
  if (typeof n === 'bigint') return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return n;
}

export function dequeExtend(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.toArray()) d.pushRight(v);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) d.pushRight(x);
}

function dequeExtendLeft(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.toArray()) d.pushLeft(v);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) d.pushLeft(x);
}

/** deque_copy: an exact deque copies directly; a subclass is called as type(d)(d[, maxlen]). */
function dequeCopy(d: PyDeque): PyValue {
  if (d.type === DequeType) {
    const copy = new PyDeque(DequeType);
    copy.maxlen = d.maxlen;
    copy.replaceAll(d.toArray());
    return copy;
  }
  return d.maxlen === null ? call(d.type, [d]) : call(d.type, [d, d.maxlen], ['maxlen']);
}

/** Compares `x` with each item from `start` to `stop`, returning the first equal position or -1. */
function findItem(d: PyDeque, x: PyValue, start: number, stop: number, mutated: () => never): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const equal = compareBool(d.at(i), x, Cmp.EQ);
    if (d.state !== state) mutated();
    if (equal) return i;
  }
  return -1;
}

function throwMutated(): never {
  throw runtimeError(MUTATED);
}

/** Deletes the item at position i (0 <= i < size). */
function deleteAt(d: PyDeque, i: number): void {
  if (i === 0) {
    d.popLeft();
    return;
  }
  if (i === d.size - 1) {
    d.popRight();
    return;
  }
  const items = d.toArray();
  items.splice(i, 1);
  d.replaceAll(items);
}

function dequeRepr(d: PyDeque): string {
  const name = typeOf(d).name;
  const shortName = name.slice(name.lastIndexOf('.') + 1);
  return reprGuarded(d, '[...]', () => {
    const items = repr(new PyList(d.toArray()));
    return d.maxlen === null ? `${shortName}(${items})` : `${shortName}(${items}, maxlen=${d.maxlen})`;
  });
}

function compare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyDeque)) return NotImplemented;
  return seqRichCompare(asDeque(self).toArray(), other.toArray(), op);
}

/** d *= n: the items n times over, of which a bounded deque keeps the last maxlen. */
function repeatInPlace(d: PyDeque, n: number): void {
  if (n <= 0 || d.size === 0) {
    if (n <= 0) d.clear();
    return;
  }
  if (n === 1) return;
  const items = d.toArray();
  const total = items.length * n;
  const keep = d.maxlen === null ? total : Math.min(total, d.maxlen);
  if (keep > 2 ** 31) throw newException(MemoryError);
  const out = new Array<PyValue>(keep);
  for (let k = 0, i = total - keep; k < keep; k++, i++) out[k] = items[i % items.length];
  d.replaceAll(out);
}

function repeatOperand(self: PyValue, n: PyValue): PyValue {
  const count = repeatCount(n);
  if (count === null) {
    // A class with __rmul__ gets its turn (nb_multiply comes before sq_repeat).
    if (typeOf(n).heap && typeOf(n).lookup('__rmul__') !== undefined) return NotImplemented;
    throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  const copy = dequeCopy(asDeque(self));
  repeatInPlace(asDeque(copy), count);
  return copy;
}

defineNew(DequeType, (args) => new PyDeque(classArg(args, DequeType)));

defineMethods(DequeType, {
  __init__(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (args.length > 2) throw typeError(`deque() takes at most 2 arguments (${args.length} given)`);
    let iterable: PyValue | undefined = npos > 0 ? args[0] : undefined;
    let maxlen: PyValue | undefined = npos > 1 ? args[1] : undefined;
    for (let k = 0; k < nkw; k++) {
      const value = args[npos + k];
      const name = kwnames![k];
      if (name === 'iterable' && npos < 1) iterable = value;
      else if (name === 'maxlen' && npos < 2) maxlen = value;
      else if (name === 'iterable' || name === 'maxlen') {
        throw typeError(`argument for deque() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
      } else throw typeError(`deque() got an unexpected keyword argument '${name}'`);
    }
    const d = asDeque(self);
    d.maxlen = maxlenArg(maxlen);
    if (d.size > 0) d.clear();
    if (iterable !== undefined) dequeExtend(d, iterable);
    return None;
  },
  append(self, args, kwnames) {
    checkArgs('deque.append', args, kwnames, 1);
    asDeque(self).pushRight(args[0]);
    return None;
  },
  appendleft(self, args, kwnames) {
    checkArgs('deque.appendleft', args, kwnames, 1);
    asDeque(self).pushLeft(args[0]);
    return None;
  },
  pop(self, args, kwnames) {
    checkArgs('deque.pop', args, kwnames, 0);
    const d = asDeque(self);
    if (d.size === 0) throw indexError('pop from an empty deque');
    return d.popRight();
  },
  popleft(self, args, kwnames) {
    checkArgs('deque.popleft', args, kwnames, 0);
    const d = asDeque(self);
    if (d.size === 0) throw indexError('pop from an empty deque');
    return d.popLeft();
  },
  extend(self, args, kwnames) {
    checkArgs('deque.extend', args, kwnames, 1);
    dequeExtend(asDeque(self), args[0]);
    return None;
  },
  extendleft(self, args, kwnames) {
    checkArgs('deque.extendleft', args, kwnames, 1);
    dequeExtendLeft(asDeque(self), args[0]);
    return None;
  },
  clear(self, args, kwnames) {
    checkArgs('deque.clear', args, kwnames, 0);
    asDeque(self).clear();
    return None;
  },
  copy(self, args, kwnames) {
    checkArgs('deque.copy', args, kwnames, 0);
    return dequeCopy(asDeque(self));
  },
  __copy__(self, args, kwnames) {
    checkArgs('deque.__copy__', args, kwnames, 0);
    return dequeCopy(asDeque(self));
  },
  count(self, args, kwnames) {
    checkArgs('deque.count', args, kwnames, 1);
    const d = asDeque(self);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      const equal = compareBool(d.at(i), args[0], Cmp.EQ);
      if (d.state !== state) throwMutated();
      if (equal) n++;
    }
    return n;
  },
  index(self, args, kwnames) {
    checkArgs('index', args, kwnames, 1, 3);
    const d = asDeque(self);
    const [start, stop] = searchRange(args, d.size);
    const i = findItem(d, args[0], start, stop, throwMutated);
    if (i < 0) throw valueError(`${repr(args[0])} is not in deque`);
    return i;
  },
  insert(self, args, kwnames) {
    checkArgs('insert', args, kwnames, 2);
    const d = asDeque(self);
    let i = ssizeArg(args[0]);
    if (d.maxlen !== null && d.size >= d.maxlen) throw indexError('deque already at its maximum size');
    const n = d.size;
    if (i >= n) d.pushRight(args[1]);
    else if (i <= -n || i === 0) d.pushLeft(args[1]);
    else {
      if (i < 0) i += n;
      const items = d.toArray();
      items.splice(i, 0, args[1]);
      d.replaceAll(items);
    }
    return None;
  },
  remove(self, args, kwnames) {
    checkArgs('deque.remove', args, kwnames, 1);
    const d = asDeque(self);
    const i = findItem(d, args[0], 0, d.size, () => {
      throw indexError(MUTATED);
    });
    if (i < 0) throw valueError(`${repr(args[0])} is not in deque`);
    deleteAt(d, i);
    return None;
  },
  reverse(self, args, kwnames) {
    checkArgs('deque.reverse', args, kwnames, 0);
    const d = asDeque(self);
    const items = d.toArray().reverse();
    const state = d.state;
    d.replaceAll(items);
    // Reversing in place is not a mutation that iterators notice (CPython swaps items).
    d.state = state;
    return None;
  },
  rotate(self, args, kwnames) {
    checkArgs('rotate', args, kwnames, 0, 1);
    const d = asDeque(self);
    d.rotate(args.length === 0 ? 1 : ssizeArg(args[0]));
    return None;
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return asDeque(self).size;
  },
  __getitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__getitem__');
    const d = asDeque(self);
    const key = args[0];
    if (!hasIndex(key)) throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
    const i = itemPosition(key, d.size);
    if (i < 0) throw indexError('deque index out of range');
    return d.at(i);
  },
  __setitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 2, '__setitem__');
    const d = asDeque(self);
    const key = args[0];
    if (!hasIndex(key)) throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
    const i = itemPosition(key, d.size);
    if (i < 0) throw indexError('deque index out of range');
    d.setAt(i, args[1]);
    return None;
  },
  __delitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__delitem__');
    const d = asDeque(self);
    const key = args[0];
    if (!hasIndex(key)) throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
    const i = itemPosition(key, d.size);
    if (i < 0) throw indexError('deque index out of range');
    deleteAt(d, i);
    return None;
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    const d = asDeque(self);
    return findItem(d, args[0], 0, d.size, throwMutated) >= 0;
  },
  __iter__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__iter__');
    return new DequeIterator(asDeque(self), false);
  },
  __reversed__(self, args, kwnames) {
    checkArgs('deque.__reversed__', args, kwnames, 0);
    return new DequeIterator(asDeque(self), true);
  },
  __add__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__add__');
    const other = args[0];
    if (!(other instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(other).name}") to deque`);
    const copy = dequeCopy(asDeque(self));
    dequeExtend(asDeque(copy), other);
    return copy;
  },
  __iadd__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__iadd__');
    dequeExtend(asDeque(self), args[0]);
    return self;
  },
  __mul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__mul__');
    return repeatOperand(self, args[0]);
  },
  __rmul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__rmul__');
    return repeatOperand(self, args[0]);
  },
  __imul__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__imul__');
    const count = repeatCount(args[0]);
    if (count === null) {
      if (typeOf(args[0]).heap && typeOf(args[0]).lookup('__rmul__') !== undefined) return NotImplemented;
      throw typeError(`can't multiply sequence by non-int of type '${typeOf(args[0]).name}'`);
    }
    repeatInPlace(asDeque(self), count);
    return self;
  },
  __eq__: (self, args) => compare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => compare(self, args[0], Cmp.NE),
  __lt__: (self, args) => compare(self, args[0], Cmp.LT),
  __le__: (self, args) => compare(self, args[0], Cmp.LE),
  __gt__: (self, args) => compare(self, args[0], Cmp.GT),
  __ge__: (self, args) => compare(self, args[0], Cmp.GE),
  __repr__: (self) => dequeRepr(asDeque(self)),
  __reduce__(self, args, kwnames) {
    checkArgs('deque.__reduce__', args, kwnames, 0);
    const d = asDeque(self);
    const ctorArgs = d.maxlen === null ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
    return new PyTuple([d.type, ctorArgs, d.dict ?? None, new DequeIterator(d, false)]);
  },
  __sizeof__(self) {
    // CPython's layout: a fixed header plus 64-item blocks, starting half a block in.
    const blocks = Math.floor((32 + asDeque(self).size + 63) / 64);
    return 216 + blocks * 528;
  },
});
DequeType.ns.setStr('__hash__', None);
DequeType.ns.setStr('__doc__', 'A list-like sequence optimized for data accesses near its endpoints.');
defineGetSet(DequeType, 'maxlen', (self) => asDeque(self).maxlen ?? None);
defineClassMethod(DequeType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('deque.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});
