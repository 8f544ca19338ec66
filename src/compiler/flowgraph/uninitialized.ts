// add_checks_for_loads_of_uninitialized_variables (flowgraph.c): a LOAD_FAST of a local that some
// path may reach unbound becomes LOAD_FAST_CHECK, which raises UnboundLocalError; the others can
// skip the check. Locals past the 64th are only followed within one block.
import { Opcode } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, isJump } from './cfg';

function maybePush(b: BasicBlock, unsafeMask: bigint, stack: BasicBlock[]): void {
  const both = b.unsafeLocalsMask | unsafeMask;
  if (b.unsafeLocalsMask !== both) {
    b.unsafeLocalsMask = both;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let unsafeMask = b.unsafeLocalsMask;
  for (const instr of b.instrs) {
    if (instr.except !== null) maybePush(instr.except, unsafeMask, stack);
    if (instr.oparg >= 64) continue;
    const bit = 1n << BigInt(instr.oparg);
    switch (instr.opcode) {
      case Opcode.DELETE_FAST:
      case Opcode.LOAD_FAST_AND_CLEAR:
      case Opcode.STORE_FAST_MAYBE_NULL:
        unsafeMask |= bit;
        break;
      case Opcode.STORE_FAST:
        unsafeMask &= ~bit;
        break;
      case Opcode.LOAD_FAST_CHECK:
        // If it does not raise, the local is bound.
        unsafeMask &= ~bit;
        break;
      case Opcode.LOAD_FAST:
        if (unsafeMask & bit) instr.opcode = Opcode.LOAD_FAST_CHECK;
        unsafeMask &= ~bit;
        break;
    }
  }
  if (b.next !== null && b.hasFallthrough) maybePush(b.next, unsafeMask, stack);
  const last = b.last;
  if (last !== null && isJump(last.opcode)) maybePush(last.target!, unsafeMask, stack);
}

/** fast_scan_many_locals: locals 64 and up, one block at a time. */
function fastScanManyLocals(g: Cfg, nlocals: number): void {
  const states = new Int32Array(nlocals - 64);
  let blocknum = 0;
  for (const b of g.blocks()) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.oparg;
      if (arg < 64) continue;
      switch (instr.opcode) {
        case Opcode.DELETE_FAST:
        case Opcode.LOAD_FAST_AND_CLEAR:
        case Opcode.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Opcode.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Opcode.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.opcode = Opcode.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

export function addChecksForLoadsOfUninitializedVariables(g: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  for (const b of g.blocks()) b.visited = false;
  const stack: BasicBlock[] = [];
  // The locals that are not parameters start unbound.
  let startMask = 0n;
  for (let i = nparams; i < nlocals; i++) startMask |= 1n << BigInt(i);
  maybePush(g.entry, startMask, stack);
  // A DELETE_FAST anywhere makes a local unbound: scan every block once.
  for (const b of g.blocks()) scanBlockForLocals(b, stack);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}
