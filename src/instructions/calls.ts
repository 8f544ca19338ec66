// Calls, returns and function objects: CALL and its family, CALL_KW, CALL_FUNCTION_EX,
// function creation, RESUME at the start of every code object, and RETURN_*.
import { Definition, family, inst } from './define';

/**
 * CALL and CALL_KW: a bound method's function is called with its instance in the NULL slot; a
 * Python function gets a frame pushed, anything else is called natively. `kwnames` is the
 * keyword names (a JS expression), or null.
 */
function callBody(kwnames: string): string {
  return `let func = callable;
let start = args;
let n = oparg;
if (self_or_null !== null) {
  start--;
  n++;
} else if (func instanceof rt.PyMethod) {
  stack[args - 1] = func.self;
  func = func.func;
  start--;
  n++;
}
if (func instanceof rt.PyFunction) PUSH_FRAME(rt.framePyCall(ts, func, stack, start, n, ${kwnames}));
// Native code may read the running line (warnings, sys._getframe().f_lineno): record it.
frame.at = at;
res = rt.callNative(func, stack, start, n, ${kwnames});`;
}

/** What every CALL member takes: the callable, `self` or NULL, and oparg arguments. */
const CALL_INPUTS = 'callable, self_or_null, args[oparg]';

export const CALLS: readonly Definition[] = [
  // ---- function entry. oparg says where the frame resumes: at the start (0), after a yield
  // (1), after a yield from (2), after an await (3); bit 2 says the yield is at except-depth 1.
  family(inst('RESUME', 149, '--', { flags: ['arg'], body: '' }), [
    // RESUME once the code is known to match the current instrumentation: it only checks
    // that still holds, and the eval breaker.
    inst('RESUME_CHECK', 207, '--'),
  ]),

  // ---- calls. The callable sits below `self` (a bound method's instance, or NULL when there
  // is none) and the oparg arguments.
  family(inst('CALL', 53, `${CALL_INPUTS} -- res`, { flags: ['arg'], cache: 'counter/1, func_version/2', body: callBody('null') }), [
    // The members that call a Python function push its frame instead of a result: the callee's
    // return pushes the result, so they push nothing themselves.
    inst('CALL_BOUND_METHOD_EXACT_ARGS', 163, `${CALL_INPUTS} --`, { flags: ['arg'] }),
    inst('CALL_PY_EXACT_ARGS', 177, `${CALL_INPUTS} --`, { flags: ['arg'] }),
    inst('CALL_TYPE_1', 181, 'callable, null, arg -- res', { flags: ['arg'] }),
    inst('CALL_STR_1', 179, 'callable, null, arg -- res', { flags: ['arg'] }),
    inst('CALL_TUPLE_1', 180, 'callable, null, arg -- res', { flags: ['arg'] }),
    inst('CALL_BUILTIN_CLASS', 165, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_BUILTIN_O', 168, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_BUILTIN_FAST', 166, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_BUILTIN_FAST_WITH_KEYWORDS', 167, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_LEN', 170, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_ISINSTANCE', 169, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    // `lst.append(x)` as a statement. CPython declares CALL's one result for it, but it skips
    // the POP_TOP that follows instead of pushing a result for it to discard.
    inst('CALL_LIST_APPEND', 171, 'callable, self, arg -- unused', { flags: ['arg'] }),
    inst('CALL_METHOD_DESCRIPTOR_O', 175, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 173, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_METHOD_DESCRIPTOR_NOARGS', 174, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_METHOD_DESCRIPTOR_FAST', 172, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    // Calling a class whose __init__ is a Python function: allocates the instance and pushes
    // a frame for __init__, whose result EXIT_INIT_CHECK checks before the instance is returned.
    inst('CALL_ALLOC_AND_ENTER_INIT', 162, `${CALL_INPUTS} -- unused`, { flags: ['arg'] }),
    inst('CALL_PY_GENERAL', 178, `${CALL_INPUTS} --`, { flags: ['arg'] }),
    inst('CALL_BOUND_METHOD_GENERAL', 164, `${CALL_INPUTS} --`, { flags: ['arg'] }),
    inst('CALL_NON_PY_GENERAL', 176, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
  ]),
  // As CALL, with a tuple of keyword names on top; the last len(kwnames) arguments are keywords.
  inst('CALL_KW', 57, `${CALL_INPUTS}, kwnames -- res`, { flags: ['arg'], body: callBody('kwnames.items') }),
  // `f(*args, **kwargs)`: a tuple of positional arguments, and a dict of keywords when oparg & 1.
  inst('CALL_FUNCTION_EX', 54, 'func, unused, callargs, kwargs if (oparg & 1) -- result', { flags: ['arg'], body: `if (func instanceof rt.PyFunction) PUSH_FRAME(rt.frameForCallEx(ts, func, callargs, kwargs));
result = rt.callEx(func, callargs, kwargs);` }),
  // Checks that __init__ returned None, after CALL_ALLOC_AND_ENTER_INIT.
  inst('EXIT_INIT_CHECK', 13, 'should_be_none --', { body: 'if (should_be_none !== rt.None) throw rt.initReturnedNonNone(should_be_none);' }),

  // ---- function objects: MAKE_FUNCTION makes a bare function from a code object, then one
  // SET_FUNCTION_ATTRIBUTE per extra (oparg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure).
  inst('MAKE_FUNCTION', 26, 'codeobj -- func', { body: 'func = rt.makeFunction(frame, codeobj);' }),
  inst('SET_FUNCTION_ATTRIBUTE', 106, 'attr, func -- func', { flags: ['arg'], body: 'rt.setFunctionAttribute(func, oparg, attr);' }),

  // ---- returns
  inst('RETURN_VALUE', 36, 'retval --', { flags: ['scope-exit'], body: 'RETURN(retval);' }),
  inst('RETURN_CONST', 103, '--', { flags: ['arg', 'const', 'scope-exit'], body: 'RETURN(consts[oparg]);' }),
];
