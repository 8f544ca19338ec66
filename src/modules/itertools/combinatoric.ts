// The combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement. Each reads its inputs into arrays at once and then makes one
// tuple per step from an array of indices into them (the algorithms of the itertools docs).
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { IntSubclassValue, PyTuple } from '../../objects/boxes';
import { BuiltinIterator } from '../../objects/iterator-types';
import { MemoryError, newException, typeError, valueError } from '../../objects/exceptions';
import { None } from '../../objects/singletons';
import { toArray } from '../../objects/ops/iter';
import { keywordOptions, ssizeArg, unpackKeywords } from '../builtins/clinic';
import { defineConstructor, itertoolsType, positional } from './types';

/** The items of `pool` at `indices` (the first `count` of them), as a tuple. */
function pick(pool: readonly PyValue[], indices: readonly number[], count: number): PyTuple {
  const items = new Array<PyValue>(count);
  for (let i = 0; i < count; i++) items[i] = pool[indices[i]];
  return new PyTuple(items);
}

// product(*iterables, repeat=1)

export const ProductType = itertoolsType('product', 'product(*iterables, repeat=1): the cartesian product of the iterables, as tuples, rightmost varying fastest.');

class ProductIterator extends BuiltinIterator {
  private readonly indices: number[];
  private started = false;
  private stopped = false;
  constructor(
    type: PyType,
    private readonly pools: PyValue[][],
  ) {
    super(type, ProductType);
    this.indices = new Array<number>(pools.length).fill(0);
  }
  step(): PyValue | undefined {
    if (this.stopped) return undefined;
    const pools = this.pools;
    const indices = this.indices;
    const n = pools.length;
    if (!this.started) {
      this.started = true;
      for (let i = 0; i < n; i++) if (pools[i].length === 0) return this.finish();
    } else {
      let i = n - 1;
      for (; i >= 0; i--) {
        if (++indices[i] < pools[i].length) break;
        indices[i] = 0;
      }
      if (i < 0) return this.finish();
    }
    const items = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) items[i] = pools[i][indices[i]];
    return new PyTuple(items);
  }
  private finish(): undefined {
    this.stopped = true;
    return undefined;
  }
}

defineConstructor(ProductType, (cls, args, kwnames) => {
  const npos = positional(args, kwnames);
  if (kwnames !== null && kwnames.length > 1) {
    throw typeError(`product() takes at most 1 keyword argument (${kwnames.length} given)`);
  }
  const [repeatArg] = keywordOptions('product', args, kwnames, ['repeat']);
  const repeat = repeatArg === undefined ? 1 : ssizeArg(repeatArg);
  if (repeat < 0) throw valueError('repeat argument cannot be negative');
  if (npos * repeat >= 2 ** 32) throw newException(MemoryError);
  const inputs: PyValue[][] = [];
  for (let i = 0; i < npos; i++) inputs.push(toArray(args[i]));
  const pools: PyValue[][] = [];
  for (let k = 0; k < repeat; k++) pools.push(...inputs);
  return new ProductIterator(cls, pools);
});

// permutations(iterable, r=None)

export const PermutationsType = itertoolsType('permutations', 'permutations(iterable, r=None): the r-length orderings of the items of iterable, as tuples.');

class PermutationsIterator extends BuiltinIterator {
  private readonly indices: number[];
  private readonly cycles: number[];
  private started = false;
  private stopped: boolean;
  constructor(
    type: PyType,
    private readonly pool: PyValue[],
    private readonly r: number,
  ) {
    super(type, PermutationsType);
    const n = pool.length;
    this.stopped = r > n;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: Math.min(r, n) }, (_, i) => n - i);
  }
  step(): PyValue | undefined {
    if (this.stopped) return undefined;
    const { pool, r, indices, cycles } = this;
    const n = pool.length;
    if (!this.started) {
      this.started = true;
      return pick(pool, indices, r);
    }
    if (n === 0) return this.finish();
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const first = indices[i];
        for (let k = i; k < n - 1; k++) indices[k] = indices[k + 1];
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        return pick(pool, indices, r);
      }
    }
    return this.finish();
  }
  private finish(): undefined {
    this.stopped = true;
    return undefined;
  }
}

defineConstructor(PermutationsType, (cls, args, kwnames) => {
  const [iterable, rArg] = unpackKeywords({ fname: 'permutations', params: ['iterable', 'r'], minpos: 1 }, args, kwnames);
  const pool = toArray(iterable!);
  let r = pool.length;
  if (rArg !== undefined && rArg !== None) {
    if (typeof rArg !== 'number' && typeof rArg !== 'bigint' && typeof rArg !== 'boolean' && !(rArg instanceof IntSubclassValue)) {
      throw typeError('Expected int as r');
    }
    r = ssizeArg(rArg);
  }
  if (r < 0) throw valueError('r must be non-negative');
  return new PermutationsIterator(cls, pool, r);
});

// combinations(iterable, r)

export const CombinationsType = itertoolsType('combinations', 'combinations(iterable, r): the r-length subsequences of the items of iterable, as tuples, in input order.');

class CombinationsIterator extends BuiltinIterator {
  private readonly indices: number[];
  private started = false;
  private stopped: boolean;
  constructor(
    type: PyType,
    private readonly pool: PyValue[],
    private readonly r: number,
  ) {
    super(type, CombinationsType);
    this.stopped = r > pool.length;
    this.indices = Array.from({ length: r }, (_, i) => i);
  }
  step(): PyValue | undefined {
    if (this.stopped) return undefined;
    const { pool, r, indices } = this;
    if (!this.started) {
      this.started = true;
      return pick(pool, indices, r);
    }
    const offset = pool.length - r;
    let i = r - 1;
    while (i >= 0 && indices[i] === i + offset) i--;
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return pick(pool, indices, r);
  }
}

defineConstructor(CombinationsType, (cls, args, kwnames) => {
  const [iterable, rArg] = unpackKeywords({ fname: 'combinations', params: ['iterable', 'r'], minpos: 2 }, args, kwnames);
  const r = ssizeArg(rArg!);
  if (r < 0) throw valueError('r must be non-negative');
  return new CombinationsIterator(cls, toArray(iterable!), r);
});

// combinations_with_replacement(iterable, r)

export const CombinationsWithReplacementType = itertoolsType(
  'combinations_with_replacement',
  'combinations_with_replacement(iterable, r): the r-length subsequences of the items of iterable, each item repeatable, as tuples.',
);

class CombinationsWithReplacementIterator extends BuiltinIterator {
  private readonly indices: number[];
  private started = false;
  private stopped: boolean;
  constructor(
    type: PyType,
    private readonly pool: PyValue[],
    private readonly r: number,
  ) {
    super(type, CombinationsWithReplacementType);
    this.stopped = pool.length === 0 && r > 0;
    this.indices = new Array<number>(r).fill(0);
  }
  step(): PyValue | undefined {
    if (this.stopped) return undefined;
    const { pool, r, indices } = this;
    if (!this.started) {
      this.started = true;
      return pick(pool, indices, r);
    }
    const last = pool.length - 1;
    let i = r - 1;
    while (i >= 0 && indices[i] === last) i--;
    if (i < 0) {
      this.stopped = true;
      return undefined;
    }
    const v = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    return pick(pool, indices, r);
  }
}

defineConstructor(CombinationsWithReplacementType, (cls, args, kwnames) => {
  const [iterable, rArg] = unpackKeywords({ fname: 'combinations_with_replacement', params: ['iterable', 'r'], minpos: 2 }, args, kwnames);
  const r = ssizeArg(rArg!);
  if (r < 0) throw valueError('r must be non-negative');
  return new CombinationsWithReplacementIterator(cls, toArray(iterable!), r);
});
