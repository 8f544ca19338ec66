// `-X stats`: the figures of tier 1's specialization on programs whose counts are known.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const TAIPAN = path.resolve(__dirname, '..', '..', 'bin', 'taipan.js');

interface Family {
  deferred: number;
  attempts: number;
  successes: number;
  failures: Record<string, number>;
  hits: number;
  misses: number;
  deopts: number;
  members: Record<string, number>;
}

function statsOf(source: string, ...options: string[]): { executed: Record<string, number>; families: Record<string, Family> } {
  const r = spawnSync(process.execPath, [TAIPAN, ...options, '-X', 'stats=json', '-c', source], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stderr.trim().split('\n').pop()!);
}

const ADD = `
def f(a, b):
    return a + b
for i in range(100):
    f(i, 1)
for i in range(60):
    f(0.5, 0.5)
`;

test('an instruction specializes on its second execution, then misses 53 times before it specializes again', () => {
  const { executed, families } = statsOf(ADD);
  const binaryOp = families['BINARY_OP'];
  // 1st execution counts down (deferred), the 2nd specializes to ADD_INT, which runs the
  // other 98 int calls. The float calls miss: the cooldown counter (52) counts 52 of them
  // down as deferred, the 53rd finds it at zero (a deopt) and specializes to ADD_FLOAT,
  // which runs the remaining 7.
  assert.equal(executed['BINARY_OP'], 2);
  assert.equal(executed['BINARY_OP_ADD_INT'], 98 + 53);
  assert.equal(executed['BINARY_OP_ADD_FLOAT'], 7);
  assert.deepEqual(
    { deferred: binaryOp.deferred, attempts: binaryOp.attempts, successes: binaryOp.successes, hits: binaryOp.hits, misses: binaryOp.misses, deopts: binaryOp.deopts },
    { deferred: 1 + 52, attempts: 2, successes: 2, hits: 98 + 7, misses: 53, deopts: 1 },
  );
  assert.deepEqual(binaryOp.members, { BINARY_OP_ADD_INT: 1, BINARY_OP_ADD_FLOAT: 1 });
  // Each of the two calls of f runs twice as CALL, then as CALL_PY_EXACT_ARGS.
  assert.equal(executed['CALL_PY_EXACT_ARGS'], 98 + 58);
});

test('a failed specialization backs off exponentially, and says why', () => {
  // `a % b` on ints has no specialized form: attempts at executions 2, 5, 12, 27, 58 (after
  // each failure a wait of 2^k - 1, k = 2, 3, 4, 5). Every execution counts down, the ones
  // that attempted too (they run again as the head, as CPython's DISPATCH_SAME_OPARG does).
  const { families } = statsOf('for i in range(60):\n    i % 7\n');
  const binaryOp = families['BINARY_OP'];
  assert.equal(binaryOp.attempts, 5);
  assert.equal(binaryOp.successes, 0);
  assert.deepEqual(binaryOp.failures, { 'int % int': 5 });
  assert.equal(binaryOp.deferred, 60);
});

test('-X specialize=off leaves every instruction generic', () => {
  const { executed, families } = statsOf(ADD, '-X', 'specialize=off');
  assert.equal(executed['BINARY_OP'], 160);
  assert.equal(executed['BINARY_OP_ADD_INT'], undefined);
  assert.equal(families['BINARY_OP'].successes, 0);
});
