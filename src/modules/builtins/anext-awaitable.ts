// aiter(), anext(), and the awaitable anext(it, default) returns: it awaits `it.__anext__()`
// and turns the StopAsyncIteration that ends the iteration into the default value (raised as
// StopIteration(default), which is how an awaitable returns a value).
import { PyObject, type PyValue } from '../../objects/object';
import { GeneratorType, newBuiltinType } from '../../objects/builtin-types';
import { PyBaseException, StopAsyncIteration, stopIteration, typeError, newException, StopIteration } from '../../objects/exceptions';
import type { NativeFunction } from '../../objects/function';
import { defineMethods } from '../../objects/native';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { callMethodDescriptor } from '../../objects/ops/call';
import { getAttr } from '../../objects/ops/attributes';
import { call } from '../../objects/ops/call';
import { NativeIterator } from '../../objects/ops/iter';

export const AnextAwaitableType = newBuiltinType('anext_awaitable', undefined, { baseType: false });

class AnextAwaitable extends PyObject {
  constructor(
    readonly wrapped: PyValue,
    readonly defaultValue: PyValue,
  ) {
    super(AnextAwaitableType);
  }
}

function isIterator(v: PyValue): boolean {
  return v instanceof NativeIterator || typeOf(v).lookup('__next__') !== undefined;
}

/** The iterator that awaiting `awaitable` drives (_PyCoro_GetAwaitableIter, then a coroutine's __await__). */
function awaitableIter(awaitable: PyValue): PyValue {
  const t = typeOf(awaitable);
  if (t === GeneratorType) return awaitable;
  const m = t.lookup('__await__');
  if (m === undefined) throw typeError(`'${t.name}' object can't be awaited`);
  const it = callMethodDescriptor(m, awaitable, []);
  if (!isIterator(it)) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** Runs one step on the wrapped awaitable, replacing its StopAsyncIteration by StopIteration(default). */
function proxy(self: PyValue, step: (it: PyValue) => PyValue): PyValue {
  const a = self as AnextAwaitable;
  const it = awaitableIter(a.wrapped);
  try {
    return step(it);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopAsyncIteration)) throw stopIteration(a.defaultValue);
    throw e;
  }
}

/** One step of `it`, raising the StopIteration that carries a coroutine's return value. */
function nextOf(it: PyValue): PyValue {
  const m = typeOf(it).lookup('__next__');
  if (m !== undefined) return callMethodDescriptor(m, it, []);
  const v = (it as NativeIterator).next();
  if (v === undefined) throw newException(StopIteration);
  return v;
}

defineMethods(AnextAwaitableType, {
  __await__: (self) => self,
  __iter__: (self) => self,
  __next__: (self) => proxy(self, nextOf),
  send: (self, args) => proxy(self, (it) => call(getAttr(it, 'send'), args.slice(0, 1))),
  throw: (self, args) => proxy(self, (it) => call(getAttr(it, 'throw'), args)),
  close: (self) => proxy(self, (it) => call(getAttr(it, 'close'), [])),
});

export const ASYNC_BUILTINS: Record<string, NativeFunction> = {
  aiter(args, kwnames) {
    checkArgs('aiter', args, kwnames, 1);
    const o = args[0];
    const m = typeOf(o).lookup('__aiter__');
    if (m === undefined) throw typeError(`'${typeOf(o).name}' object is not an async iterable`);
    const it = callMethodDescriptor(m, o, []);
    if (typeOf(it).lookup('__anext__') === undefined) {
      throw typeError(`aiter() returned not an async iterator of type '${typeOf(it).name}'`);
    }
    return it;
  },
  anext(args, kwnames) {
    checkArgs('anext', args, kwnames, 1, 2);
    const o = args[0];
    const m = typeOf(o).lookup('__anext__');
    if (m === undefined) throw typeError(`'${typeOf(o).name}' object is not an async iterator`);
    const awaitable = callMethodDescriptor(m, o, []);
    return args.length === 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
  },
};
