// Every program of tests/programs/ behaves under Taipan as under CPython 3.13 (stdout, exit
// status, last stderr line), except those listed with a reason in
// tests/programs-known-failures.txt; a listed program that passes must leave the list.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { knownFailures, listPrograms, PROGRAMS, runPrograms, type Outcome } from './support/program-runner';

describe('tests/programs run as under CPython 3.13', async () => {
  const names = listPrograms();
  const known = knownFailures();
  const outcomes = new Map<string, Outcome>();
  for (const o of await runPrograms(names, Math.max(1, os.availableParallelism()), () => {})) outcomes.set(o.name, o);
  it('has a corpus of at least 400 programs', () => {
    assert.ok(names.length >= 400, `only ${names.length} programs`);
  });
  for (const name of names) {
    it(name, () => {
      const o = outcomes.get(name)!;
      if (known.has(name)) {
        assert.ok(!o.ok, `${name} passes now: remove it from tests/programs-known-failures.txt`);
      } else {
        assert.ok(o.ok, o.difference);
      }
    });
  }
  it('expects no output that depends on where the repository is', () => {
    // An expectation recorded with an absolute path passes on the machine that recorded it only.
    const root = path.resolve(PROGRAMS, '..', '..');
    for (const name of names) {
      for (const suffix of ['.stdout', '.exit']) {
        const text = fs.readFileSync(path.join(PROGRAMS, name.slice(0, -3) + suffix), 'utf8');
        assert.ok(!text.includes(root), `${name.slice(0, -3)}${suffix} mentions ${root}`);
      }
    }
  });
  it('lists only programs that exist', () => {
    for (const name of known.keys()) assert.ok(names.includes(name), `${name} is in the known failures but not in tests/programs/`);
  });
});
