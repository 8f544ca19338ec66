// The last steps before assembly (flowgraph.c): pseudo-instructions become real ones — handler
// set-ups NOPs, LOAD_CLOSURE a LOAD_FAST, STORE_FAST_MAYBE_NULL a STORE_FAST — and jumps are
// normalized: JUMP becomes JUMP_FORWARD or JUMP_BACKWARD by where its target lies, and a
// conditional jump backwards becomes the opposite jump forwards over a JUMP_BACKWARD.
import { Opcode } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, isBlockPush, isJump, isUnconditionalJump } from './cfg';
import { removeRedundantNopsInBlock } from './nops';

/** convert_pseudo_ops. */
export function convertPseudoOps(g: Cfg): void {
  for (const b of g.blocks()) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode) || instr.opcode === Opcode.POP_BLOCK) {
        instr.opcode = Opcode.NOP;
        instr.oparg = 0;
      } else if (instr.opcode === Opcode.LOAD_CLOSURE) {
        instr.opcode = Opcode.LOAD_FAST;
      } else if (instr.opcode === Opcode.STORE_FAST_MAYBE_NULL) {
        instr.opcode = Opcode.STORE_FAST;
      }
    }
  }
  for (const b of g.blocks()) removeRedundantNopsInBlock(b);
}

const REVERSED: Partial<Record<Opcode, Opcode>> = {
  [Opcode.POP_JUMP_IF_NOT_NONE]: Opcode.POP_JUMP_IF_NONE,
  [Opcode.POP_JUMP_IF_NONE]: Opcode.POP_JUMP_IF_NOT_NONE,
  [Opcode.POP_JUMP_IF_FALSE]: Opcode.POP_JUMP_IF_TRUE,
  [Opcode.POP_JUMP_IF_TRUE]: Opcode.POP_JUMP_IF_FALSE,
};

function normalizeJumpsInBlock(g: Cfg, b: BasicBlock): void {
  const last = b.last;
  if (last === null || !isJump(last.opcode)) return;
  const isForward = !last.target!.visited;
  switch (last.opcode) {
    case Opcode.JUMP:
      last.opcode = isForward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
      return;
    case Opcode.JUMP_NO_INTERRUPT:
      last.opcode = isForward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
      return;
  }
  if (isForward || isUnconditionalJump(last.opcode)) return;
  const reversed = REVERSED[last.opcode];
  if (reversed === undefined) return;
  // `cond-jump T` backwards becomes `reversed-jump next; JUMP_BACKWARD T`.
  const target = last.target!;
  const backwardsJump = g.newBlock();
  backwardsJump.addop(Opcode.JUMP, target.label, last.loc, target);
  last.opcode = reversed;
  last.target = b.next;
  backwardsJump.cold = b.cold;
  backwardsJump.next = b.next;
  b.next = backwardsJump;
}

/** normalize_jumps: a target not yet passed in layout order lies forwards. */
export function normalizeJumps(g: Cfg): void {
  for (const b of g.blocks()) b.visited = false;
  for (const b of g.blocks()) {
    b.visited = true;
    normalizeJumpsInBlock(g, b);
  }
}
