// groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys. The groups
// read from the groupby's own iterator, so advancing the groupby ends the group before it.
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/boxes';
import { BuiltinIterator } from '../../objects/iterator-types';
import { typeError } from '../../objects/exceptions';
import { typeOf } from '../../objects/ops/typeof';
import { None } from '../../objects/singletons';
import { getIter, iterNext } from '../../objects/ops/iter';
import { call } from '../../objects/ops/call';
import { compareBool, Cmp } from '../../objects/ops/compare';
import { checkPositional, unpackKeywords } from '../builtins/clinic';
import { defineConstructor, definePositionalConstructor, itertoolsType } from './types';

export const GroupByType = itertoolsType('groupby', 'groupby(iterable, key=None): pairs of a key and an iterator over the run of consecutive items with that key.');
export const GrouperType = itertoolsType('_grouper', 'One run of equal-keyed items of a groupby.', false);

class GroupByIterator extends BuiltinIterator {
  /** The last item read and its key; the item is taken (undefined) once a group gave it. */
  currentValue: PyValue | undefined = undefined;
  currentKey: PyValue | undefined = undefined;
  /** The key of the group given last. */
  private targetKey: PyValue | undefined = undefined;
  /** The only group that may still give items. */
  currentGrouper: GrouperIterator | null = null;
  constructor(
    type: PyType,
    private readonly it: PyValue,
    private readonly keyFunc: PyValue,
  ) {
    super(type, GroupByType);
  }
  /** Reads the next item and its key; false at the end. */
  advance(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const key = this.keyFunc === None ? v : call(this.keyFunc, [v]);
    this.currentValue = v;
    this.currentKey = key;
    return true;
  }
  step(): PyValue | undefined {
    this.currentGrouper = null;
    // Skip what is left of the previous group.
    for (;;) {
      if (this.currentKey !== undefined) {
        if (this.targetKey === undefined) break;
        if (!compareBool(this.targetKey, this.currentKey, Cmp.EQ)) break;
      }
      if (!this.advance()) return undefined;
    }
    const key = this.currentKey;
    this.targetKey = key;
    const grouper = new GrouperIterator(this, key);
    this.currentGrouper = grouper;
    return new PyTuple([key, grouper]);
  }
}

class GrouperIterator extends BuiltinIterator {
  constructor(
    private readonly parent: GroupByIterator,
    private readonly key: PyValue,
  ) {
    super(GrouperType, GrouperType);
  }
  step(): PyValue | undefined {
    const parent = this.parent;
    if (parent.currentGrouper !== this) return undefined;
    if (parent.currentValue === undefined && !parent.advance()) return undefined;
    if (!compareBool(this.key, parent.currentKey!, Cmp.EQ)) return undefined;
    const v = parent.currentValue;
    parent.currentValue = undefined;
    return v;
  }
}

defineConstructor(GroupByType, (cls, args, kwnames) => {
  const [iterable, key] = unpackKeywords({ fname: 'groupby', params: ['iterable', 'key'], minpos: 1 }, args, kwnames);
  return new GroupByIterator(cls, getIter(iterable!), key ?? None);
});

definePositionalConstructor(GrouperType, (_cls, args) => {
  checkPositional('_grouper', args, 2);
  if (!(args[0] instanceof GroupByIterator)) throw typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeOf(args[0]).name}`);
  return new GrouperIterator(args[0], args[1]);
});
