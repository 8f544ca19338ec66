// Generators, coroutines and async generators: each owns a suspended frame that send(),
// throw() and close() resume in a nested loop. `yield from` and `await` delegate through
// SEND, which resumes our generators directly and calls send()/__next__ on other iterators.
import { PyObject, type PyValue } from '../objects/object';
import { AsyncGeneratorType, CoroutineType, GeneratorType } from '../objects/builtin-types';
import { newBuiltinType } from '../objects/builtin-types';
import { PyType as PyTypeClass, type PyType } from '../objects/type';
import { None } from '../objects/singletons';
import {
  GeneratorExit,
  newException,
  PyBaseException,
  runtimeError,
  StopAsyncIteration,
  StopIteration,
  stopIteration,
  typeError,
  valueError,
} from '../objects/exceptions';
import { CodeFlag } from '../compiler/code';
import { NativeIterator, getIter } from '../objects/ops/iter';
import { call, callMethodDescriptor } from '../objects/ops/call';
import { getAttr, getAttrOrUndefined } from '../objects/ops/attributes';
import { typeOf } from '../objects/ops/typeof';
import { defineGetSet, defineMethods } from '../objects/native';
import { addressOf } from '../objects/identity';
import type { Frame } from './frame';
import { threadState, type ThreadState } from './thread-state';
import { enterRecursion, runFrame } from './calls';
import { out } from './raise';

export class PyGenerator extends NativeIterator {
  started = false;
  running = false;
  finished = false;
  /** The exception being handled inside the generator while it is suspended. */
  handled: PyValue = None;
  /** The frame that called the generator function (the generator was made for it). */
  createdFor: Frame | null = null;
  /**
   * Only the value stack of a `for` loop refers to it (`for x in gen():`), so it is closed when
   * the loop drops it early, as CPython's reference counting closes an abandoned generator.
   */
  transient = false;
  name: string;
  qualname: string;
  constructor(
    readonly frame: Frame,
    type: PyType,
  ) {
    super(type);
    this.name = frame.func?.name ?? frame.code.name;
    this.qualname = frame.func?.qualname ?? frame.code.qualname;
  }

  /** FOR_ITER and next(): the next yielded value, or undefined once it returns. */
  next(): PyValue | undefined {
    const r = resume(this, None, null);
    return r.done ? undefined : r.value;
  }

  get kind(): string {
    return this.type === CoroutineType ? 'coroutine' : this.type === AsyncGeneratorType ? 'async generator' : 'generator';
  }
}

export function makeGenerator(frame: Frame): PyGenerator {
  const flags = frame.code.flags;
  const type = flags & CodeFlag.CO_COROUTINE ? CoroutineType : flags & CodeFlag.CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
  const gen = new PyGenerator(frame, type);
  frame.generator = gen;
  gen.createdFor = frame.previous;
  return gen;
}

/** CALL's opcode: GET_ITER right after it iterates what the call returned. */
const CALL_OPCODE = 53;
const CALL_CACHE_UNITS = 3;

/**
 * GET_ITER of a generator: when it comes straight from calling its generator function in this
 * frame (`for x in gen():`), nothing but the loop holds it.
 */
export function noteLoopGenerator(gen: PyGenerator, frame: Frame, code: Uint16Array, at: number): void {
  if (gen.started || gen.createdFor !== frame) return;
  const callAt = at - 1 - CALL_CACHE_UNITS;
  if (callAt >= 0 && (code[callAt] & 255) === CALL_OPCODE) gen.transient = true;
}

/** A loop dropped its generator early (break, return, an exception): close it now. */
export function closeTransient(gen: PyGenerator): void {
  gen.transient = false;
  if (gen.finished || !gen.started) {
    gen.finished = true;
    return;
  }
  try {
    closeGenerator(gen);
  } catch {
    // CPython reports an exception from closing a dropped generator as unraisable and goes on.
  }
}

interface Resumed {
  value: PyValue;
  done: boolean;
}

/** Runs the generator's frame until it yields or returns; `thrown` is raised at the yield. */
export function resume(gen: PyGenerator, value: PyValue, thrown: PyBaseException | null): Resumed {
  const ts = threadState;
  if (gen.running) throw valueError(`${gen.kind} already executing`);
  if (gen.finished) {
    if (gen.type === CoroutineType && thrown === null) throw runtimeError('cannot reuse already awaited coroutine');
    if (thrown !== null) throw thrown;
    return { value: None, done: true };
  }
  if (!gen.started && value !== None && thrown === null) {
    throw typeError(`can't send non-None value to a just-started ${gen.kind}`);
  }
  const frame = gen.frame;
  enterRecursion(ts);
  frame.previous = ts.frame;
  frame.stack[frame.sp++] = value;
  gen.started = true;
  gen.running = true;
  const outer = ts.handled;
  if (gen.handled !== None) ts.handled = gen.handled;
  let result: PyValue;
  try {
    result = runFrame(ts, frame, thrown);
  } catch (e) {
    gen.finished = true;
    throw e;
  } finally {
    gen.running = false;
    gen.handled = ts.handled === outer ? None : ts.handled;
    ts.handled = outer;
  }
  if (frame.yielded) return { value: result, done: false };
  gen.finished = true;
  return { value: result, done: true };
}

function sendOrStop(gen: PyGenerator, value: PyValue): PyValue {
  const r = resume(gen, value, null);
  if (r.done) {
    if (gen.type === AsyncGeneratorType) throw newException(StopAsyncIteration);
    throw stopIteration(r.value);
  }
  return r.value;
}

/** The iterator a suspended `yield from`/`await` delegates to (gi_yieldfrom), or null. */
function delegate(gen: PyGenerator): PyValue | null {
  if (!gen.started || gen.finished) return null;
  const frame = gen.frame;
  const next = frame.code.instructions[frame.pc];
  // After YIELD_VALUE inside a SEND loop comes RESUME with oparg 2 (yield from) or 3 (await).
  if ((next & 255) === 149 && (next >> 8 & 3) >= 2) return frame.stack[frame.sp - 1];
  return null;
}

function throwInto(gen: PyGenerator, exc: PyBaseException): PyValue {
  const inner = delegate(gen);
  if (inner !== null) {
    let r: PyValue | undefined;
    let raised: PyBaseException | null = null;
    try {
      if (exc.type.isSubtypeOf(GeneratorExit)) {
        closeIterator(inner);
        raised = exc;
      } else if (inner instanceof PyGenerator) r = throwInto(inner, exc);
      else {
        const m = getAttrOrUndefined(inner, 'throw');
        if (m === undefined) raised = exc;
        else r = call(m, [exc]);
      }
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      raised = e;
    }
    if (raised === null) return r!;
    // The delegate finished or refused: raise in our frame at the `yield from`, where
    // CLEANUP_THROW turns a StopIteration into the value of the expression.
    exc = raised;
  }
  const r = resume(gen, None, exc);
  if (r.done) {
    if (gen.type === AsyncGeneratorType) throw newException(StopAsyncIteration);
    throw stopIteration(r.value);
  }
  return r.value;
}

function closeIterator(it: PyValue): void {
  if (it instanceof PyGenerator) {
    closeGenerator(it);
    return;
  }
  const m = getAttrOrUndefined(it, 'close');
  if (m !== undefined) call(m, []);
}

export function closeGenerator(gen: PyGenerator): PyValue {
  if (!gen.started || gen.finished) {
    gen.finished = true;
    return None;
  }
  try {
    throwInto(gen, newException(GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(GeneratorExit)) return None;
    // 3.13: a generator that returns on GeneratorExit gives close() its value.
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) return e.fields?.value ?? None;
    throw e;
  }
  throw runtimeError(`${gen.kind} ignored GeneratorExit`);
}

/** Normalizes throw()'s (type, value, tb) or (instance) arguments. */
function thrownException(args: PyValue[]): PyBaseException {
  const [t, v] = args;
  if (t instanceof PyBaseException) return t;
  if (t instanceof PyTypeClass) {
    const e = v === undefined || v === None ? call(t, []) : v instanceof PyBaseException ? v : call(t, [v]);
    if (e instanceof PyBaseException) return e;
  }
  throw typeError('exceptions must be classes or instances deriving from BaseException, not ' + typeOf(t).name);
}

/** SEND: one step of `yield from`/`await`; out.done says the delegate returned (its value). */
export function send(receiver: PyValue, value: PyValue): PyValue {
  if (receiver instanceof PyGenerator && receiver.type !== AsyncGeneratorType) {
    const r = resume(receiver, value, null);
    out.done = r.done;
    return r.value;
  }
  try {
    let r: PyValue;
    if (value === None && receiver instanceof NativeIterator) {
      const v = receiver.next();
      if (v === undefined) {
        out.done = true;
        return None;
      }
      r = v;
    } else if (value === None) r = callMethodDescriptor(typeOf(receiver).lookup('__next__')!, receiver, []);
    else r = call(getAttr(receiver, 'send'), [value]);
    out.done = false;
    return r;
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(StopIteration)) {
      out.done = true;
      return e.fields?.value ?? (e.args.items.length > 0 ? e.args.items[0] : None);
    }
    throw e;
  }
}

export function getYieldFromIter(frame: Frame, iterable: PyValue): PyValue {
  if (iterable instanceof PyGenerator) {
    if (iterable.type === CoroutineType && (frame.code.flags & (CodeFlag.CO_COROUTINE | CodeFlag.CO_ITERABLE_COROUTINE)) === 0) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return iterable;
  }
  return getIter(iterable);
}

export function getAwaitable(v: PyValue, oparg: number): PyValue {
  if (v instanceof PyGenerator && v.type === CoroutineType) {
    if (delegate(v) !== null) throw runtimeError('coroutine is being awaited already');
    return v;
  }
  if (v instanceof PyGenerator && v.type === GeneratorType && (v.frame.code.flags & CodeFlag.CO_ITERABLE_COROUTINE) !== 0) return v;
  const m = typeOf(v).lookup('__await__');
  if (m === undefined) {
    if (oparg === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeOf(v).name}`);
    if (oparg === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeOf(v).name}`);
    throw typeError(`object ${typeOf(v).name} can't be used in 'await' expression`);
  }
  const it = callMethodDescriptor(m, v, []);
  if (it instanceof PyGenerator && it.type === CoroutineType) throw typeError('__await__() returned a coroutine');
  if (!(it instanceof NativeIterator) && typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

// ---- async generators: __anext__ and asend() give awaitables that step the generator.

const AsyncGenWrappedType = newBuiltinType('async_generator_wrapped_value');
const AsyncGenASendType = newBuiltinType('async_generator_asend');

export class AsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(AsyncGenWrappedType);
  }
}

export function asyncGenWrap(v: PyValue): PyValue {
  return new AsyncGenWrapped(v);
}

/** The awaitable of `agen.__anext__()`/`asend(v)`/`athrow(e)`: finishes with the next yielded value. */
class AsyncGenASend extends NativeIterator {
  private sent = false;
  constructor(
    readonly gen: PyGenerator,
    readonly value: PyValue,
    readonly thrown: PyBaseException | null,
    /** aclose(): GeneratorExit thrown in; the generator must finish rather than yield. */
    readonly closing = false,
  ) {
    super(AsyncGenASendType);
  }
  step(value: PyValue, thrown: PyBaseException | null): PyValue {
    if (!this.closing) return this.resumeGenerator(value, thrown);
    if (!this.sent && (!this.gen.started || this.gen.finished)) {
      this.sent = true;
      this.gen.finished = true;
      throw stopIteration(None);
    }
    try {
      this.resumeGenerator(value, thrown);
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtypeOf(GeneratorExit) || e.type.isSubtypeOf(StopAsyncIteration))) {
        throw stopIteration(None);
      }
      throw e;
    }
    throw runtimeError('async generator ignored GeneratorExit');
  }
  private resumeGenerator(value: PyValue, thrown: PyBaseException | null): PyValue {
    let r: Resumed;
    if (!this.sent) {
      this.sent = true;
      r = this.thrown !== null ? { value: throwInto(this.gen, this.thrown), done: false } : resume(this.gen, this.value, null);
    } else r = thrown !== null ? { value: throwInto(this.gen, thrown), done: false } : resume(this.gen, value, null);
    if (r.done) throw newException(StopAsyncIteration);
    if (r.value instanceof AsyncGenWrapped) throw stopIteration(r.value.value);
    return r.value;
  }
  next(): PyValue | undefined {
    return this.step(None, null);
  }
}

defineMethods(AsyncGenASendType, {
  __await__: (self) => self,
  __iter__: (self) => self,
  __next__: (self) => (self as AsyncGenASend).step(None, null),
  send: (self, args) => (self as AsyncGenASend).step(args[0], null),
  throw: (self, args) => (self as AsyncGenASend).step(None, thrownException(args)),
  close: () => None,
});

export function getAiter(obj: PyValue): PyValue {
  const m = typeOf(obj).lookup('__aiter__');
  if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(obj).name}`);
  const it = callMethodDescriptor(m, obj, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

export function getAnext(aiter: PyValue): PyValue {
  if (aiter instanceof PyGenerator && aiter.type === AsyncGeneratorType) return new AsyncGenASend(aiter, None, null);
  const m = typeOf(aiter).lookup('__anext__');
  if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).name}`);
  const awaitable = callMethodDescriptor(m, aiter, []);
  try {
    return getAwaitable(awaitable, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === typeError('').type) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeOf(awaitable).name}`);
    }
    throw e;
  }
}

export function endAsyncFor(ts: ThreadState, exc: PyValue): void {
  if (exc instanceof PyBaseException && exc.type.isSubtypeOf(StopAsyncIteration)) return;
  ts.reraising = true;
  throw exc;
}

// ---- the Python-visible methods

function gen(self: PyValue): PyGenerator {
  return self as PyGenerator;
}

for (const type of [GeneratorType, CoroutineType]) {
  defineMethods(type, {
    send: (self, args) => sendOrStop(gen(self), args[0] ?? None),
    throw: (self, args) => throwInto(gen(self), thrownException(args)),
    close: (self) => closeGenerator(gen(self)),
    __repr__: (self) => `<${type === GeneratorType ? 'generator' : 'coroutine'} object ${gen(self).qualname} at ${addressOf(self)}>`,
  });
  defineGetSet(type, '__name__', (self) => gen(self).name);
  defineGetSet(type, '__qualname__', (self) => gen(self).qualname);
}
defineMethods(GeneratorType, {
  __iter__: (self) => self,
  __next__: (self) => sendOrStop(gen(self), None),
});
defineGetSet(GeneratorType, 'gi_running', (self) => gen(self).running);
defineGetSet(GeneratorType, 'gi_frame', (self) => (gen(self).finished ? None : gen(self).frame));
defineGetSet(GeneratorType, 'gi_code', (self) => gen(self).frame.code);
defineGetSet(GeneratorType, 'gi_yieldfrom', (self) => delegate(gen(self)) ?? None);
defineGetSet(GeneratorType, 'gi_suspended', (self) => gen(self).started && !gen(self).finished && !gen(self).running);
defineGetSet(CoroutineType, 'cr_running', (self) => gen(self).running);
defineGetSet(CoroutineType, 'cr_frame', (self) => (gen(self).finished ? None : gen(self).frame));
defineGetSet(CoroutineType, 'cr_code', (self) => gen(self).frame.code);
defineGetSet(CoroutineType, 'cr_await', (self) => delegate(gen(self)) ?? None);

const CoroutineWrapperType = newBuiltinType('coroutine_wrapper');
class CoroutineWrapper extends NativeIterator {
  constructor(readonly coro: PyGenerator) {
    super(CoroutineWrapperType);
  }
  next(): PyValue | undefined {
    return this.coro.next();
  }
}
defineMethods(CoroutineWrapperType, {
  __iter__: (self) => self,
  __next__: (self) => sendOrStop((self as CoroutineWrapper).coro, None),
  send: (self, args) => sendOrStop((self as CoroutineWrapper).coro, args[0]),
  throw: (self, args) => throwInto((self as CoroutineWrapper).coro, thrownException(args)),
  close: (self) => closeGenerator((self as CoroutineWrapper).coro),
});
defineMethods(CoroutineType, { __await__: (self) => new CoroutineWrapper(gen(self)) });

defineMethods(AsyncGeneratorType, {
  __aiter__: (self) => self,
  __anext__: (self) => new AsyncGenASend(gen(self), None, null),
  asend: (self, args) => new AsyncGenASend(gen(self), args[0], null),
  athrow: (self, args) => new AsyncGenASend(gen(self), None, thrownException(args)),
  aclose: (self) => new AsyncGenASend(gen(self), None, newException(GeneratorExit), true),
  __repr__: (self) => `<async_generator object ${gen(self).qualname} at ${addressOf(self)}>`,
});
defineGetSet(AsyncGeneratorType, '__name__', (self) => gen(self).name);
defineGetSet(AsyncGeneratorType, '__qualname__', (self) => gen(self).qualname);
defineGetSet(AsyncGeneratorType, 'ag_running', (self) => gen(self).running);
defineGetSet(AsyncGeneratorType, 'ag_frame', (self) => (gen(self).finished ? None : gen(self).frame));
defineGetSet(AsyncGeneratorType, 'ag_code', (self) => gen(self).frame.code);
