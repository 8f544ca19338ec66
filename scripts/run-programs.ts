// `npm run programs [-- PATTERN…]`: runs the programs of tests/programs/ (those whose path
// contains a PATTERN) and prints each failure, then a summary; --write-known-failures
// rewrites tests/programs-known-failures.txt from this run (keeping reasons already written).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { KNOWN_FAILURES, knownFailures, listPrograms, runPrograms } from '../tests/support/program-runner';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write-known-failures');
  const patterns = args.filter((a) => !a.startsWith('--'));
  const names = listPrograms().filter((n) => patterns.length === 0 || patterns.some((p) => n.includes(p)));
  const parallel = Math.max(1, os.availableParallelism());
  const outcomes = await runPrograms(names, parallel, (o) => {
    if (!o.ok) console.log(`FAIL ${o.name}: ${o.difference}`);
  });
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`${outcomes.length - failed.length}/${outcomes.length} programs pass`);
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
