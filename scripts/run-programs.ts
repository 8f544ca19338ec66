// `npm run programs [-- PATTERN…]`: runs the programs of tests/programs/ (those whose path
// contains a PATTERN) and prints each failure, then a summary; --write-known-failures
// rewrites tests/programs-known-failures.txt from this run (keeping reasons already written);
// --jit=uops or --jit=js runs them with tier 2 at thresholds low enough that traces form.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JIT_TEST_ENVIRONMENT, KNOWN_FAILURES, knownFailures, listPrograms, runPrograms } from '../tests/support/program-runner';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write-known-failures');
  const patterns = args.filter((a) => !a.startsWith('--'));
  const names = listPrograms().filter((n) => patterns.length === 0 || patterns.some((p) => n.includes(p)));
  const parallel = Math.max(1, os.availableParallelism());
  const jit = args.find((a) => a.startsWith('--jit='))?.slice('--jit='.length);
  const summary = path.join(os.tmpdir(), `taipan-jit-summary-${process.pid}.jsonl`);
  const env = jit === undefined ? {} : { ...JIT_TEST_ENVIRONMENT, PYTHON_JIT: jit, PYTHON_JIT_SUMMARY: summary };
  const outcomes = await runPrograms(names, parallel, (o) => {
    if (!o.ok) console.log(`FAIL ${o.name}: ${o.difference}`);
  }, env);
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`${outcomes.length - failed.length}/${outcomes.length} programs pass`);
  if (jit !== undefined && fs.existsSync(summary)) {
    const runs = fs.readFileSync(summary, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    fs.unlinkSync(summary);
    const sum = (key: string): number => runs.reduce((n, r) => n + (r[key] ?? 0), 0);
    const withExecutors = runs.filter((r) => r.tracesCreated + r.sideTracesCreated > 0).length;
    console.log(
      `tier 2 (${jit}): ${sum('tracesCreated')} executors and ${sum('sideTracesCreated')} side traces in ${withExecutors} of ${runs.length} runs; ` +
        `${sum('tracesStarted')} recordings started, ${sum('executorsEntered')} executors entered, ${sum('executorsInvalidated')} invalidated`,
    );
  }
  if (write) {
    const known = knownFailures();
    const lines = [
      '# Programs of tests/programs/ that Taipan does not run like CPython yet (tests/programs.test.ts).',
      '# One line each: the path, then ` # reason`. Fix a program, delete its line.',
      ...failed.map((o) => `${o.name} # ${known.get(o.name) || o.difference}`),
    ];
    fs.writeFileSync(KNOWN_FAILURES, lines.join('\n') + '\n');
    console.log(`wrote ${failed.length} known failures`);
  }
}

void main();
