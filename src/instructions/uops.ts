// The micro-operations of tier 2 (DESIGN.md §3, §5): what a trace is made of.
//
// Most uops come from the instructions themselves: a family member or plain instruction whose
// body runs straight through (no jump, no frame change, no write to the loop's own state) is
// one uop of the same name with a leading underscore (`_BINARY_OP_ADD_FLOAT`, `_LOAD_FAST`),
// its DEOPT_IFs becoming exits to the instruction. generate-uops.ts derives them.
//
// The uops written here are the ones tier 2 needs that no tier-1 body gives: the guards that
// replace branches, the split forms of FOR_ITER's members (check, exhaustion guard, next), and
// the trace's own control (_JUMP_TO_TOP, _EXIT_TRACE, _CHECK_VALIDITY), which the backends
// implement themselves. A body uses the names of its stack items, `rt`, `frame`, `ts`,
// `stack`, `oparg`, CACHE(name), and EXIT_IF(cond): leave the trace when cond holds, to the
// exit the translator gave this uop (the instruction itself unless the uop says otherwise).

import type { RecordedValue } from './define';

/** How the recorder reads each value a family head records, from the stack before it runs. */
export const RECORDERS: Readonly<Record<RecordedValue, string>> = {
  TOS: 'stack[sp - 1]',
  NOS: 'stack[sp - 2]',
  CALLABLE: 'stack[sp - 2 - oparg]',
};

/**
 * Projections of a recorded raw value into what the translator consumes (CPython's record
 * transforms), as bodies of `value`: generated into one switch, `project`.
 */
export const PROJECTIONS: Readonly<Record<string, string>> = {
  // The class whose version a guard on the value checks: a class for itself, else its class.
  TYPE: `if (value instanceof rt.PyType) return value;
return typeof value === 'object' && value !== null ? value.type : null;`,
  // The Python function whose frame a call of the value pushes, if it pushes one.
  FUNCTION: `if (value instanceof rt.PyFunction) return value;
if (value instanceof rt.PyMethod && value.func instanceof rt.PyFunction) return value.func;
if (value instanceof rt.PyType && value.specInit instanceof rt.PyFunction) return value.specInit;
return null;`,
  // The version the call's guard checks for it: a class's for a class, else its function's.
  GUARDED_VERSION: `if (value instanceof rt.PyType) return value.version;
const f = project(Projection.FUNCTION, value);
return f === null ? -1 : f.version;`,
};

export interface UopDefinition {
  readonly name: string;
  /** The stack effect, in the notation of the instructions (stack-notation.ts). */
  readonly stack: string;
  /** The body; null for the uops each backend implements itself. */
  readonly body: string | null;
  /**
   * Where EXIT_IF leaves to: 'instruction' (the instruction, its inputs still on the stack),
   * 'branch' (the path the recording did not take, the condition popped), 'loop-end' (past the
   * END_FOR and POP_TOP that end a for loop, the iterator popped).
   */
  readonly exit?: 'instruction' | 'branch' | 'loop-end';
  /** The family head whose inline cache CACHE() reads. */
  readonly cacheOf?: string;
}

function iterUops(kind: 'LIST' | 'TUPLE' | 'RANGE', jsClass: string, exhausted: string, next: string): UopDefinition[] {
  return [
    { name: `_ITER_CHECK_${kind}`, stack: 'iter -- iter', body: `EXIT_IF(!(iter instanceof rt.${jsClass}));` },
    { name: `_GUARD_NOT_EXHAUSTED_${kind}`, stack: 'iter -- iter', exit: 'loop-end', body: exhausted },
    { name: `_ITER_NEXT_${kind}`, stack: 'iter -- iter, next', body: next },
  ];
}

export const HAND_WRITTEN_UOPS: readonly UopDefinition[] = [
  // Branches: the recording saw which way the jump went; the guard leaves for the other way.
  { name: '_GUARD_IS_TRUE_POP', stack: 'flag --', exit: 'branch', body: 'EXIT_IF(flag !== true);' },
  { name: '_GUARD_IS_FALSE_POP', stack: 'flag --', exit: 'branch', body: 'EXIT_IF(flag !== false);' },
  { name: '_GUARD_IS_NONE_POP', stack: 'val --', exit: 'branch', body: 'EXIT_IF(val !== rt.None);' },
  { name: '_GUARD_IS_NOT_NONE_POP', stack: 'val --', exit: 'branch', body: 'EXIT_IF(val === rt.None);' },
  // FOR_ITER's members in three steps. An exhausted list or tuple iterator forgets its
  // sequence, as tier 1's does, before the loop is left.
  ...iterUops(
    'LIST',
    'ListIterator',
    `if (iter.list !== null && iter.index >= iter.list.items.length) iter.list = null;
EXIT_IF(iter.list === null);`,
    'next = iter.list.items[iter.index++];',
  ),
  ...iterUops(
    'TUPLE',
    'TupleIterator',
    `if (iter.items !== null && iter.index >= iter.items.length) iter.items = null;
EXIT_IF(iter.items === null);`,
    'next = iter.items[iter.index++];',
  ),
  ...iterUops(
    'RANGE',
    'RangeIterator',
    'EXIT_IF(iter.remaining <= 0);',
    `next = iter.nextValue;
iter.nextValue += iter.step;
iter.remaining--;`,
  ),
  // FOR_ITER unspecialized: any iterator; exhaustion leaves past the loop.
  { name: '_FOR_ITER_TIER_TWO', stack: 'iter -- iter, next', exit: 'loop-end', body: `next = rt.iterNext(iter);
EXIT_IF(next === undefined);` },
  // `lst.append(x)` as a statement: tier 1 skips the POP_TOP after it; so does the trace.
  {
    name: '_CALL_LIST_APPEND',
    stack: 'callable, self, arg --',
    cacheOf: 'CALL',
    body: `EXIT_IF(callable !== CACHE(func_version) || !(self instanceof rt.PyList) || self.type !== rt.ListType);
self.items.push(arg);`,
  },
  // GET_ITER, whose tier-1 body reads the loop's own state to note a generator's loop.
  {
    name: '_GET_ITER',
    stack: 'iterable -- iter',
    body: `iter = rt.getIter(iterable);
if (iter instanceof rt.PyGenerator) rt.noteLoopGenerator(iter, frame, frame.code.instructions, frame.at);`,
  },
  // Calls of Python functions, followed into the callee: the version guard pins the code
  // (and defaults) the trace inlined; _PUSH_FRAME and _RETURN_VALUE change frames, which each
  // backend does itself.
  {
    name: '_CHECK_FUNCTION_VERSION',
    stack: 'callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg]',
    cacheOf: 'CALL',
    body: 'EXIT_IF(!(callable instanceof rt.PyFunction) || callable.version !== CACHE(func_version));',
  },
  {
    name: '_CHECK_METHOD_VERSION',
    stack: 'callable, null, unused[oparg] -- callable, null, unused[oparg]',
    cacheOf: 'CALL',
    body: `EXIT_IF(null_ !== null || !(callable instanceof rt.PyMethod) || !(callable.func instanceof rt.PyFunction));
EXIT_IF(callable.func.version !== CACHE(func_version));`,
  },
  { name: '_EXPAND_METHOD', stack: 'method, null, unused[oparg] -- func, self, unused[oparg]', body: `func = method.func;
self = method.self;` },
  // A class whose __init__ is a Python function: the instance is made here and __init__'s
  // frame pushed with it; its return gives the caller the instance (tier 1's initSelf).
  {
    name: '_CHECK_AND_ALLOCATE_OBJECT',
    stack: 'callable, null, unused[oparg] -- init, self, unused[oparg]',
    cacheOf: 'CALL',
    body: `EXIT_IF(!(callable instanceof rt.PyType) || null_ !== null || callable.version !== CACHE(func_version));
init = callable.specInit;
EXIT_IF(init === null || init.version !== callable.specInitVersion);
self = rt.allocInstance(callable);`,
  },
  { name: '_PUSH_FRAME', stack: 'callable, self_or_null, args[oparg] --', body: null },
  { name: '_PUSH_INIT_FRAME', stack: 'callable, self_or_null, args[oparg] --', body: null },
  { name: '_RETURN_VALUE', stack: 'retval --', body: null },
  // Before a return out of the trace's first frame: the caller is the one recorded, running in
  // this loop (not native code waiting for the result), and the frame is no __init__.
  { name: '_GUARD_CALLER', stack: '--', body: null },
  // The trace's own control, which each backend implements.
  { name: '_CHECK_VALIDITY', stack: '--', body: null },
  { name: '_JUMP_TO_TOP', stack: '--', body: null },
  { name: '_EXIT_TRACE', stack: '--', body: null },
];

/** Instructions lowered to hand-written uops rather than to the uop of their own body. */
export const HAND_LOWERED: Readonly<Record<string, readonly string[]>> = {
  GET_ITER: ['_GET_ITER'],
  FOR_ITER: ['_FOR_ITER_TIER_TWO'],
  CALL_LIST_APPEND: ['_CALL_LIST_APPEND'],
  CALL_PY_EXACT_ARGS: ['_CHECK_FUNCTION_VERSION', '_PUSH_FRAME'],
  CALL_PY_GENERAL: ['_CHECK_FUNCTION_VERSION', '_PUSH_FRAME'],
  CALL_BOUND_METHOD_EXACT_ARGS: ['_CHECK_METHOD_VERSION', '_EXPAND_METHOD', '_PUSH_FRAME'],
  CALL_BOUND_METHOD_GENERAL: ['_CHECK_METHOD_VERSION', '_EXPAND_METHOD', '_PUSH_FRAME'],
  CALL_ALLOC_AND_ENTER_INIT: ['_CHECK_AND_ALLOCATE_OBJECT', '_PUSH_INIT_FRAME'],
  RETURN_VALUE: ['_RETURN_VALUE'],
  RETURN_CONST: ['_LOAD_CONST', '_RETURN_VALUE'],
  FOR_ITER_LIST: ['_ITER_CHECK_LIST', '_GUARD_NOT_EXHAUSTED_LIST', '_ITER_NEXT_LIST'],
  FOR_ITER_TUPLE: ['_ITER_CHECK_TUPLE', '_GUARD_NOT_EXHAUSTED_TUPLE', '_ITER_NEXT_TUPLE'],
  FOR_ITER_RANGE: ['_ITER_CHECK_RANGE', '_GUARD_NOT_EXHAUSTED_RANGE', '_ITER_NEXT_RANGE'],
};
