// ENTER_EXECUTOR (DESIGN.md §5): runs an executor, then the executors its exits lead to,
// until an exit leads back to tier 1. What tier 1 does next comes back as one of EnterResult.
//
// The "at least one instruction" contract: any instruction may head a trace. When an exit
// would resume at the start of the very executor it leaves (its first guard failed, or a path
// came back to the loop head some other way), tier 1 runs the instruction the executor
// replaced, so that the program always moves on (the design gh-145047 discusses for CPython).
import { Opcode } from '../generated/opcodes';
import { restartCounter } from '../objects/code/backoff';
import type { Frame } from '../vm/frame';
import type { ThreadState } from '../vm/thread-state';
import { JIT_CONFIG } from './config';
import type { Executor } from './executor';
import { startSideTrace } from './recorder';
import { jitStats } from './stats';

export const enum EnterResult {
  /** Resume tier 1 at ts.frame's pc. */
  Continue = 0,
  /** Run the instruction an executor replaced (enterOriginal) at ts.frame's pc. */
  RunOriginal = 1,
  /** Resume tier 1 at ts.frame's pc, recording a side trace from there. */
  StartTracing = 2,
}

/** The instruction to run for EnterResult.RunOriginal: its code unit, opcode and whole oparg. */
export const enterOriginal = { at: 0, opcode: 0, oparg: 0 };

/**
 * What an executor replaced, decoded as tier 1 would: when it replaced an EXTENDED_ARG (a loop
 * head with a large oparg), the instruction is the one the prefixes lead to.
 */
function originalInstruction(executor: Executor): void {
  const units = executor.code.instructions;
  let at = executor.start;
  let opcode = executor.opcode;
  let oparg = executor.oparg;
  while (opcode === Opcode.EXTENDED_ARG) {
    at++;
    opcode = units[at] & 255;
    oparg = (oparg << 8) | (units[at] >> 8);
  }
  enterOriginal.at = at;
  enterOriginal.opcode = opcode;
  enterOriginal.oparg = oparg;
}

export function enterExecutor(ts: ThreadState, frame: Frame, first: Executor): EnterResult {
  let executor = first;
  for (;;) {
    jitStats.executorsEntered++;
    executor.entries++;
    // (An exception leaves it set; the loop's ENTER_EXECUTOR clears it on the way out.)
    const outer = ts.executorFrame;
    ts.executorFrame = frame;
    const exit = executor.run(ts, frame, executor);
    ts.executorFrame = outer;
    exit.count++;
    jitStats.exitsTaken++;
    // An exit inside a frame the trace pushed leaves that frame running.
    frame = ts.frame!;
    const units = exit.code.instructions;
    const word = units[exit.target];
    if ((word & 255) === Opcode.ENTER_EXECUTOR) {
      const there = exit.code.executors![word >> 8]!;
      if (there === executor) {
        originalInstruction(executor);
        return EnterResult.RunOriginal;
      }
      // An exit whose target holds an executor links to it at once.
      if (exit.executor !== there) {
        exit.executor = there;
        there.linkedFrom.add(exit);
        jitStats.exitsLinked++;
      }
      executor = there;
      continue;
    }
    const next = exit.executor;
    if (next !== null) {
      executor = next;
      continue;
    }
    if (!executor.valid || executor.chainDepth >= JIT_CONFIG.maxChainDepth || ts.tracer !== null) return EnterResult.Continue;
    if (exit.temperature >= 16) {
      exit.temperature -= 16;
      return EnterResult.Continue;
    }
    exit.temperature = restartCounter(exit.temperature);
    return startSideTrace(ts, frame, exit) ? EnterResult.StartTracing : EnterResult.Continue;
  }
}
