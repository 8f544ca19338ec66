// Instrumented instructions: what `sys.monitoring` (and `sys.settrace`, built on it) writes
// over an instruction to report its events. Each keeps its base instruction's oparg and
// inline cache. Their stack effects are CPython's, taken from its DSL: several report the
// event and then execute the base instruction itself, so they declare no effect of their own.
import { Definition, instrumented } from './define';

export const INSTRUMENTED: readonly Definition[] = [
  instrumented('INSTRUMENTED_RESUME', 236, '--', 'RESUME', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_END_FOR', 237, 'receiver, value -- receiver', 'END_FOR'),
  instrumented('INSTRUMENTED_END_SEND', 238, 'receiver, value -- value', 'END_SEND'),
  instrumented('INSTRUMENTED_RETURN_VALUE', 239, 'retval --', 'RETURN_VALUE'),
  instrumented('INSTRUMENTED_RETURN_CONST', 240, '--', 'RETURN_CONST', { flags: ['arg', 'const'] }),
  instrumented('INSTRUMENTED_YIELD_VALUE', 241, 'retval -- unused', 'YIELD_VALUE', { flags: ['arg'] }),
  instrumented(
    'INSTRUMENTED_LOAD_SUPER_ATTR',
    242,
    'unused, unused, unused -- unused, unused if (oparg & 1)',
    'LOAD_SUPER_ATTR',
    { flags: ['arg'] },
  ),
  instrumented('INSTRUMENTED_FOR_ITER', 243, '--', 'FOR_ITER', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_CALL', 244, '--', 'CALL', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_CALL_KW', 245, '--', 'CALL_KW', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_CALL_FUNCTION_EX', 246, '--', 'CALL_FUNCTION_EX'),
  // Reports an INSTRUCTION event, then runs whatever instruction it was written over (kept
  // aside by the monitoring machinery), so it has no base of its own.
  instrumented('INSTRUMENTED_INSTRUCTION', 247, '--', null),
  instrumented('INSTRUMENTED_JUMP_FORWARD', 248, '--', 'JUMP_FORWARD', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_JUMP_BACKWARD', 249, '--', 'JUMP_BACKWARD', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_POP_JUMP_IF_TRUE', 250, '--', 'POP_JUMP_IF_TRUE', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_POP_JUMP_IF_FALSE', 251, '--', 'POP_JUMP_IF_FALSE', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_POP_JUMP_IF_NONE', 252, '--', 'POP_JUMP_IF_NONE', { flags: ['arg'] }),
  instrumented('INSTRUMENTED_POP_JUMP_IF_NOT_NONE', 253, '--', 'POP_JUMP_IF_NOT_NONE', { flags: ['arg'] }),
  // Reports a LINE event, then runs the instruction it was written over, as
  // INSTRUMENTED_INSTRUCTION does. CPython writes it outside its instruction DSL, so it has no
  // stack effect or metadata there (`_opcode.is_valid` is false for it).
  instrumented('INSTRUMENTED_LINE', 254, null, null),
];
