// Line numbers for instructions the code generator left without one (flowgraph.c,
// resolve_line_numbers): PEP 626 wants every return, raise and eval-breaker check to have a line,
// so an exit block without one that several paths reach is copied for each, and then each
// instruction without a line inherits the location before it — within its block, and across to
// a block that has a single predecessor.
import { Opcode } from '../../generated/opcodes';
import { NO_LOCATION, type Location } from '../instruction-sequence';
import { type BasicBlock, type Cfg, copyBasicBlock, isJump, nextNonemptyBlock } from './cfg';
import { basicblockHasNoLineno } from './inline-blocks';

/** OPCODE_HAS_EVAL_BREAK: where the interpreter checks for signals, pending calls and the like. */
function hasEvalBreak(op: Opcode): boolean {
  switch (op) {
    case Opcode.JUMP:
    case Opcode.JUMP_BACKWARD:
    case Opcode.CALL:
    case Opcode.CALL_KW:
    case Opcode.CALL_FUNCTION_EX:
    case Opcode.RESUME:
      return true;
    default:
      return false;
  }
}

function isExitOrEvalCheckWithoutLineno(b: BasicBlock): boolean {
  if (b.exitsScope || b.instrs.some((i) => hasEvalBreak(i.opcode))) return basicblockHasNoLineno(b);
  return false;
}

/** duplicate_exits_without_lineno. */
function duplicateExitsWithoutLineno(g: Cfg): void {
  let nextLabel = g.maxLabel() + 1;
  for (const b of g.blocks()) {
    const last = b.last;
    if (last === null || !isJump(last.opcode)) continue;
    const target = nextNonemptyBlock(last.target);
    if (target !== null && isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
      const newTarget = copyBasicBlock(g, target);
      newTarget.instrs[0].loc = last.loc;
      last.target = newTarget;
      target.predecessors--;
      newTarget.predecessors = 1;
      newTarget.next = target.next;
      newTarget.label = nextLabel++;
      target.next = newTarget;
    }
  }
  // The exit blocks without a line that remain are reached only by falling through.
  for (const b of g.blocks()) {
    if (b.hasFallthrough && b.next !== null && b.instrs.length > 0 && isExitOrEvalCheckWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last!.loc;
    }
  }
}

/** propagate_line_numbers. */
function propagateLineNumbers(g: Cfg): void {
  for (const b of g.blocks()) {
    const last = b.last;
    if (last === null) continue;
    let prev: Location = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno === NO_LOCATION.lineno) instr.loc = prev;
      else prev = instr.loc;
    }
    if (b.hasFallthrough && b.next !== null && b.next.predecessors === 1) {
      const first = b.next.instrs[0];
      if (first !== undefined && first.loc.lineno === NO_LOCATION.lineno) first.loc = prev;
    }
    if (isJump(last.opcode)) {
      const target = last.target!;
      // An emptied target keeps nothing that could take the location.
      const first = target.instrs[0];
      if (target.predecessors === 1 && first !== undefined && first.loc.lineno === NO_LOCATION.lineno) first.loc = prev;
    }
  }
}

export function resolveLineNumbers(g: Cfg): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}

