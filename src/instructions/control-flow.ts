// Control flow: jumps, conditional jumps, the for-loop protocol, and the instructions the
// interpreter itself needs at the edges of execution (ENTER_EXECUTOR, INTERPRETER_EXIT).
//
// A jump's oparg counts code units from the end of the instruction and its inline cache;
// JUMP_BACKWARD* count back, the others forward (`dis` computes targets so). The compiler
// emits the pseudo jumps JUMP and JUMP_NO_INTERRUPT (pseudo.ts); the assembler turns them into
// JUMP_FORWARD or a backward jump once offsets are known.
import { Definition, family, inst } from './define';

export const CONTROL_FLOW: readonly Definition[] = [
  // ---- unconditional jumps
  inst('JUMP_FORWARD', 79, '--', { flags: ['arg', 'jump', 'unconditional', 'assembler'], jump: 'forward', body: 'JUMPBY(oparg);' }),
  // Checks the eval breaker (signals, other threads) and counts towards loop warm-up.
  inst('JUMP_BACKWARD', 77, '--', {
    flags: ['arg', 'jump', 'unconditional', 'assembler'],
    jump: 'backward',
    cache: 'counter/1',
    // With tier 2 on, the counter warms the loop up (JUMP_BACKWARD_INITIAL_VALUE); when it
    // fires, the loop head is recorded from its next iteration.
    body: `JUMPBY(-oparg);
if (jitOn && tracingMode === 0) {
  if (code[at + 1] < 16) {
    if (rt.startLoopTrace(ts, frame, pc, sp, at)) tracingMode = 255;
  } else {
    code[at + 1] -= 16;
  }
}` }),
  // A backward jump that must not be interrupted (inside `yield from` / `await` loops).
  inst('JUMP_BACKWARD_NO_INTERRUPT', 78, '--', {
    flags: ['arg', 'jump', 'unconditional', 'assembler'],
    jump: 'backward', body: 'JUMPBY(-oparg);' }),

  // ---- conditional jumps: pop the value and jump when it is True / False / None / not None.
  // POP_JUMP_IF_TRUE and _FALSE take a bool (the compiler puts TO_BOOL before them).
  inst('POP_JUMP_IF_FALSE', 97, 'cond --', { flags: ['arg', 'jump'], jump: 'forward', cache: 'counter/1', body: 'if (cond === false) JUMPBY(oparg);' }),
  inst('POP_JUMP_IF_TRUE', 100, 'cond --', { flags: ['arg', 'jump'], jump: 'forward', cache: 'counter/1', body: 'if (cond === true) JUMPBY(oparg);' }),
  inst('POP_JUMP_IF_NONE', 98, 'value --', { flags: ['arg', 'jump'], jump: 'forward', cache: 'counter/1', body: 'if (value === rt.None) JUMPBY(oparg);' }),
  inst('POP_JUMP_IF_NOT_NONE', 99, 'value --', { flags: ['arg', 'jump'], jump: 'forward', cache: 'counter/1', body: 'if (value !== rt.None) JUMPBY(oparg);' }),

  // ---- for loops. FOR_ITER pushes the next value; when the iterator is exhausted it pops the
  // iterator and continues after the END_FOR its oparg points at and the POP_TOP that follows it.
  inst('GET_ITER', 19, 'iterable -- iter', { body: `iter = rt.getIter(iterable);
if (iter instanceof rt.PyGenerator) rt.noteLoopGenerator(iter, frame, code, at);` }),
  family(inst('FOR_ITER', 72, 'iter -- iter, next', {
    flags: ['arg', 'jump'],
    jump: 'forward',
    cache: 'counter/1',
    body: `next = rt.iterNext(iter);
if (next === undefined) {
  // Exhausted: pop the iterator and skip the END_FOR and POP_TOP at the jump target.
  sp = base;
  JUMPBY(oparg + 2);
  DISPATCH();
}`,
    records: ['TOS'],
    specialize: 'rt.specializeForIter(frame.code, at, iter);',
  }), [
    inst('FOR_ITER_LIST', 188, 'iter -- iter, next', { flags: ['arg', 'jump'], body: `DEOPT_IF(!(iter instanceof rt.ListIterator));
const list = iter.list;
if (list === null || iter.index >= list.items.length) {
  iter.list = null;
  // Exhausted: pop the iterator and skip the END_FOR and POP_TOP at the jump target.
  sp = base;
  JUMPBY(oparg + 2);
  DISPATCH();
}
next = list.items[iter.index++];` }),
    inst('FOR_ITER_TUPLE', 190, 'iter -- iter, next', { flags: ['arg', 'jump'], body: `DEOPT_IF(!(iter instanceof rt.TupleIterator));
const items = iter.items;
if (items === null || iter.index >= items.length) {
  iter.items = null;
  // Exhausted: pop the iterator and skip the END_FOR and POP_TOP at the jump target.
  sp = base;
  JUMPBY(oparg + 2);
  DISPATCH();
}
next = items[iter.index++];` }),
    inst('FOR_ITER_RANGE', 189, 'iter -- iter, next', { flags: ['arg', 'jump'], body: `DEOPT_IF(!(iter instanceof rt.RangeIterator));
if (iter.remaining <= 0) {
  // Exhausted: pop the iterator and skip the END_FOR and POP_TOP at the jump target.
  sp = base;
  JUMPBY(oparg + 2);
  DISPATCH();
}
next = iter.nextValue;
iter.nextValue += iter.step;
iter.remaining--;` }),
    // Resumes the generator in a pushed frame; the value arrives when it yields.
    inst('FOR_ITER_GEN', 187, 'iter -- iter', { flags: ['arg'] }),
  ]),
  inst('END_FOR', 11, 'value --', { body: '' }),

  // ---- the interpreter's own
  inst('NOP', 30, '--', { body: '' }),
  // Supplies the high bits of the next instruction's oparg, eight bits per EXTENDED_ARG.
  inst('EXTENDED_ARG', 71, '--', { flags: ['arg'] }),
  // Stands where a trace starts; the oparg indexes the code's executors, which keep the
  // instruction it replaced.
  inst('ENTER_EXECUTOR', 70, '--', { flags: ['arg'] }),
  // Ends the interpreter loop run for a call from the host, returning the value.
  inst('INTERPRETER_EXIT', 22, 'retval --'),
  // The code units of inline caches hold CACHE (opcode 0) in freshly assembled bytecode.
  inst('CACHE', 0, '--'),
  // Never executed: CPython reserves the number for internal use.
  inst('RESERVED', 17, '--'),
];
