// Clean-ups after the optimizations (flowgraph.c): the NOPs they leave behind go unless a NOP is
// the only instruction holding a line number (line events must not change), pairs that push and
// at once pop a value go, and so do jumps to the very next instruction.
import { Opcode } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, isJump, isUnconditionalJump, nextNonemptyBlock, setOp } from './cfg';
import { NO_LOCATION } from '../instruction-sequence';

/** basicblock_remove_redundant_nops: returns how many instructions it removed. */
export function removeRedundantNopsInBlock(bb: BasicBlock): number {
  const kept = [];
  let prevLineno = -1;
  const instrs = bb.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src];
    const lineno = instr.loc.lineno;
    if (instr.opcode === Opcode.NOP) {
      // Without a line number, or on the line of the instruction before it.
      if (lineno < 0 || prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        // Or on the line of the next instruction, or lending its line to one that has none.
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = instr.loc;
          continue;
        }
      } else {
        // Or the last of its block, on the line of the next block's first instruction.
        const next = nextNonemptyBlock(bb.next);
        if (next !== null) {
          let nextLoc = NO_LOCATION;
          for (const i of next.instrs) {
            // NOPs without a location will be removed: skip them.
            if (i.opcode === Opcode.NOP && i.loc.lineno < 0) continue;
            nextLoc = i.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    kept.push(instr);
    prevLineno = lineno;
  }
  const removed = instrs.length - kept.length;
  bb.instrs = kept;
  return removed;
}

export function removeRedundantNops(g: Cfg): number {
  let changes = 0;
  for (const b of g.blocks()) changes += removeRedundantNopsInBlock(b);
  return changes;
}

/**
 * remove_redundant_nops_and_pairs: LOAD_CONST or COPY 1 immediately followed by POP_TOP, within a
 * run of code that no jump enters, becomes two NOPs; repeated until nothing changes.
 */
export function removeRedundantNopsAndPairs(g: Cfg): void {
  let done = false;
  while (!done) {
    done = true;
    let instr = null;
    for (const b of g.blocks()) {
      removeRedundantNopsInBlock(b);
      // A jump target: forget the instruction before it.
      if (b.label >= 0) instr = null;
      for (const cur of b.instrs) {
        const prev = instr;
        instr = cur;
        if (cur.opcode === Opcode.POP_TOP && prev !== null) {
          if (prev.opcode === Opcode.LOAD_CONST || (prev.opcode === Opcode.COPY && prev.oparg === 1)) {
            setOp(prev, Opcode.NOP);
            setOp(cur, Opcode.NOP);
            done = false;
          }
        }
      }
      if ((instr !== null && isJump(instr.opcode)) || !b.hasFallthrough) instr = null;
    }
  }
}

/**
 * remove_redundant_jumps: an unconditional jump to the block that comes next anyway becomes a NOP.
 * Returns how many it changed.
 */
export function removeRedundantJumps(g: Cfg): number {
  let changes = 0;
  for (const b of g.blocks()) {
    const last = b.last;
    if (last === null || !isUnconditionalJump(last.opcode)) continue;
    const jumpTarget = nextNonemptyBlock(last.target);
    if (jumpTarget === null) throw new Error('flowgraph: jump with NULL target');
    if (jumpTarget === nextNonemptyBlock(b.next)) {
      changes++;
      setOp(last, Opcode.NOP);
    }
  }
  return changes;
}

export function removeRedundantNopsAndJumps(g: Cfg): void {
  let removed: number;
  do {
    removed = removeRedundantNops(g);
    removed += removeRedundantJumps(g);
  } while (removed > 0);
}
