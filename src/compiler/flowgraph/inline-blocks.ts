// inline_small_or_no_lineno_blocks (flowgraph.c): a jump to a small block that returns or raises,
// or to a block without line numbers that cannot fall through, is replaced by a copy of that block.
import { Opcode } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, copyInstr, isUnconditionalJump, setOp } from './cfg';

/** MAX_COPY_SIZE: the largest exit block worth copying. */
const MAX_COPY_SIZE = 4;

export function basicblockHasNoLineno(b: BasicBlock): boolean {
  return b.instrs.every((i) => i.loc.lineno < 0);
}

function inlineInto(bb: BasicBlock): boolean {
  const last = bb.last;
  if (last === null || !isUnconditionalJump(last.opcode)) return false;
  const target = last.target!;
  const smallExitBlock = target.exitsScope && target.instrs.length <= MAX_COPY_SIZE;
  const noLinenoNoFallthrough = basicblockHasNoLineno(target) && !target.hasFallthrough;
  if (!smallExitBlock && !noLinenoNoFallthrough) return false;
  const removedJumpOpcode = last.opcode;
  setOp(last, Opcode.NOP);
  for (const i of target.instrs) bb.instrs.push(copyInstr(i));
  if (noLinenoNoFallthrough) {
    const newLast = bb.last!;
    // Keep the eval breaker check of the jump that was removed.
    if (isUnconditionalJump(newLast.opcode) && removedJumpOpcode === Opcode.JUMP) newLast.opcode = Opcode.JUMP;
  }
  target.predecessors--;
  return true;
}

export function inlineSmallOrNoLinenoBlocks(g: Cfg): void {
  let changes: boolean;
  do {
    changes = false;
    for (const b of g.blocks()) if (inlineInto(b)) changes = true;
  } while (changes);
}
