// What executors depend on (DESIGN.md §5): classes whose versions their guards check, the
// globals and builtins dicts their LOAD_GLOBALs read, functions they call. When one changes,
// the executors that depend on it are invalidated and leave the bytecode. Guards keep a stale
// executor correct meanwhile; invalidation keeps it from exiting at the same guard forever.
// A JS Set per watched object stands in for CPython's Bloom filters.
import type { Executor } from './executor';

const dependents = new WeakMap<object, Set<Executor>>();

/** Hooks the object model calls on a change; installed lazily so that nothing costs until the JIT runs. */
export interface Watchable {
  /** Set on a dict some executor watches: its keys changing then invalidates them. */
  jitWatched?: boolean;
}

export function watch(target: object, executor: Executor): void {
  let set = dependents.get(target);
  if (set === undefined) dependents.set(target, (set = new Set()));
  set.add(executor);
  (target as Watchable).jitWatched = true;
}

/** A watched object changed: every executor depending on it is invalidated. */
export function changed(target: object): void {
  const set = dependents.get(target);
  if (set === undefined) return;
  dependents.delete(target);
  for (const executor of set) invalidate(executor);
}

export let invalidatedCount = 0;

/** Detaches an executor: ENTER_EXECUTOR gives its instruction back, and no exit leads to it. */
export function invalidate(executor: Executor): void {
  if (!executor.valid) return;
  executor.valid = false;
  invalidatedCount++;
  const code = executor.code;
  if (executor.index >= 0 && code.executors !== null && code.executors[executor.index] === executor) {
    code.instructions[executor.start] = (executor.oparg << 8) | executor.opcode;
    code.executors[executor.index] = null;
  }
  for (const exit of executor.linkedFrom) if (exit.executor === executor) exit.executor = null;
  executor.linkedFrom.clear();
  for (const exit of executor.exits) {
    if (exit.executor !== null) exit.executor.linkedFrom.delete(exit);
    exit.executor = null;
  }
}

/** Invalidates every executor of a code object (and gives its bytecode back). */
export function invalidateCode(executors: readonly (Executor | null)[]): void {
  for (const e of executors) if (e !== null) invalidate(e);
}
