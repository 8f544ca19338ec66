// The iterators that end with their input: accumulate, batched, chain, compress, dropwhile,
// filterfalse, islice, pairwise, starmap, takewhile and zip_longest.
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/boxes';
import { BoolType, TupleType } from '../../objects/builtin-types';
import { BuiltinIterator } from '../../objects/iterator-types';
import { PyBaseException, typeError, valueError } from '../../objects/exceptions';
import { defineClassMethod } from '../../objects/native';
import { genericAlias } from '../../objects/generic-alias';
import { checkArgs } from '../../objects/args';
import { None } from '../../objects/singletons';
import { getIter, iterNext, toArray } from '../../objects/ops/iter';
import { binaryOp, NB } from '../../objects/ops/number';
import { call } from '../../objects/ops/call';
import { isTrue } from '../../objects/ops/truth';
import { checkPositional, ssizeArg, unpackKeywords } from '../builtins/clinic';
import { defineConstructor, definePositionalConstructor, itertoolsType, positional } from './types';

// accumulate(iterable, func=None, *, initial=None)

export const AccumulateType = itertoolsType(
  'accumulate',
  'accumulate(iterable, func=None, *, initial=None): running totals of iterable, or running results of func.',
);

class AccumulateIterator extends BuiltinIterator {
  private total: PyValue | undefined = undefined;
  constructor(
    type: PyType,
    private readonly it: PyValue,
    private readonly func: PyValue,
    private initial: PyValue,
  ) {
    super(type, AccumulateType);
  }
  step(): PyValue | undefined {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const total = this.total;
    if (total === undefined) this.total = v;
    else if (this.func === None) this.total = binaryOp(total, v, NB.ADD);
    else this.total = call(this.func, [total, v]);
    return this.total;
  }
}

defineConstructor(AccumulateType, (cls, args, kwnames) => {
  const [iterable, func, initial] = unpackKeywords({ fname: 'accumulate', params: ['iterable', 'func', 'initial'], minpos: 1, maxpos: 2 }, args, kwnames);
  return new AccumulateIterator(cls, getIter(iterable!), func ?? None, initial ?? None);
});

// batched(iterable, n, *, strict=False)

export const BatchedType = itertoolsType('batched', 'batched(iterable, n, *, strict=False): tuples of n items of iterable, the last possibly shorter.');

class BatchedIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    private it: PyValue | null,
    private readonly size: number,
    private readonly strict: boolean,
  ) {
    super(type, BatchedType);
  }
  step(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    const n = this.size;
    const items: PyValue[] = [];
    while (items.length < n) {
      const v = iterNext(it);
      if (v === undefined) break;
      items.push(v);
    }
    if (items.length === n) return new PyTuple(items);
    if (items.length === 0 || this.strict) {
      this.it = null;
      if (items.length !== 0) throw valueError('batched(): incomplete batch');
      return undefined;
    }
    return new PyTuple(items);
  }
}

defineConstructor(BatchedType, (cls, args, kwnames) => {
  const [iterable, nArg, strict] = unpackKeywords({ fname: 'batched', params: ['iterable', 'n', 'strict'], minpos: 2, maxpos: 2 }, args, kwnames);
  const n = ssizeArg(nArg!);
  if (n < 1) throw valueError('n must be at least one');
  return new BatchedIterator(cls, getIter(iterable!), n, strict !== undefined && isTrue(strict));
});

// chain(*iterables) and chain.from_iterable(iterable)

export const ChainType = itertoolsType('chain', 'chain(*iterables): the items of the first iterable, then of the next, until all are done.');

class ChainIterator extends BuiltinIterator {
  private active: PyValue | null = null;
  private index = 0;
  constructor(
    type: PyType,
    /** The iterables given to chain(), or null once they are used up. */
    private sources: PyValue[] | null,
    /** The iterator of iterables given to chain.from_iterable(). */
    private sourceIterator: PyValue | null,
  ) {
    super(type, ChainType);
  }
  step(): PyValue | undefined {
    for (;;) {
      let active = this.active;
      if (active === null) {
        const next = this.nextSource();
        if (next === undefined) return undefined;
        try {
          active = this.active = getIter(next);
        } catch (e) {
          this.sources = this.sourceIterator = null;
          throw e;
        }
      }
      const v = iterNext(active);
      if (v !== undefined) return v;
      this.active = null;
    }
  }
  private nextSource(): PyValue | undefined {
    const sources = this.sources;
    if (sources !== null) {
      if (this.index < sources.length) return sources[this.index++];
      this.sources = null;
      return undefined;
    }
    if (this.sourceIterator === null) return undefined;
    const next = iterNext(this.sourceIterator);
    if (next === undefined) this.sourceIterator = null;
    return next;
  }
}

definePositionalConstructor(ChainType, (cls, args) => new ChainIterator(cls, args, null));
defineClassMethod(ChainType, 'from_iterable', (cls, args, kwnames) => {
  checkArgs('chain.from_iterable', args, kwnames, 1);
  return new ChainIterator(cls as PyType, null, getIter(args[0]));
});
defineClassMethod(ChainType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));

// compress(data, selectors)

export const CompressType = itertoolsType('compress', 'compress(data, selectors): the items of data whose selector is true.');

class CompressIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    private readonly data: PyValue,
    private readonly selectors: PyValue,
  ) {
    super(type, CompressType);
  }
  step(): PyValue | undefined {
    for (;;) {
      const v = iterNext(this.data);
      if (v === undefined) return undefined;
      const selector = iterNext(this.selectors);
      if (selector === undefined) return undefined;
      if (isTrue(selector)) return v;
    }
  }
}

defineConstructor(CompressType, (cls, args, kwnames) => {
  const [data, selectors] = unpackKeywords({ fname: 'compress', params: ['data', 'selectors'], minpos: 2 }, args, kwnames);
  return new CompressIterator(cls, getIter(data!), getIter(selectors!));
});

// dropwhile(predicate, iterable, /) and takewhile(predicate, iterable, /)

export const DropWhileType = itertoolsType('dropwhile', 'dropwhile(predicate, iterable): the items of iterable from the first for which predicate is false.');

class DropWhileIterator extends BuiltinIterator {
  private dropping = true;
  constructor(
    type: PyType,
    private readonly predicate: PyValue,
    private readonly it: PyValue,
  ) {
    super(type, DropWhileType);
  }
  step(): PyValue | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined || !this.dropping) return v;
      if (!isTrue(call(this.predicate, [v]))) {
        this.dropping = false;
        return v;
      }
    }
  }
}

definePositionalConstructor(DropWhileType, (cls, args) => {
  checkPositional('dropwhile', args, 2);
  return new DropWhileIterator(cls, args[0], getIter(args[1]));
});

export const TakeWhileType = itertoolsType('takewhile', 'takewhile(predicate, iterable): the items of iterable until the first for which predicate is false.');

class TakeWhileIterator extends BuiltinIterator {
  private stopped = false;
  constructor(
    type: PyType,
    private readonly predicate: PyValue,
    private readonly it: PyValue,
  ) {
    super(type, TakeWhileType);
  }
  step(): PyValue | undefined {
    if (this.stopped) return undefined;
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (isTrue(call(this.predicate, [v]))) return v;
    this.stopped = true;
    return undefined;
  }
}

definePositionalConstructor(TakeWhileType, (cls, args) => {
  checkPositional('takewhile', args, 2);
  return new TakeWhileIterator(cls, args[0], getIter(args[1]));
});

// filterfalse(function, iterable, /)

export const FilterFalseType = itertoolsType('filterfalse', 'filterfalse(function, iterable): the items of iterable for which function (or truth, if None) is false.');

class FilterFalseIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    private readonly func: PyValue,
    private readonly it: PyValue,
  ) {
    super(type, FilterFalseType);
  }
  step(): PyValue | undefined {
    const func = this.func;
    const truthOnly = func === None || func === BoolType;
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (!(truthOnly ? isTrue(v) : isTrue(call(func, [v])))) return v;
    }
  }
}

definePositionalConstructor(FilterFalseType, (cls, args) => {
  checkPositional('filterfalse', args, 2);
  return new FilterFalseIterator(cls, args[0], getIter(args[1]));
});

// islice(iterable, stop) / islice(iterable, start, stop[, step])

export const IsliceType = itertoolsType('islice', 'islice(iterable, [start,] stop[, step]): the items of iterable at the positions range(start, stop, step) would give.');

const STOP_ERROR = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDICES_ERROR = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const STEP_ERROR = 'Step for islice() must be a positive integer or None.';

class IsliceIterator extends BuiltinIterator {
  /** How many items were read from the input. */
  private read = 0;
  constructor(
    type: PyType,
    private it: PyValue | null,
    /** The position of the next item to give. */
    private nextIndex: number,
    /** -1 for no stop. */
    private readonly stop: number,
    private readonly increment: number,
  ) {
    super(type, IsliceType);
  }
  step(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    const stop = this.stop;
    while (this.read < this.nextIndex) {
      if (iterNext(it) === undefined) return this.finish();
      this.read++;
    }
    if (stop !== -1 && this.read >= stop) return this.finish();
    const v = iterNext(it);
    if (v === undefined) return this.finish();
    this.read++;
    this.nextIndex += this.increment;
    if (stop !== -1 && this.nextIndex > stop) this.nextIndex = stop;
    return v;
  }
  private finish(): undefined {
    this.it = null;
    return undefined;
  }
}

/** An index argument of islice: its value, or -1 when it is not a non-negative index (PyNumber_AsSsize_t failing). */
function isliceIndex(v: PyValue): number {
  try {
    return ssizeArg(v);
  } catch (e) {
    if (e instanceof PyBaseException) return -1;
    throw e;
  }
}

definePositionalConstructor(IsliceType, (cls, args) => {
  checkPositional('islice', args, 2, 4);
  let start = 0;
  let stop = -1;
  let increment = 1;
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = isliceIndex(args[1]);
      if (stop === -1) throw valueError(STOP_ERROR);
    }
  } else {
    if (args[1] !== None) start = isliceIndex(args[1]);
    if (args[2] !== None) {
      stop = isliceIndex(args[2]);
      if (stop === -1) throw valueError(STOP_ERROR);
    }
  }
  if (start < 0 || stop < -1) throw valueError(INDICES_ERROR);
  if (args.length === 4 && args[3] !== None) increment = isliceIndex(args[3]);
  if (increment < 1) throw valueError(STEP_ERROR);
  return new IsliceIterator(cls, getIter(args[0]), start, stop, increment);
});

// pairwise(iterable, /)

export const PairwiseType = itertoolsType('pairwise', 'pairwise(iterable): overlapping pairs of consecutive items, (s0, s1), (s1, s2), ...');

class PairwiseIterator extends BuiltinIterator {
  private previous: PyValue | undefined = undefined;
  constructor(
    type: PyType,
    private it: PyValue | null,
  ) {
    super(type, PairwiseType);
  }
  step(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    let previous = this.previous;
    if (previous === undefined) {
      previous = iterNext(it);
      if (previous === undefined) return this.finish();
    }
    const v = iterNext(it);
    if (v === undefined) return this.finish();
    this.previous = v;
    return new PyTuple([previous, v]);
  }
  private finish(): undefined {
    this.it = null;
    this.previous = undefined;
    return undefined;
  }
}

definePositionalConstructor(PairwiseType, (cls, args) => {
  checkPositional('pairwise', args, 1);
  return new PairwiseIterator(cls, getIter(args[0]));
});

// starmap(function, iterable, /)

export const StarmapType = itertoolsType('starmap', 'starmap(function, iterable): function(*args) for each tuple of args in iterable.');

class StarmapIterator extends BuiltinIterator {
  constructor(
    type: PyType,
    private readonly func: PyValue,
    private readonly it: PyValue,
  ) {
    super(type, StarmapType);
  }
  step(): PyValue | undefined {
    const args = iterNext(this.it);
    if (args === undefined) return undefined;
    const items = args instanceof PyTuple && args.type === TupleType ? args.items.slice() : toArray(args);
    return call(this.func, items);
  }
}

definePositionalConstructor(StarmapType, (cls, args) => {
  checkPositional('starmap', args, 2);
  return new StarmapIterator(cls, args[0], getIter(args[1]));
});

// zip_longest(*iterables, fillvalue=None)

export const ZipLongestType = itertoolsType(
  'zip_longest',
  'zip_longest(*iterables, fillvalue=None): tuples of the i-th items of each iterable, filling in for those that ended, until all have.',
);

class ZipLongestIterator extends BuiltinIterator {
  private active: number;
  constructor(
    type: PyType,
    /** null for an input that has ended. */
    private readonly iterators: (PyValue | null)[],
    private readonly fillValue: PyValue,
  ) {
    super(type, ZipLongestType);
    this.active = iterators.length;
  }
  step(): PyValue | undefined {
    const iterators = this.iterators;
    const n = iterators.length;
    if (this.active === 0) return undefined;
    const items = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const it = iterators[i];
      if (it === null) {
        items[i] = this.fillValue;
        continue;
      }
      let v: PyValue | undefined;
      try {
        v = iterNext(it);
      } catch (e) {
        this.active = 0;
        throw e;
      }
      if (v === undefined) {
        if (--this.active === 0) return undefined;
        iterators[i] = null;
        v = this.fillValue;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }
}

defineConstructor(ZipLongestType, (cls, args, kwnames) => {
  let fillValue: PyValue = None;
  const npos = positional(args, kwnames);
  if (kwnames !== null && kwnames.length > 0) {
    if (kwnames.length > 1 || kwnames[0] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fillValue = args[npos];
  }
  const iterators: PyValue[] = [];
  for (let i = 0; i < npos; i++) iterators.push(getIter(args[i]));
  return new ZipLongestIterator(cls, iterators, fillValue);
});
