// push_cold_blocks_to_end (flowgraph.c): blocks reached only through exception handlers are
// "cold" and move to the end of the code, so that the common path runs straight; a cold block
// that fell through into a warm one gets an explicit jump there.
import { Opcode } from '../../generated/opcodes';
import { NO_LOCATION } from '../instruction-sequence';
import { type BasicBlock, type Cfg, isJump, resetVisited } from './cfg';
import { removeRedundantNopsAndJumps } from './nops';

/** mark_warm: what the entry reaches without going through a handler. */
function markWarm(g: Cfg): void {
  resetVisited(g);
  const stack: BasicBlock[] = [g.entry];
  g.entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = true;
      }
    }
  }
}

/** mark_cold: what the handlers reach, save warm blocks. */
function markCold(g: Cfg): void {
  markWarm(g);
  resetVisited(g);
  const stack: BasicBlock[] = [];
  for (const b of g.blocks()) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode)) {
        const target = instr.target!;
        if (!target.warm && !target.visited) {
          stack.push(target);
          target.visited = true;
        }
      }
    }
  }
}

export function pushColdBlocksToEnd(g: Cfg): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(g);
  let nextLabel = g.maxLabel() + 1;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.cold && b.hasFallthrough && b.next !== null && b.next.warm) {
      const explicitJump = g.newBlock();
      if (b.next.label < 0) b.next.label = nextLabel++;
      explicitJump.addop(Opcode.JUMP_NO_INTERRUPT, b.next.label, NO_LOCATION, b.next);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      explicitJump.predecessors = 1;
      b.next = explicitJump;
    }
  }
  let coldBlocks: BasicBlock | null = null;
  let coldBlocksTail: BasicBlock | null = null;
  let b: BasicBlock = entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next;
    if (b.next === null) break;
    // b.next begins a cold streak; find its end.
    let end: BasicBlock = b.next;
    while (end.next !== null && end.next.cold) end = end.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldBlocksTail!.next = b.next;
    coldBlocksTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantNopsAndJumps(g);
}
