// Instructions that only rearrange the value stack.
import { Definition, inst } from './define';

export const STACK: readonly Definition[] = [
  inst('POP_TOP', 32, 'value --', { body: 'if (value instanceof rt.PyGenerator && value.transient) rt.closeTransient(value);' }),
  // The NULL below a callable that has no `self` (see CALL).
  inst('PUSH_NULL', 34, '-- res', { body: 'res = null;' }),
  // Pushes a copy of the value oparg deep (COPY 1 duplicates the top).
  inst('COPY', 61, 'bottom, unused[oparg-1] -- bottom, unused[oparg-1], top', { flags: ['arg'], body: 'top = bottom;' }),
  // Swaps the top with the value oparg deep (SWAP 2 swaps the top two).
  inst('SWAP', 115, 'bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom', { flags: ['arg'], body: '' }),
];
