// Generators and coroutines: creating the generator object, yielding, delegating with
// `yield from` / `await` through SEND, and the async iteration protocol.
import { Definition, family, inst } from './define';

export const GENERATORS: readonly Definition[] = [
  // First instruction of a generator, coroutine or async generator function: turns the
  // frame into a generator object and returns it to the caller.
  inst('RETURN_GENERATOR', 35, '-- res', { body: `frame.pc = pc;
RETURN(rt.makeGenerator(frame));` }),
  // The oparg is 1 for the yield inside a `yield from` or `await`, 0 for a plain `yield`.
  inst('YIELD_VALUE', 118, 'retval -- value', { flags: ['arg'], body: 'YIELD(retval);' }),
  // Sends `v` into `receiver` and pushes what it yields; when it returns instead, the return
  // value replaces `v` and SEND jumps forward by its oparg.
  family(inst('SEND', 104, 'receiver, v -- receiver, retval', { flags: ['arg', 'jump'], jump: 'forward', cache: 'counter/1', body: `retval = rt.send(receiver, v);
if (rt.out.done) JUMPBY(oparg);` }), [
    // The receiver is a generator or coroutine: resumes it in a pushed frame.
    inst('SEND_GEN', 208, 'receiver, v -- receiver, unused', { flags: ['arg'] }),
  ]),
  // Drops the receiver below the final value of a `yield from` / `await`.
  inst('END_SEND', 12, 'receiver, value -- value', { body: '' }),
  // `yield from x`: x itself when it is a generator (or a coroutine, inside an iterable
  // coroutine), else iter(x).
  inst('GET_YIELD_FROM_ITER', 21, 'iterable -- iter', { body: 'iter = rt.getYieldFromIter(frame, iterable);' }),
  // `await x`: the iterator of x's __await__. The oparg says where it stands (1 after
  // __aenter__, 2 after __aexit__), for the error message.
  inst('GET_AWAITABLE', 73, 'iterable -- iter', { flags: ['arg'], body: 'iter = rt.getAwaitable(iterable, oparg);' }),
  // `async for`: __aiter__, then __anext__ on each iteration.
  inst('GET_AITER', 16, 'obj -- iter', { body: 'iter = rt.getAiter(obj);' }),
  inst('GET_ANEXT', 18, 'aiter -- aiter, awaitable', { body: 'awaitable = rt.getAnext(aiter);' }),
  // The handler ending an `async for`: StopAsyncIteration ends the loop, anything else is re-raised.
  inst('END_ASYNC_FOR', 10, 'awaitable, exc --', { body: 'rt.endAsyncFor(ts, exc);' }),
];
