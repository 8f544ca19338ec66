// The whole corpus of tests/programs/ again with tier 2 on, at thresholds low enough that loops
// are recorded on their fourth iteration and side exits on their fourth use
// (JIT_TEST_ENVIRONMENT): every tier must give CPython's output. The known failures of tier 1
// are known failures here too. The JS backend runs every program and says, through its
// summary, which ones recorded anything; the uop interpreter runs those. Recording is the same
// whichever backend runs the traces, so a program that recorded nothing with one records
// nothing with the other and ran as tests/programs.test.ts runs it. The modes run one after the
// other: programs that write files beside themselves must not meet a copy of themselves.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { JIT_TEST_ENVIRONMENT, knownFailures, listPrograms, runPrograms, type Outcome } from './support/program-runner';

interface Summary {
  readonly tracesStarted: number;
}

describe('tests/programs run as under CPython 3.13 with tier 2', async () => {
  const names = listPrograms();
  const known = knownFailures();
  const parallel = Math.max(1, os.availableParallelism());
  const summaries = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-jit-summaries-'));
  const summaryOf = (name: string): string => path.join(summaries, name.replace(/[/\\]/g, '__') + '.jsonl');
  const js = new Map<string, Outcome>();
  const jsEnv = (name: string): Record<string, string> => ({ ...JIT_TEST_ENVIRONMENT, PYTHON_JIT: 'js', PYTHON_JIT_SUMMARY: summaryOf(name) });
  for (const o of await runPrograms(names, parallel, () => {}, jsEnv)) js.set(o.name, o);
  /** Programs whose JS run recorded a trace, or left no summary to say it did not. */
  const recorded = names.filter((name) => {
    let text: string;
    try {
      text = fs.readFileSync(summaryOf(name), 'utf8');
    } catch {
      return true;
    }
    return text.trim().split('\n').some((line) => (JSON.parse(line) as Summary).tracesStarted > 0);
  });
  fs.rmSync(summaries, { recursive: true, force: true });
  const uops = new Map<string, Outcome>();
  const uopsEnv = { ...JIT_TEST_ENVIRONMENT, PYTHON_JIT: 'uops' };
  for (const o of await runPrograms(recorded, parallel, () => {}, uopsEnv)) uops.set(o.name, o);

  it('records traces in most programs', () => {
    assert.ok(recorded.length >= names.length / 2, `only ${recorded.length} of ${names.length} programs recorded a trace`);
  });
  for (const [mode, outcomes] of [['js', js], ['uops', uops]] as const) {
    describe(`PYTHON_JIT=${mode}`, () => {
      for (const name of names) {
        if (known.has(name) || !outcomes.has(name)) continue;
        it(name, () => {
          const o = outcomes.get(name)!;
          assert.ok(o.ok, o.difference);
        });
      }
    });
  }
});
