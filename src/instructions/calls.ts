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
res = rt.callNative(func, stack, start, n, ${kwnames});`;
}

/**
 * A Python function of the cached version, called with its frame pushed; exact or general is
 * the specializer's choice, and framePyCall binds either way (its first check is the exact case).
 */
const PY_CALL = `DEOPT_IF(!(callable instanceof rt.PyFunction) || callable.version !== CACHE(func_version));
PUSH_FRAME(self_or_null === null ? rt.framePyCall(ts, callable, stack, args, oparg, null) : rt.framePyCall(ts, callable, stack, args - 1, oparg + 1, null));`;

/** A bound method of a Python function of the cached version: its instance goes in the NULL slot. */
const BOUND_METHOD_CALL = `DEOPT_IF(self_or_null !== null || !(callable instanceof rt.PyMethod) || !(callable.func instanceof rt.PyFunction) || callable.func.version !== CACHE(func_version));
stack[args - 1] = callable.self;
PUSH_FRAME(rt.framePyCall(ts, callable.func, stack, args - 1, oparg + 1, null));`;

/** The cached callable, not a Python function, called natively with self (if any) first. */
const NATIVE_CALL = `DEOPT_IF(callable !== CACHE(func_version));
res = self_or_null === null ? rt.callNative(callable, stack, args, oparg, null) : rt.callNative(callable, stack, args - 1, oparg + 1, null);`;

/** What every CALL member takes: the callable, `self` or NULL, and oparg arguments. */
const CALL_INPUTS = 'callable, self_or_null, args[oparg]';

export const CALLS: readonly Definition[] = [
  // ---- function entry. oparg says where the frame resumes: at the start (0), after a yield
  // (1), after a yield from (2), after an await (3); bit 2 says the yield is at except-depth 1.
  // Taipan has no instrumentation yet, so the first RESUME of a code object finds it matching
  // and becomes RESUME_CHECK at once, as CPython's does.
  family(inst('RESUME', 149, '--', { flags: ['arg'], body: 'code[at] = (code[at] & 0xff00) | 207;' }), [
    // RESUME once the code is known to match the current instrumentation: it only checks
    // that still holds, and the eval breaker.
    inst('RESUME_CHECK', 207, '--', { body: '' }),
  ]),

  // ---- calls. The callable sits below `self` (a bound method's instance, or NULL when there
  // is none) and the oparg arguments.
  family(inst('CALL', 53, `${CALL_INPUTS} -- res`, {
    flags: ['arg'],
    cache: 'counter/1, func_version/2',
    body: callBody('null'),
    records: ['CALLABLE'],
    specialize: 'rt.specializeCall(frame.code, at, callable, self_or_null, oparg, frame.builtins);',
  }), [
    // func_version holds a Python function's version, or the callable itself for the others.
    // The members that call a Python function push its frame instead of a result: the callee's
    // return pushes the result, so they push nothing themselves.
    inst('CALL_BOUND_METHOD_EXACT_ARGS', 163, `${CALL_INPUTS} --`, { flags: ['arg'], body: BOUND_METHOD_CALL }),
    inst('CALL_PY_EXACT_ARGS', 177, `${CALL_INPUTS} --`, { flags: ['arg'], body: PY_CALL }),
    inst('CALL_TYPE_1', 181, 'callable, null, arg -- res', { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || null_ !== null);
res = rt.typeOf(arg);` }),
    inst('CALL_STR_1', 179, 'callable, null, arg -- res', { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || null_ !== null);
// str(s) of a str is s; otherwise as CALL would (a __str__ may return a str subclass).
res = typeof arg === 'string' ? arg : rt.callNative(callable, stack, base + 2, 1, null);` }),
    inst('CALL_TUPLE_1', 180, 'callable, null, arg -- res', { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || null_ !== null);
res = arg instanceof rt.PyTuple && arg.type === rt.TupleType ? arg : rt.newTuple(rt.toArray(arg));` }),
    // A built-in class (int(x), list(x), …): its constructor, called as CALL would.
    inst('CALL_BUILTIN_CLASS', 165, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: NATIVE_CALL }),
    inst('CALL_BUILTIN_O', 168, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || self_or_null !== null || oparg !== 1);
res = callable.fn([stack[args]], null);` }),
    inst('CALL_BUILTIN_FAST', 166, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || self_or_null !== null);
res = callable.fn(stack.slice(args, args + oparg), null);` }),
    inst('CALL_BUILTIN_FAST_WITH_KEYWORDS', 167, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_LEN', 170, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || oparg + (self_or_null === null ? 0 : 1) !== 1);
res = rt.lengthOf(self_or_null === null ? stack[args] : self_or_null);` }),
    inst('CALL_ISINSTANCE', 169, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || oparg + (self_or_null === null ? 0 : 1) !== 2);
res = self_or_null === null ? rt.isInstanceOf(stack[args], stack[args + 1]) : rt.isInstanceOf(self_or_null, stack[args]);` }),
    // `lst.append(x)` as a statement. CPython declares CALL's one result for it, but it skips
    // the POP_TOP that follows instead of pushing a result for it to discard.
    inst('CALL_LIST_APPEND', 171, 'callable, self, arg -- unused', { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || !(self instanceof rt.PyList) || self.type !== rt.ListType);
self.items.push(arg);
sp = base;
// The POP_TOP after it, skipped.
pc += 1;
DISPATCH();` }),
    inst('CALL_METHOD_DESCRIPTOR_O', 175, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || self_or_null === null || oparg !== 1);
res = rt.callMethodDescriptor(callable, self_or_null, [stack[args]], null);` }),
    inst('CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 173, `${CALL_INPUTS} -- res`, { flags: ['arg'] }),
    inst('CALL_METHOD_DESCRIPTOR_NOARGS', 174, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || self_or_null === null || oparg !== 0);
res = rt.callMethodDescriptor(callable, self_or_null, [], null);` }),
    inst('CALL_METHOD_DESCRIPTOR_FAST', 172, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable !== CACHE(func_version) || self_or_null === null);
res = rt.callMethodDescriptor(callable, self_or_null, stack.slice(args, args + oparg), null);` }),
    // Calling a class whose __init__ is a Python function: allocates the instance and pushes
    // a frame for __init__, whose result EXIT_INIT_CHECK checks before the instance is returned.
    inst('CALL_ALLOC_AND_ENTER_INIT', 162, `${CALL_INPUTS} -- unused`, { flags: ['arg'], body: `DEOPT_IF(!(callable instanceof rt.PyType) || self_or_null !== null || callable.version !== CACHE(func_version));
const init: any = callable.specInit;
DEOPT_IF(init === null || init.version !== callable.specInitVersion);
const instance = rt.allocInstance(callable);
stack[args - 1] = instance;
const initFrame = rt.framePyCall(ts, init, stack, args - 1, oparg + 1, null);
initFrame.initSelf = instance;
PUSH_FRAME(initFrame);` }),
    inst('CALL_PY_GENERAL', 178, `${CALL_INPUTS} --`, { flags: ['arg'], body: PY_CALL }),
    inst('CALL_BOUND_METHOD_GENERAL', 164, `${CALL_INPUTS} --`, { flags: ['arg'], body: BOUND_METHOD_CALL }),
    inst('CALL_NON_PY_GENERAL', 176, `${CALL_INPUTS} -- res`, { flags: ['arg'], body: `DEOPT_IF(callable instanceof rt.PyFunction || (callable instanceof rt.PyMethod && self_or_null === null));
res = self_or_null === null ? rt.callNative(callable, stack, args, oparg, null) : rt.callNative(callable, stack, args - 1, oparg + 1, null);` }),
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
