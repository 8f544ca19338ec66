// Executors (DESIGN.md §5): a finished trace, its uops, its exits, and how it runs. A root
// executor stands in the bytecode as ENTER_EXECUTOR at the trace's first instruction (whose
// opcode and oparg it keeps); a side trace hangs off the exit it was recorded from.
import type { PyCode } from '../objects/code/code';
import type { Frame } from '../vm/frame';
import type { ThreadState } from '../vm/thread-state';
import type { Uop } from '../generated/uops';

/** One uop of a trace with its operands. */
export interface UopInstance {
  readonly id: Uop;
  readonly oparg: number;
  /** The code unit of the instruction it came from (frame.at while it runs). */
  readonly at: number;
  /** The values of the cache entries the uop reads (UopInfo.cache), burned in at translation. */
  readonly cache: readonly unknown[];
  /** Where its EXIT_IF (or _EXIT_TRACE, _CHECK_VALIDITY) leaves to. */
  readonly exit: Exit | null;
  /** The stack index of its first input, for the JS backend's stack-as-locals. */
  readonly base: number;
  /** The stack pointer before its instruction ran: what the frame holds if the uop raises. */
  readonly instrSp: number;
  /** How many frames the trace has pushed (and not returned from) where the uop runs. */
  readonly depth: number;
  /** For _PUSH_FRAME: the caller's resume offset (CPython's _SAVE_RETURN_OFFSET). */
  readonly operand: number;
  /** For _PUSH_FRAME: the code of the frame it pushes, which the version guard pins. */
  readonly callee: PyCode | null;
}

/** A way out of a trace, back to tier 1 or on to a linked executor. */
export interface Exit {
  /** The code unit tier 1 resumes at, and the stack pointer it resumes with. */
  readonly target: number;
  readonly sp: number;
  readonly code: PyCode;
  /** A branch guard or loop end: normal control flow, which does not deepen side-trace chains. */
  readonly isControlFlow: boolean;
  /** Counts down to recording a side trace here (a backoff counter, as JUMP_BACKWARD's). */
  temperature: number;
  /** The executor this exit continues in, once one is recorded or found at the target. */
  executor: Executor | null;
  /** Times taken. */
  count: number;
  /** The executor the exit belongs to (set when the executor is built). */
  owner: Executor | null;
}

export type TraceFunction = (ts: ThreadState, frame: Frame, executor: Executor) => Exit;

export class Executor {
  valid = true;
  /** Times entered (from ENTER_EXECUTOR or a linked exit). */
  entries = 0;
  /** Uops run, counted only under -X stats (JitConfig.countUops). */
  uopsRun = 0;
  /** The generated JS source, for the JS backend (and -X jit-dump). */
  source: string | null = null;
  /** Where it stands in code.executors, or -1 for a side trace. */
  index = -1;
  /** Exits of other executors linked to this one, unlinked when it is invalidated. */
  readonly linkedFrom = new Set<Exit>();

  constructor(
    readonly code: PyCode,
    /** The code unit of the trace's first instruction. */
    readonly start: number,
    /** The instruction ENTER_EXECUTOR replaced (for a root executor). */
    public opcode: number,
    public oparg: number,
    readonly uops: readonly UopInstance[],
    readonly exits: readonly Exit[],
    readonly chainDepth: number,
    public run: TraceFunction,
  ) {
    for (const exit of exits) exit.owner = this;
  }
}
