// V8 stops optimizing a function whose bytecode grows too large (DESIGN.md §3): the tier-1
// loop must stay small enough that, once warm, TurboFan compiles it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/** V8's %GetOptimizationStatus bits (src/runtime/runtime-test.cc, OptimizationStatus). */
const OPTIMIZED = 1 << 4;
const TURBOFANNED = 1 << 6;

test('the tier-1 interpreter loop is optimized by TurboFan after a warm-up', () => {
  const script = path.join(__dirname, 'support', 'loop-optimization.js');
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { status, check } = JSON.parse(r.stdout) as { status: number; check: number };
  // The Python function really ran: sum of multiples of 3 below 200, minus the other numbers.
  let expected = 0;
  for (let i = 0; i < 200; i++) expected += i % 3 === 0 ? i : -1;
  assert.equal(check, expected * 3000);
  assert.ok((status & OPTIMIZED) !== 0 && (status & TURBOFANNED) !== 0, `evalTier1 is not optimized by TurboFan (status bits ${status.toString(2)})`);
});
