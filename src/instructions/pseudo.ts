// Pseudo-instructions (opcodes from 256): the compiler emits them and the flow-graph passes
// reason about them; none survives into bytecode. The assembler replaces each by one of its
// targets (`_PyOpcode_PseudoTargets`), or by nothing when the target is NOP.
import { Definition, pseudo } from './define';

export const PSEUDO: readonly Definition[] = [
  // ---- jumps whose direction is known only once the blocks are laid out
  pseudo('JUMP', 256, '--', ['JUMP_FORWARD', 'JUMP_BACKWARD'], {
    flags: ['arg', 'jump', 'unconditional'],
    jump: 'either',
  }),
  // A jump that must not check the eval breaker even when it goes backward.
  pseudo('JUMP_NO_INTERRUPT', 257, '--', ['JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT'], {
    flags: ['arg', 'jump', 'unconditional'],
    jump: 'either',
  }),

  // ---- exception handlers. Each pushes a handler at its jump target for the code up to the
  // matching POP_BLOCK; from them the assembler builds the exception table. Their stack effect
  // happens only on the way into the handler (`dis.stack_effect(..., jump=True)`); falling
  // through, they change nothing.
  // A handler that receives the exception.
  pseudo('SETUP_FINALLY', 265, '-- exc', ['NOP'], { flags: ['arg', 'exc'] }),
  // A handler that also receives the offset of the instruction that raised (for RERAISE 1).
  pseudo('SETUP_CLEANUP', 264, '-- lasti, exc', ['NOP'], { flags: ['arg', 'exc'] }),
  // The handler of a `with` block: `res`, the value of __enter__, is gone by then, and the
  // handler receives the raising offset and the exception above __exit__.
  pseudo('SETUP_WITH', 266, 'res -- lasti, exc', ['NOP'], { flags: ['arg', 'exc'] }),
  pseudo('POP_BLOCK', 263, '--', ['NOP']),

  // ---- loads and stores that become a real instruction with a different oparg encoding
  // A cell for a closure; becomes LOAD_FAST of the cell's index among the locals.
  pseudo('LOAD_CLOSURE', 258, '-- value', ['LOAD_FAST'], { flags: ['arg', 'local'] }),
  // STORE_FAST of a value that may be NULL (restoring a comprehension's saved variable).
  pseudo('STORE_FAST_MAYBE_NULL', 267, 'value --', ['STORE_FAST'], { flags: ['arg', 'local'] }),
  // LOAD_ATTR with the method bit set, and LOAD_SUPER_ATTR with its bits set for the method
  // and zero-argument forms. CPython's compiler rewrites these four into the real instruction
  // and oparg as it emits them, so their stack effects never enter a stack-depth computation.
  // They are CPython's numbers (`dis.stack_effect`), which for LOAD_ZERO_SUPER_ATTR is one
  // more than that of the LOAD_SUPER_ATTR it becomes.
  pseudo('LOAD_METHOD', 259, 'self -- method, self_or_null', ['LOAD_ATTR'], { flags: ['arg', 'name'] }),
  pseudo('LOAD_SUPER_METHOD', 260, 'global_super, class, self -- attr, self_or_null', ['LOAD_SUPER_ATTR'], {
    flags: ['arg', 'name'],
  }),
  pseudo('LOAD_ZERO_SUPER_METHOD', 262, 'global_super, class, self -- attr, self_or_null', ['LOAD_SUPER_ATTR'], {
    flags: ['arg', 'name'],
  }),
  pseudo('LOAD_ZERO_SUPER_ATTR', 261, 'global_super, class, self -- attr, unused', ['LOAD_SUPER_ATTR'], {
    flags: ['arg', 'name'],
  }),
];
