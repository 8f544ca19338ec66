// The _collections module: the native parts of collections (deque, and the counting loop
// behind Counter); lib/python/collections/ builds the rest on them.
import type { PyValue } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { PyDict } from '../../objects/dict';
import { DictType } from '../../objects/builtin-types';
import { None } from '../../objects/singletons';
import { checkArgs } from '../../objects/args';
import { getIter, iterNext } from '../../objects/ops/iter';
import { getAttr } from '../../objects/ops/attributes';
import { call } from '../../objects/ops/call';
import { binaryOp, NB } from '../../objects/ops/number';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { DequeType } from './deque';
import { TupleGetterType } from './tuplegetter';
import { SEQUENCE_TYPES } from '../../vm/matching';
import './collection-flags';

/** mapping[x] = mapping.get(x, 0) + 1 for each x; directly on a dict that overrides neither. */
function countElements(mapping: PyValue, iterable: PyValue): void {
  const it = getIter(iterable);
  const direct =
    mapping instanceof PyDict &&
    mapping.type.lookup('get') === DictType.ns.getStr('get') &&
    mapping.type.lookup('__setitem__') === DictType.ns.getStr('__setitem__');
  if (direct) {
    const d = mapping as PyDict;
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const old = d.get(x);
      d.set(x, old === undefined ? 1 : typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : binaryOp(old, 1, NB.ADD));
    }
    return;
  }
  const get = getAttr(mapping, 'get');
  const setItem = getAttr(mapping, '__setitem__');
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    call(setItem, [x, binaryOp(call(get, [x, 0]), 1, NB.ADD)]);
  }
}

// deque matches sequence patterns, as list does.
SEQUENCE_TYPES.add(DequeType);

export function makeCollectionsModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_collections');
  m.dict.setStr('deque', DequeType);
  m.dict.setStr('_tuplegetter', TupleGetterType);
  m.dict.setStr(
    '_count_elements',
    BuiltinFunction.ofModule('_collections', '_count_elements', (args, kwnames) => {
      checkArgs('_count_elements', args, kwnames, 2);
      countElements(args[0], args[1]);
      return None;
    }),
  );
  return m;
}

registerNativeModule('_collections', makeCollectionsModule);
