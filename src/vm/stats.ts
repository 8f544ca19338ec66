// Tier 1's statistics, the figures CPython's pystats reports for its specializing interpreter:
// executions per opcode, and per family specialization attempts, successes, failures by
// reason, hits, misses and deopts. Counting costs: only evalTier1WithStats counts, and
// `-X stats` (or the API) selects it.
import { FAMILIES, OPCODE_NAMES } from '../generated/opcodes';

export interface FamilyFigures {
  readonly family: string;
  /** Executions of the head that counted down towards specializing ("deferred"). */
  readonly deferred: number;
  readonly attempts: number;
  readonly successes: number;
  /** Failed attempts by reason. */
  readonly failures: ReadonlyMap<string, number>;
  /** Executions of members whose guards held. */
  readonly hits: number;
  /** Executions of members whose guards failed (they ran as the head). */
  readonly misses: number;
  /** Misses that found the counter at zero, so that the instruction specialized again. */
  readonly deopts: number;
  /** Successful specializations by member. */
  readonly members: ReadonlyMap<string, number>;
}

export class Tier1Stats {
  /** Instructions run, by the opcode as it ran (a specialized member counts as itself). */
  readonly executed = new Float64Array(256);
  readonly deferred = new Float64Array(256);
  readonly misses = new Float64Array(256);
  readonly deopts = new Float64Array(256);
  private readonly attempts = new Float64Array(256);
  private readonly successes = new Float64Array(256);
  private readonly byMember = new Float64Array(256);
  private readonly failures = new Map<number, Map<string, number>>();

  missed(opcode: number, deopt: boolean): void {
    this.misses[opcode]++;
    if (deopt) this.deopts[opcode]++;
  }

  /** A specialization attempt of `head`: the member it chose, or null and why not. */
  attempted(head: number, member: number | null, reason: string): void {
    this.attempts[head]++;
    if (member !== null) {
      this.successes[head]++;
      this.byMember[member]++;
      return;
    }
    let reasons = this.failures.get(head);
    if (reasons === undefined) this.failures.set(head, (reasons = new Map()));
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }

  family(head: number): FamilyFigures {
    const members = FAMILIES[head] ?? [];
    let hits = 0;
    let misses = 0;
    let deopts = 0;
    const chosen = new Map<string, number>();
    for (const m of members) {
      hits += this.executed[m] - this.misses[m];
      misses += this.misses[m];
      deopts += this.deopts[m];
      if (this.byMember[m] > 0) chosen.set(OPCODE_NAMES[m], this.byMember[m]);
    }
    return {
      family: OPCODE_NAMES[head],
      deferred: this.deferred[head],
      attempts: this.attempts[head],
      successes: this.successes[head],
      failures: this.failures.get(head) ?? new Map(),
      hits,
      misses,
      deopts,
      members: chosen,
    };
  }

  /** Everything counted, as plain data (`-X stats=json`). */
  toJSON(): object {
    const executed: Record<string, number> = {};
    this.executed.forEach((n, op) => {
      if (n > 0) executed[OPCODE_NAMES[op]] = n;
    });
    const families: Record<string, object> = {};
    for (const head of Object.keys(FAMILIES).map(Number)) {
      const f = this.family(head);
      families[f.family] = { ...f, failures: Object.fromEntries(f.failures), members: Object.fromEntries(f.members) };
    }
    return { executed, families };
  }

  /** The report `-X stats` prints when the program ends. */
  report(): string {
    const lines: string[] = ['Tier 1 execution counts:'];
    const total = this.executed.reduce((a, b) => a + b, 0);
    const ran = [...this.executed.keys()].filter((op) => this.executed[op] > 0).sort((a, b) => this.executed[b] - this.executed[a]);
    for (const op of ran) {
      const share = ((100 * this.executed[op]) / total).toFixed(1);
      lines.push(`  ${OPCODE_NAMES[op].padEnd(42)} ${String(this.executed[op]).padStart(12)} ${share.padStart(5)}%`);
    }
    lines.push(`  ${'total'.padEnd(42)} ${String(total).padStart(12)}`, '', 'Tier 1 specialization:');
    for (const head of Object.keys(FAMILIES).map(Number)) {
      const f = this.family(head);
      if (f.attempts === 0 && f.deferred === 0 && this.executed[head] === 0) continue;
      lines.push(
        `  ${f.family}: executed ${this.executed[head] + f.hits + f.misses}, deferred ${f.deferred}, ` +
          `attempts ${f.attempts}, successes ${f.successes}, failures ${f.attempts - f.successes}, ` +
          `hits ${f.hits}, misses ${f.misses}, deopts ${f.deopts}`,
      );
      for (const [member, n] of f.members) lines.push(`    specialized to ${member}: ${n}`);
      const reasons = [...f.failures].sort((a, b) => b[1] - a[1]);
      for (const [reason, n] of reasons) lines.push(`    failure: ${reason}: ${n}`);
    }
    return lines.join('\n') + '\n';
  }
}
