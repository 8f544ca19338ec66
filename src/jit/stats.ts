// What tier 2 counts for `-X stats` and sys._jit: traces made and abandoned (by reason),
// their lengths, executors entered, exits taken and linked, invalidations, compile time.
import { invalidatedCount } from './dependencies';
import type { Executor } from './executor';

export class JitStats {
  tracesStarted = 0;
  tracesCreated = 0;
  sideTracesCreated = 0;
  readonly aborts = new Map<string, number>();
  readonly ends = new Map<string, number>();
  readonly traceLengths: number[] = [];
  /** Instructions whose guard failed during the recorded run, lowered as their family head. */
  immediateDeopts = 0;
  executorsEntered = 0;
  exitsTaken = 0;
  exitsLinked = 0;
  compileMs = 0;
  /** Every executor made, kept only while uops are counted (-X stats). */
  readonly executors: Executor[] = [];

  abort(reason: string): void {
    this.aborts.set(reason, (this.aborts.get(reason) ?? 0) + 1);
  }

  end(reason: string): void {
    this.ends.set(reason, (this.ends.get(reason) ?? 0) + 1);
  }

  reset(): void {
    Object.assign(this, new JitStats());
  }

  toJSON(): object {
    const lengths = [...this.traceLengths].sort((a, b) => a - b);
    return {
      tracesStarted: this.tracesStarted,
      tracesCreated: this.tracesCreated,
      sideTracesCreated: this.sideTracesCreated,
      aborts: Object.fromEntries(this.aborts),
      ends: Object.fromEntries(this.ends),
      immediateDeopts: this.immediateDeopts,
      traceLengthMedian: lengths.length === 0 ? 0 : lengths[lengths.length >> 1],
      traceLengthMax: lengths.length === 0 ? 0 : lengths[lengths.length - 1],
      executorsEntered: this.executorsEntered,
      uopsExecuted: this.executors.reduce((n, e) => n + e.uopsRun, 0),
      exitsTaken: this.exitsTaken,
      exitsLinked: this.exitsLinked,
      executorsInvalidated: invalidatedCount,
      compileMs: Math.round(this.compileMs * 1000) / 1000,
    };
  }

  /** The tier-2 part of what \`-X stats\` prints. */
  report(): string {
    const data = this.toJSON() as Record<string, unknown>;
    const lines = ['', 'Tier 2:'];
    for (const [key, value] of Object.entries(data)) {
      if (value !== null && typeof value === 'object') {
        lines.push(`  ${key}:`);
        for (const [reason, n] of Object.entries(value)) lines.push(`    ${reason}: ${n}`);
      } else {
        lines.push(`  ${key}: ${value}`);
      }
    }
    return lines.join('\n') + '\n';
  }
}

export const jitStats = new JitStats();
