// Trace recording (DESIGN.md §5): while ts.tracer is set, every instruction the tier-1 loop
// dispatches lands on TRACE_RECORD, which calls recordInstruction before running it. That
// lowers the *previous* instruction to uops, now that where it went is known (the branch
// taken, the loop left or not), makes the next instruction specialize now if it is still
// generic, and notes what it depends on. The trace ends when it closes its loop, reaches an
// executor, meets an instruction tier 2 cannot run, or grows past its budget; then the
// executor is built and attached.
import { ADAPTIVE, CACHE_ENTRIES, DEOPT, Opcode } from '../generated/opcodes';
import { LOWERINGS, Projection, project, Recorded as RecordedKind, RECORD_LAYOUTS, recordValue, runUops, Uop, UOPS } from '../generated/uops';
import type { PyCode } from '../objects/code/code';
import { makeCounter, restartCounter } from '../objects/code/backoff';
import { PyType } from '../objects/type';
import type { Frame } from '../vm/frame';
import type { ThreadState } from '../vm/thread-state';
import { specializationEnabled } from '../vm/specialize';
import { JIT_CONFIG, jumpBackwardCounter, sideExitCounter } from './config';
import { Executor, type Exit, type UopInstance } from './executor';
import { compileTrace, stackCounts } from './js-backend';
import { watch } from './dependencies';
import { jitStats } from './stats';

/** The instruction recorded last, lowered when the next one shows where it went. */
interface Recorded {
  readonly at: number;
  /** Where an exit to this instruction resumes: its first EXTENDED_ARG, if it has any. */
  readonly target: number;
  readonly oparg: number;
  readonly sp: number;
  /** The opcode and adaptive counter before it ran: a member that deopted meanwhile changed the counter. */
  readonly opcode: number;
  readonly counter: number;
  /** The values its family records (RECORD_LAYOUTS), snapshot before it ran. */
  readonly values: readonly unknown[];
}

export class Tracer {
  readonly uops: UopInstance[] = [];
  readonly exits: Exit[] = [];
  readonly dependencies = new Set<object>();
  /** The frames the trace runs in: its own first, then those its calls pushed. */
  readonly frames: Frame[];
  /** For each pushed frame, the caller's stack index of the call's callable (its result goes there). */
  readonly callBases: number[] = [];
  prev: Recorded | null = null;
  closed = false;

  constructor(
    root: Frame,
    readonly start: number,
    readonly startSp: number,
    /** The side exit this trace hangs off, or null for a loop trace. */
    readonly parentExit: Exit | null,
    readonly chainDepth: number,
    /** The JUMP_BACKWARD whose counter started it (to reset or back off), or -1. */
    readonly trigger: number,
  ) {
    this.frames = [root];
    this.startFrame = root;
  }

  /** The frame the trace began in (frames[0] changes when the trace returns out of it). */
  readonly startFrame: Frame;

  /** The frame the trace is in now. */
  get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  get code(): PyCode {
    return this.frame.code;
  }

  /** The code the trace began in: where its executor stands, whose frame it is entered with. */
  get startCode(): PyCode {
    return this.startFrame.code;
  }
}

/** Frames a trace may push before it stops following calls. */
const MAX_INLINED_FRAMES = 8;

function newExit(code: PyCode, target: number, sp: number, isControlFlow: boolean): Exit {
  return { target, sp, code, isControlFlow, temperature: sideExitCounter(), executor: null, count: 0, owner: null };
}

/** The code unit of the first EXTENDED_ARG before the instruction at `at`, or `at`. */
function prefixStart(at: number, oparg: number): number {
  let start = at;
  for (let high = oparg >>> 8; high > 0; high >>>= 8) start--;
  return start;
}

interface Extra {
  readonly operand?: number;
  readonly callee?: PyCode;
}

function emit(t: Tracer, id: Uop, at: number, oparg: number, base: number, instrSp: number, exit: Exit | null, extra: Extra = {}): void {
  const info = UOPS[id];
  const caches = t.code.caches;
  const cache = info.cacheAt.map((offset) => caches[at + offset]);
  if (exit !== null) t.exits.push(exit);
  t.uops.push({ id, oparg, at, cache, exit, base, instrSp, depth: t.frames.length - 1, operand: extra.operand ?? 0, callee: extra.callee ?? null });
}

function exitTrace(t: Tracer, target: number, sp: number): void {
  emit(t, Uop._EXIT_TRACE, target, 0, sp, sp, newExit(t.code, target, sp, false));
}

/** Starts recording a loop at its head, after its JUMP_BACKWARD at `trigger` fired. */
export function startLoopTrace(ts: ThreadState, frame: Frame, start: number, sp: number, trigger: number): boolean {
  const code = frame.code;
  const units = code.instructions;
  const opcode = units[start] & 255;
  const executors = code.executors?.length ?? 0;
  if (ts.tracer !== null || opcode === Opcode.ENTER_EXECUTOR || executors >= JIT_CONFIG.maxExecutorsPerCode) {
    units[trigger + 1] = restartCounter(units[trigger + 1]);
    return false;
  }
  return begin(ts, new Tracer(frame, start, sp, null, 0, trigger));
}

/** Starts recording a side trace at a hot exit. */
export function startSideTrace(ts: ThreadState, frame: Frame, exit: Exit): boolean {
  if (ts.tracer !== null) return false;
  const depth = exit.owner!.chainDepth + (exit.isControlFlow ? 0 : 1);
  return begin(ts, new Tracer(frame, exit.target, exit.sp, exit, depth, -1));
}

function begin(ts: ThreadState, t: Tracer): boolean {
  jitStats.tracesStarted++;
  ts.tracer = t;
  emit(t, Uop._CHECK_VALIDITY, t.start, 0, t.startSp, t.startSp, newExit(t.code, t.start, t.startSp, false));
  return true;
}

/**
 * TRACE_RECORD: the instruction at `at` (oparg decoded, stack pointer `sp`) is about to run in
 * `frame`. Returns false when recording has ended (the instruction then runs untraced).
 */
export function recordInstruction(ts: ThreadState, frame: Frame, at: number, oparg: number, sp: number): boolean {
  const t = ts.tracer!;
  const units = frame.code.instructions;
  let opcode = units[at] & 255;
  const target = prefixStart(at, oparg);
  if (t.prev !== null) {
    const outcome = lower(t, t.prev, frame, target, sp);
    if (outcome !== null) return outcome === 'done' ? finish(ts) : abort(ts, outcome);
  }
  if (frame !== t.frame) return abort(ts, 'frame changed');
  if (opcode === Opcode.ENTER_EXECUTOR) {
    exitTrace(t, target, sp);
    jitStats.end('reached an executor');
    return finish(ts);
  }
  if (t.uops.length >= JIT_CONFIG.maxTraceLength) {
    exitTrace(t, target, sp);
    jitStats.end('too long');
    return finish(ts);
  }
  if (specializationEnabled()) {
    // A member goes back to its family head, and the head specializes now, for the values it
    // meets: the trace records the form that fits them. A member specialized for other values
    // (a polymorphic site) would fail its guard here and be lowered generic.
    const head = DEOPT[opcode];
    if (head !== opcode && ADAPTIVE.has(head)) {
      units[at] = (units[at] & 0xff00) | head;
      opcode = head;
    }
    if (ADAPTIVE.has(opcode)) units[at + 1] = makeCounter(0, units[at + 1] & 15);
  }
  const values = RECORD_LAYOUTS[opcode].map((which) => recordValue(which, frame.stack, sp, oparg));
  noteDependencies(t, frame, opcode, values);
  t.prev = { at, target, oparg, sp, opcode, counter: CACHE_ENTRIES[opcode] > 0 ? units[at + 1] : 0, values };
  return true;
}

/** The recorded value of kind `which` of an instruction, or undefined when its family records none. */
function recorded(p: Recorded, opcode: number, which: RecordedKind): unknown {
  const i = RECORD_LAYOUTS[opcode].indexOf(which);
  return i < 0 ? undefined : p.values[i];
}

/**
 * What an executor depends on, from what the instruction's family records: the classes whose
 * versions its guards check, the function a call inlines; and for LOAD_GLOBAL the namespaces.
 */
function noteDependencies(t: Tracer, frame: Frame, opcode: number, values: readonly unknown[]): void {
  const layout = RECORD_LAYOUTS[opcode];
  layout.forEach((which, i) => {
    const type = project(Projection.TYPE, values[i]);
    if (type instanceof PyType && !type.immutable) t.dependencies.add(type);
    if (which === RecordedKind.CALLABLE) {
      const callee = project(Projection.FUNCTION, values[i]);
      if (callee !== null) t.dependencies.add(callee);
    }
  });
  if (opcode === Opcode.LOAD_GLOBAL || opcode === Opcode.LOAD_GLOBAL_MODULE || opcode === Opcode.LOAD_GLOBAL_BUILTIN) {
    t.dependencies.add(frame.globals);
    t.dependencies.add(frame.builtins);
  }
}

const BRANCH_GUARDS: Readonly<Record<number, readonly [taken: Uop, notTaken: Uop]>> = {
  [Opcode.POP_JUMP_IF_FALSE]: [Uop._GUARD_IS_FALSE_POP, Uop._GUARD_IS_TRUE_POP],
  [Opcode.POP_JUMP_IF_TRUE]: [Uop._GUARD_IS_TRUE_POP, Uop._GUARD_IS_FALSE_POP],
  [Opcode.POP_JUMP_IF_NONE]: [Uop._GUARD_IS_NONE_POP, Uop._GUARD_IS_NOT_NONE_POP],
  [Opcode.POP_JUMP_IF_NOT_NONE]: [Uop._GUARD_IS_NOT_NONE_POP, Uop._GUARD_IS_NONE_POP],
};

/**
 * Lowers the recorded instruction `p`, now that the next one is at `nextAt` (its first
 * EXTENDED_ARG, if it has any: where jumps land) with `nextSp`.
 * Returns null to go on recording, 'done' when the trace is complete, or why it is abandoned.
 */
function lower(t: Tracer, p: Recorded, nextFrame: Frame, nextAt: number, nextSp: number): 'done' | string | null {
  const code = t.code;
  let opcode = code.instructions[p.at] & 255;
  // A member whose guard failed while it ran (its counter moved): lower what ran, the head.
  if (opcode === p.opcode && DEOPT[opcode] !== opcode && CACHE_ENTRIES[opcode] > 0 && code.instructions[p.at + 1] !== p.counter) {
    opcode = DEOPT[opcode];
    jitStats.immediateDeopts++;
  }
  const after = p.at + 1 + (opcode === Opcode.POP_JUMP_IF_FALSE || opcode === Opcode.POP_JUMP_IF_TRUE || opcode === Opcode.POP_JUMP_IF_NONE || opcode === Opcode.POP_JUMP_IF_NOT_NONE ? 1 : 0);
  switch (opcode) {
    case Opcode.NOP:
    case Opcode.RESUME_CHECK:
    case Opcode.JUMP_FORWARD:
      return null;
    case Opcode.JUMP_BACKWARD:
    case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
      if (nextAt === t.start && t.parentExit === null && t.frames.length === 1) {
        emit(t, Uop._JUMP_TO_TOP, p.at, 0, nextSp, nextSp, null);
        t.closed = true;
        jitStats.end('closed the loop');
        return 'done';
      }
      exitTrace(t, nextAt, nextSp);
      jitStats.end(t.parentExit === null || t.frames.length > 1 ? 'inner loop' : 'reached a loop');
      return 'done';
    case Opcode.POP_JUMP_IF_FALSE:
    case Opcode.POP_JUMP_IF_TRUE:
    case Opcode.POP_JUMP_IF_NONE:
    case Opcode.POP_JUMP_IF_NOT_NONE: {
      const jumpTarget = after + p.oparg;
      const taken = nextAt !== after;
      const guard = BRANCH_GUARDS[opcode][taken ? 0 : 1];
      const exit = newExit(code, taken ? after : jumpTarget, p.sp - 1, true);
      emit(t, guard, p.at, p.oparg, p.sp - 1, p.sp, exit);
      return p.sp - 1 === nextSp ? null : 'stack mismatch';
    }
  }
  const lowering = LOWERINGS[opcode];
  const isForIter = opcode === Opcode.FOR_ITER || opcode === Opcode.FOR_ITER_LIST || opcode === Opcode.FOR_ITER_TUPLE || opcode === Opcode.FOR_ITER_RANGE;
  const loopEnd = p.at + 2 + p.oparg + 2;
  const pushes = lowering !== null && (lowering.includes(Uop._PUSH_FRAME) || lowering.includes(Uop._PUSH_INIT_FRAME));
  const returns = lowering !== null && lowering.includes(Uop._RETURN_VALUE);
  let unsupported = lowering === null ? `unsupported ${opcodeName(opcode)}` : isForIter && nextAt === loopEnd ? 'loop exhausted while recording' : null;
  if (pushes) {
    // The version guard must pin the function that ran: the cache may be a deopted member's.
    const version = code.caches[p.at + UOPS[Uop._CHECK_FUNCTION_VERSION].cacheAt[0]];
    const callable = recorded(p, p.opcode, RecordedKind.CALLABLE);
    const callee = project(Projection.FUNCTION, callable);
    if (nextFrame.previous !== t.frame || nextFrame === t.frame || callee === null || nextFrame.func !== callee || project(Projection.GUARDED_VERSION, callable) !== version) {
      unsupported = 'call not followed';
    }
    else if (t.frames.length >= MAX_INLINED_FRAMES) unsupported = 'too deep';
    else if (t.frames.some((f) => f.code === nextFrame.code)) unsupported = 'recursive call';
  } else if (returns && t.frames.length === 1) {
    const root = t.frame;
    if (root.isEntry || root.initSelf !== null || nextFrame !== root.previous || t.parentExit === null) unsupported = 'returned from its frame';
  } else if (returns && nextFrame !== t.frames[t.frames.length - 2]) {
    return 'frame changed';
  }
  if (unsupported !== null) {
    exitTrace(t, p.target, p.sp);
    jitStats.end(unsupported);
    return 'done';
  }
  let sp = p.sp;
  for (const id of lowering!) {
    const [nIn, nOut] = stackCounts(id, p.oparg);
    const base = sp - nIn;
    const info = UOPS[id];
    let exit: Exit | null = null;
    if (info.exits) {
      if (info.exit === 'loop-end') exit = newExit(code, loopEnd, base, true);
      else exit = newExit(code, p.target, p.sp, false);
    }
    if (id === Uop._PUSH_FRAME || id === Uop._PUSH_INIT_FRAME) {
      // The caller resumes after the CALL and its cache.
      emit(t, id, p.at, p.oparg, base, p.sp, null, { operand: p.at + 4, callee: nextFrame.code });
      t.callBases.push(base);
      t.frames.push(nextFrame);
      return nextSp === nextFrame.sp ? null : 'stack mismatch';
    }
    if (id === Uop._RETURN_VALUE && t.frames.length === 1) {
      // Out of the frame the trace began in: guard the caller, then go on in it.
      emit(t, Uop._GUARD_CALLER, p.at, 0, p.sp, p.sp, newExit(code, p.target, p.sp, false), { operand: nextAt, callee: nextFrame.code });
      emit(t, id, p.at, p.oparg, base, p.sp, null, { operand: nextSp - 1, callee: nextFrame.code });
      t.frames[0] = nextFrame;
      return null;
    }
    if (id === Uop._RETURN_VALUE) {
      emit(t, id, p.at, p.oparg, base, p.sp, null);
      t.frames.pop();
      const resultAt = t.callBases.pop()!;
      return nextSp === resultAt + 1 ? null : 'stack mismatch';
    }
    emit(t, id, p.at, p.oparg, base, p.sp, exit);
    sp = base + nOut;
  }
  return sp === nextSp ? null : 'stack mismatch';
}

let opcodeNames: readonly string[] | null = null;
function opcodeName(opcode: number): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  opcodeNames ??= (require('../generated/opcodes') as { OPCODE_NAMES: readonly string[] }).OPCODE_NAMES;
  return opcodeNames[opcode];
}

/**
 * The loop that records is left (its frame returned or yielded) right after the recorded
 * instruction ran: the trace ends before that instruction, or is abandoned if it ran deeper.
 */
export function leaveLoop(ts: ThreadState): false {
  const t = ts.tracer;
  if (t === null) return false;
  if (t.prev === null || t.frames.length !== 1) return abort(ts, 'left the loop');
  exitTrace(t, t.prev.target, t.prev.sp);
  jitStats.end('returned from its frame');
  return finish(ts);
}

/** Abandons the recording. Returns false (recording is over). */
export function abort(ts: ThreadState, reason: string): false {
  const t = ts.tracer;
  if (t === null) return false;
  ts.tracer = null;
  jitStats.abort(reason);
  const units = t.startCode.instructions;
  if (t.trigger >= 0) units[t.trigger + 1] = restartCounter(units[t.trigger + 1]);
  return false;
}

/** Builds the executor of a finished recording and attaches it. Returns false (recording is over). */
function finish(ts: ThreadState): false {
  const t = ts.tracer!;
  // A trace that leaves at its first instruction does nothing but cost, unless it is a side
  // trace that leads on to an executor (a loop's exit stitched to the enclosing loop's trace).
  const work = t.uops.filter((u) => u.id !== Uop._CHECK_VALIDITY && u.id !== Uop._EXIT_TRACE).length;
  const last = t.uops[t.uops.length - 1];
  const stitches = t.parentExit !== null && last.id === Uop._EXIT_TRACE && (last.exit!.code.instructions[last.exit!.target] & 255) === Opcode.ENTER_EXECUTOR;
  if (work === 0 && !stitches) return abort(ts, 'too short');
  ts.tracer = null;
  const code = t.startCode;
  const began = performance.now();
  let run;
  let source: string | null = null;
  if (JIT_CONFIG.mode === 'js') {
    const compiled = compileTrace(t.uops, code, t.startSp, JIT_CONFIG.countUops);
    run = compiled.run;
    source = compiled.source;
  } else {
    run = runUops;
  }
  const units = code.instructions;
  const executor = new Executor(code, t.start, units[t.start] & 255, units[t.start] >> 8, t.uops, t.exits, t.chainDepth, run);
  executor.source = source;
  jitStats.compileMs += performance.now() - began;
  if (JIT_CONFIG.countUops) jitStats.executors.push(executor);
  jitStats.traceLengths.push(t.uops.length);
  if (t.parentExit === null) {
    const executors = (code.executors ??= []);
    executor.index = executors.length;
    executors.push(executor);
    units[t.start] = (executor.index << 8) | Opcode.ENTER_EXECUTOR;
    if (t.trigger >= 0) units[t.trigger + 1] = jumpBackwardCounter();
    jitStats.tracesCreated++;
  } else {
    t.parentExit.executor = executor;
    executor.linkedFrom.add(t.parentExit);
    jitStats.sideTracesCreated++;
  }
  for (const d of t.dependencies) watch(d, executor);
  if (JIT_CONFIG.dump) dumpExecutor(executor);
  return false;
}

/** -X jit-dump: the executor's uops with their lines, then its JS. */
function dumpExecutor(executor: Executor): void {
  const code = executor.code;
  const lines = [`executor for ${code.qualname} at offset ${executor.start * 2} (${code.filename}:${code.lineOf(executor.start) ?? '?'})`];
  const codes = [code];
  for (const u of executor.uops) {
    const exit = u.exit === null ? '' : ` -> exit to ${u.exit.target * 2}`;
    const here = codes[codes.length - 1];
    const where = `${here === code ? '' : `${here.qualname} `}line ${here.lineOf(u.at) ?? '?'}`;
    lines.push(`  ${'  '.repeat(u.depth)}${UOPS[u.id].name.padEnd(32 - 2 * u.depth)} ${String(u.oparg).padStart(4)}  ${where}${exit}`);
    if (u.id === Uop._PUSH_FRAME || u.id === Uop._PUSH_INIT_FRAME) codes.push(u.callee!);
    else if (u.id === Uop._RETURN_VALUE && u.depth === 0 && u.callee !== null) codes[codes.length - 1] = u.callee;
    else if (u.id === Uop._RETURN_VALUE) codes.pop();
  }
  if (executor.source !== null) lines.push(executor.source);
  JIT_CONFIG.write(lines.join('\n') + '\n');
}
