// calculate_stackdepth (flowgraph.c): the deepest the value stack gets on any path, and each
// block's depth on entry (an exception handler's is what the exception table records). Loops
// must not change the depth; a block reached at two depths is a compiler bug. At least 1.
import { Opcode, stackEffect } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, hasTarget, isScopeExit, isUnconditionalJump } from './cfg';

const UNSET = -(2 ** 31);


export function calculateStackDepth(g: Cfg): number {
  for (const b of g.blocks()) b.startDepth = UNSET;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startDepth !== UNSET && b.startDepth !== depth) throw new Error('flowgraph: invalid CFG, inconsistent stackdepth');
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxDepth = 0;
  push(g.entry, 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const net = stackEffect(instr.opcode, instr.oparg, false);
      const newDepth = depth + net;
      if (newDepth < 0) throw new Error('flowgraph: invalid CFG, stack underflow');
      maxDepth = Math.max(maxDepth, depth, newDepth);
      if (hasTarget(instr.opcode) && instr.opcode !== Opcode.END_ASYNC_FOR) {
        const jumpNet = stackEffect(instr.opcode, instr.oparg, true);
        maxDepth = Math.max(maxDepth, depth + jumpNet);
        push(instr.target!, depth + jumpNet);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
        // The rest of the block is dead.
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  // CPython 3.13 never makes code with co_stacksize 0 (a RETURN_CONST needs a slot as it runs).
  return Math.max(maxDepth, 1);
}
