// Builtins that consume iterables: iter, next, all, any, max, min and sorted.
import type { PyValue } from '../../objects/object';
import { PyList } from '../../objects/boxes';
import { ListType } from '../../objects/builtin-types';
import { newException, PyBaseException, StopIteration, typeError, valueError } from '../../objects/exceptions';
import { None } from '../../objects/singletons';
import type { NativeFunction } from '../../objects/function';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { call, callMethodDescriptor } from '../../objects/ops/call';
import { getIter, iterNext, NativeIterator, toArray } from '../../objects/ops/iter';
import { isTrue } from '../../objects/ops/truth';
import { compareBool, Cmp } from '../../objects/ops/compare';
import { CallableIterator } from '../../objects/iterator-types';
import { isCallable } from './introspection';
import { keywordOptions, positionalCount } from './clinic';

function iter(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('iter', args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
  return new CallableIterator(args[0], args[1]);
}

function next(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs('next', args, kwnames, 1, 2);
  const it = args[0];
  // With a default the end needs no exception; without one, __next__ raises the
  // StopIteration itself, carrying a generator's return value.
  if (it instanceof NativeIterator && args.length > 1) {
    const v = iterNext(it);
    return v !== undefined ? v : args[1];
  }
  const m = typeOf(it).lookup('__next__');
  if (m === undefined && it instanceof NativeIterator) {
    const v = it.next();
    if (v !== undefined) return v;
    throw newException(StopIteration);
  }
  if (m === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  if (args.length === 1) return callMethodDescriptor(m, it, []);
  try {
    return callMethodDescriptor(m, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) return args[1];
    throw e;
  }
}

function allOrAny(name: string, wanted: boolean): NativeFunction {
  return (args, kwnames) => {
    checkArgs(name, args, kwnames, 1);
    const it = getIter(args[0]);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return !wanted;
      if (isTrue(v) === wanted) return wanted;
    }
  };
}

/** min() and max(): one iterable (with an optional default) or several arguments; ties keep the first. */
function minMax(name: 'min' | 'max', op: Cmp): NativeFunction {
  return (args, kwnames) => {
    const nargs = positionalCount(args, kwnames);
    if (nargs === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    const [keyOption, defaultValue] = keywordOptions(name, args, kwnames, ['key', 'default']);
    if (nargs > 1 && defaultValue !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    const key = keyOption === undefined || keyOption === None ? null : keyOption;
    const it = nargs === 1 ? getIter(args[0]) : null;
    let best: PyValue | undefined;
    let bestKey: PyValue | undefined;
    for (let i = 0; ; i++) {
      let item: PyValue | undefined;
      if (it === null) item = i < nargs ? args[i] : undefined;
      else item = iterNext(it);
      if (item === undefined) break;
      const k = key === null ? item : call(key, [item]);
      if (bestKey === undefined || compareBool(k, bestKey, op)) {
        best = item;
        bestKey = k;
      }
    }
    if (best !== undefined) return best;
    if (defaultValue !== undefined) return defaultValue;
    throw valueError(`${name}() iterable argument is empty`);
  };
}

function sorted(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nargs = positionalCount(args, kwnames);
  if (nargs !== 1) throw typeError(`sorted expected 1 argument, got ${nargs}`);
  const list = new PyList(toArray(args[0], true));
  // Keywords go to list.sort, which checks them (and words the errors as its own).
  callMethodDescriptor(ListType.ns.getStr('sort')!, list, args.slice(1), kwnames);
  return list;
}

export const ITERATION_BUILTINS: Record<string, NativeFunction> = {
  all: allOrAny('all', false),
  any: allOrAny('any', true),
  iter,
  max: minMax('max', Cmp.GT),
  min: minMax('min', Cmp.LT),
  next,
  sorted,
};
