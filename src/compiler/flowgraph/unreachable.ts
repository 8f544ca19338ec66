// remove_unreachable (flowgraph.c): empties the blocks no path from the entry reaches, and counts
// each block's predecessors (edges from falling through, jumps and handler set-ups), which the
// passes after it read.
import { type BasicBlock, type Cfg, isBlockPush, isJump, resetVisited } from './cfg';

export function removeUnreachable(g: Cfg): void {
  for (const b of g.blocks()) b.predecessors = 0;
  resetVisited(g);
  const stack: BasicBlock[] = [g.entry];
  g.entry.predecessors = 1;
  g.entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && b.hasFallthrough) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) || isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          stack.push(target);
          target.visited = true;
        }
        target.predecessors++;
      }
    }
  }
  for (const b of g.blocks()) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.exceptHandler = false;
    }
  }
}
