// The whole corpus of tests/programs/ again with tier 2 on, in both backends, at thresholds
// low enough that loops are recorded on their fourth iteration and side exits on their fourth
// use (JIT_TEST_ENVIRONMENT): every tier must give CPython's output. The known failures of
// tier 1 are known failures here too.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { describe, it } from 'node:test';
import { JIT_TEST_ENVIRONMENT, knownFailures, listPrograms, runPrograms, type Outcome } from './support/program-runner';

for (const mode of ['uops', 'js']) {
  describe(`tests/programs run as under CPython 3.13 with PYTHON_JIT=${mode}`, async () => {
    const names = listPrograms();
    const known = knownFailures();
    const outcomes = new Map<string, Outcome>();
    const env = { ...JIT_TEST_ENVIRONMENT, PYTHON_JIT: mode };
    for (const o of await runPrograms(names, Math.max(1, os.availableParallelism()), () => {}, env)) outcomes.set(o.name, o);
    for (const name of names) {
      if (known.has(name)) continue;
      it(name, () => {
        const o = outcomes.get(name)!;
        assert.ok(o.ok, o.difference);
      });
    }
  });
}
