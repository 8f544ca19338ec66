// The itertools module (Modules/itertoolsmodule.c): its iterator types, written natively
// because programs step them in their innermost loops, and tee().
import { PyModule } from '../../objects/module';
import type { PyType } from '../../objects/type';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { CountType, CycleType, RepeatType } from './infinite';
import {
  AccumulateType,
  BatchedType,
  ChainType,
  CompressType,
  DropWhileType,
  FilterFalseType,
  IsliceType,
  PairwiseType,
  StarmapType,
  TakeWhileType,
  ZipLongestType,
} from './terminating';
import { GroupByType, GrouperType } from './groupby';
import { TeeType, teeFunction } from './tee';
import { CombinationsType, CombinationsWithReplacementType, PermutationsType, ProductType } from './combinatoric';

const TYPES: readonly PyType[] = [
  AccumulateType,
  BatchedType,
  ChainType,
  CombinationsType,
  CombinationsWithReplacementType,
  CompressType,
  CountType,
  CycleType,
  DropWhileType,
  FilterFalseType,
  GroupByType,
  IsliceType,
  PairwiseType,
  PermutationsType,
  ProductType,
  RepeatType,
  StarmapType,
  TakeWhileType,
  ZipLongestType,
  GrouperType,
  TeeType,
];

const DOC = `Iterator building blocks: fast, lazy, and meant to be combined.

Endless iterators: count, cycle and repeat.
Iterators that end with their shortest input: accumulate, batched, chain (and
chain.from_iterable), compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, zip_longest; and tee, which splits one iterator into several.
Combinatoric iterators: product, permutations, combinations and
combinations_with_replacement.`;

function makeItertoolsModule(_interp: Interpreter): PyModule {
  const m = new PyModule('itertools');
  m.dict.setStr('__doc__', DOC);
  for (const t of TYPES) m.dict.setStr(t.qualname, t);
  m.dict.setStr('tee', teeFunction());
  return m;
}

registerNativeModule('itertools', makeItertoolsModule);
