// The whole corpus of tests/programs/ again with tier 2 on, in both backends, at thresholds
// low enough that loops are recorded on their fourth iteration and side exits on their fourth
// use (JIT_TEST_ENVIRONMENT): every tier must give CPython's output. The known failures of
// tier 1 are known failures here too. The modes run one after the other: programs that write
// files beside themselves must not meet a copy of themselves.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { describe, it } from 'node:test';
import { JIT_TEST_ENVIRONMENT, knownFailures, listPrograms, runPrograms, type Outcome } from './support/program-runner';

const MODES = ['uops', 'js'];

describe('tests/programs run as under CPython 3.13 with tier 2', async () => {
  const names = listPrograms();
  const known = knownFailures();
  const outcomes = new Map<string, Map<string, Outcome>>();
  for (const mode of MODES) {
    const env = { ...JIT_TEST_ENVIRONMENT, PYTHON_JIT: mode };
    const byName = new Map<string, Outcome>();
    for (const o of await runPrograms(names, Math.max(1, os.availableParallelism()), () => {}, env)) byName.set(o.name, o);
    outcomes.set(mode, byName);
  }
  for (const mode of MODES) {
    describe(`PYTHON_JIT=${mode}`, () => {
      for (const name of names) {
        if (known.has(name)) continue;
        it(name, () => {
          const o = outcomes.get(mode)!.get(name)!;
          assert.ok(o.ok, o.difference);
        });
      }
    });
  }
});
