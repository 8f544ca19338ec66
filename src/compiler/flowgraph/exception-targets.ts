// The graph's preprocessing (flowgraph.c): jumps get their target blocks, the targets of handler
// set-ups are marked as exception handlers, and every instruction learns which handler is in
// force where it stands — which the SETUP_*/POP_BLOCK pseudo-instructions imply, and which the
// exception table will record.
import { Opcode, ResumeOparg } from '../../generated/opcodes';
import { type BasicBlock, type Cfg, hasTarget, isBlockPush, isJump, resetVisited, setOp } from './cfg';

/** translate_jump_labels_to_targets. */
export function translateJumpLabelsToTargets(g: Cfg): void {
  const byLabel = new Map<number, BasicBlock>();
  for (const b of g.blocks()) if (b.label >= 0) byLabel.set(b.label, b);
  for (const b of g.blocks()) {
    for (const instr of b.instrs) {
      if (!hasTarget(instr.opcode)) continue;
      const target = byLabel.get(instr.oparg);
      if (target === undefined) throw new Error(`flowgraph: no block for label ${instr.oparg}`);
      instr.target = target;
    }
  }
}

/** mark_except_handlers. */
export function markExceptHandlers(g: Cfg): void {
  for (const b of g.blocks()) {
    for (const instr of b.instrs) if (isBlockPush(instr.opcode)) instr.target!.exceptHandler = true;
  }
}

/**
 * label_exception_targets: walks the graph with the stack of handlers in force, which SETUP_*
 * pushes and POP_BLOCK pops (becoming a NOP), and records the top handler in each instruction.
 * A RESUME after a yield learns whether the yield stood directly in one try block.
 */
export function labelExceptionTargets(g: Cfg): void {
  resetVisited(g);
  const todo: BasicBlock[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    // After a jump that cannot fall through gives the stack away, the block has ended.
    let stack: BasicBlock[] = b.exceptStack!;
    let given = false;
    b.exceptStack = null;
    let handler: BasicBlock | null = top(stack);
    let lastYieldExceptDepth = -1;
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = stack.slice();
          todo.push(target);
          target.visited = true;
        }
        if (instr.opcode === Opcode.SETUP_WITH || instr.opcode === Opcode.SETUP_CLEANUP) target.preserveLasti = true;
        stack.push(target);
        handler = target;
      } else if (instr.opcode === Opcode.POP_BLOCK) {
        stack.pop();
        handler = top(stack);
        setOp(instr, Opcode.NOP);
      } else if (isJump(instr.opcode)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (b.hasFallthrough) {
            target.exceptStack = stack.slice();
          } else {
            target.exceptStack = stack;
            given = true;
          }
          todo.push(target);
          target.visited = true;
        }
      } else if (instr.opcode === Opcode.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack.length;
      } else if (instr.opcode === Opcode.RESUME) {
        instr.except = handler;
        if (instr.oparg !== ResumeOparg.RESUME_AT_FUNC_START) {
          if (lastYieldExceptDepth === 1) instr.oparg |= ResumeOparg.RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (b.hasFallthrough && b.next !== null && !b.next.visited && !given) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

function top(stack: BasicBlock[]): BasicBlock | null {
  return stack.length > 0 ? stack[stack.length - 1] : null;
}
