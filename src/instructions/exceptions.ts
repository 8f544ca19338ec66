// Raising and handling exceptions, and the `with` statement's entry and exit. Handlers are
// found through the code's exception table; the pseudo-instructions that build it are in
// pseudo.ts (SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK).
import { Definition, inst } from './define';

export const EXCEPTIONS: readonly Definition[] = [
  // `raise` (oparg 0: re-raise the current exception), `raise exc` (1), `raise exc from cause` (2).
  inst('RAISE_VARARGS', 101, 'args[oparg] --', { flags: ['arg', 'scope-exit'], body: 'rt.raiseVarargs(ts, stack, args, oparg);' }),
  // Re-raises the exception on top; a nonzero oparg first restores f_lasti from the value
  // below it, which SETUP_CLEANUP's handler entry pushed.
  inst('RERAISE', 102, 'values[oparg], exc -- values[oparg]', { flags: ['arg', 'scope-exit'], body: `if (oparg) ts.reraiseLasti = rt.lastiOf(stack[values]);
ts.reraising = true;
throw exc;` }),
  // At a handler's start: saves the exception being handled and makes `new_exc` current.
  inst('PUSH_EXC_INFO', 33, 'new_exc -- prev_exc, new_exc', { body: `prev_exc = ts.handled;
ts.handled = new_exc;` }),
  // At a handler's end: restores the exception that was being handled before it.
  inst('POP_EXCEPT', 31, 'exc_value --', { body: 'ts.handled = exc_value;' }),
  // `except T:` — is the exception an instance of T? Keeps the exception.
  inst('CHECK_EXC_MATCH', 7, 'left, right -- left, b', { body: 'b = rt.checkExcMatch(left, right);' }),
  // `except* T:` — splits the exception group into the part that does not match and the part that does.
  inst('CHECK_EG_MATCH', 6, 'exc_value, match_type -- rest, match', { body: `rest = rt.checkEgMatch(exc_value, match_type);
match = rt.out.match;` }),
  // `assert` without -O: AssertionError itself, which cannot be shadowed.
  inst('LOAD_ASSERTION_ERROR', 23, '-- value', { body: 'value = rt.AssertionError;' }),
  // The handler around a `yield from` / `await` that an exception was thrown into: a
  // StopIteration becomes the value of the expression, anything else is re-raised.
  inst('CLEANUP_THROW', 8, 'sub_iter, last_sent_val, exc_value -- none, value', { body: `value = rt.cleanupThrow(ts, exc_value);
none = rt.None;` }),

  // ---- with statements: look up __exit__ and call __enter__ (async: __aexit__, __aenter__)
  inst('BEFORE_WITH', 2, 'mgr -- exit, res', { body: `res = rt.beforeWith(mgr);
exit = rt.out.exit;` }),
  inst('BEFORE_ASYNC_WITH', 1, 'mgr -- exit, res', { body: `res = rt.beforeAsyncWith(mgr);
exit = rt.out.exit;` }),
  // In the handler: calls __exit__, which lies three below the exception, with the exception.
  inst('WITH_EXCEPT_START', 44, 'exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res', { body: 'res = rt.withExceptStart(exit_func, val);' }),
];
