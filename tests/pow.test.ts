// float ** gives glibc's pow bit for bit, also where glibc is not correctly rounded
// (tests/data/pow.json, from scripts/generate-pow-test-data.py), and the exact FMA that the
// reproduction of glibc's pow relies on is one.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { libmPow } from '../src/objects/float-pow';
import { exactFma, fma } from '../src/objects/fma';
import { doubleFromBits, readDataFile } from './data-files';

interface PowData {
  /** [bits of x, bits of y, bits of x ** y] where glibc's result is not the correctly rounded one. */
  readonly differing: readonly [string, string, string][];
  /** The same where it is. */
  readonly agreeing: readonly [string, string, string][];
}

const data = readDataFile<PowData>('pow.json');

for (const group of ['differing', 'agreeing'] as const) {
  test(`pow() is glibc's where glibc is ${group === 'differing' ? 'not ' : ''}correctly rounded`, () => {
    assert.ok(data[group].length >= 1000);
    for (const [xs, ys, rs] of data[group]) {
      const x = doubleFromBits(xs);
      const y = doubleFromBits(ys);
      const expected = doubleFromBits(rs);
      assert.ok(Object.is(libmPow(x, y), expected), `${x} ** ${y}: expected ${expected}, got ${libmPow(x, y)}`);
    }
  });
}

test('fma in doubles rounds like the exact one', () => {
  // A fixed generator, so that a failure can be reproduced.
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const operand = (): number => (random() - 0.5) * 2 ** (Math.floor(random() * 120) - 60);
  for (let i = 0; i < 200000; i++) {
    const a = operand();
    const b = operand();
    const kinds = [operand(), -(a * b), -(a * b) * (1 + 2 ** -52 * Math.floor(random() * 8 - 4)), a * b * 2 ** -53];
    const c = kinds[i % 4];
    const fast = fma(a, b, c);
    const exact = exactFma(a, b, c);
    assert.ok(Object.is(fast, exact) || (fast === 0 && exact === 0), `fma(${a}, ${b}, ${c}): ${fast}, exactly ${exact}`);
  }
  assert.equal(exactFma(0.1, 10, -1), 5.551115123125783e-17);
});
