// SWAP optimizations (flowgraph.c, swaptimize and apply_static_swaps): a run of SWAPs is replaced
// by the shortest run with the same effect, and a SWAP whose operands are each consumed at once by
// a store or a POP_TOP is replaced by exchanging those instructions.
import { Opcode } from '../../generated/opcodes';
import { type BasicBlock, type Instr, setOp } from './cfg';

const VISITED = -1;

/**
 * swaptimize: `start` is the index of a SWAP; returns the index of the last instruction of the
 * run it handled.
 */
export function swaptimize(block: BasicBlock, start: number): number {
  const instrs = block.instrs;
  let depth = instrs[start].oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - start;
  while (++len < limit) {
    const op = instrs[start + len].opcode;
    if (op === Opcode.SWAP) {
      depth = Math.max(depth, instrs[start + len].oparg);
      more = true;
    } else if (op !== Opcode.NOP) {
      break;
    }
  }
  // Already optimal with a single SWAP.
  if (!more) return start;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  // Simulate the run on the positions of the stack.
  for (let i = 0; i < len; i++) {
    const instr = instrs[start + i];
    if (instr.opcode === Opcode.SWAP) {
      const oparg = instr.oparg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  // Emit the swaps that undo each cycle of the permutation, from the end of the run backwards.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const instr = instrs[start + current--];
        instr.opcode = Opcode.SWAP;
        instr.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp(instrs[start + current--], Opcode.NOP);
  return start + len - 1;
}

/** SWAPPABLE: instructions that touch only the top of the stack and can run in another order. */
function swappable(op: Opcode): boolean {
  return op === Opcode.STORE_FAST || op === Opcode.STORE_FAST_MAYBE_NULL || op === Opcode.POP_TOP;
}

function storesTo(instr: Instr): number {
  return instr.opcode === Opcode.STORE_FAST || instr.opcode === Opcode.STORE_FAST_MAYBE_NULL ? instr.oparg : -1;
}

/** next_swappable_instruction: -1 if there is none, or if a line boundary (with `lineno` >= 0) comes first. */
function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const instr = block.instrs[i];
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.opcode === Opcode.NOP) continue;
    if (swappable(instr.opcode)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: the SWAPs to the left of index `i`, latest first. */
export function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i];
    if (swap.opcode !== Opcode.SWAP) {
      if (swap.opcode === Opcode.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not if the two store to the same local, or an instruction between stores to either's.
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(block.instrs[idx]);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    setOp(swap, Opcode.NOP);
    const temp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = temp;
  }
}
