// PyDict's storage: insertion order, one key for equal numbers, and lookups that stay right
// while removals leave holes and compaction renumbers the entries.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import '../src/objects/index';
import { PyDict } from '../src/objects/dict';
import { PyFloat, PyTuple } from '../src/objects/boxes';

test('1, 1.0 and True are one key; insertion order is kept', () => {
  const d = new PyDict();
  d.set(1, 'int');
  d.set(new PyFloat(1.0), 'float');
  d.set(true, 'bool');
  d.set('b', 2);
  d.set(new PyTuple([1, 'x']), 3);
  assert.equal(d.size, 3);
  assert.equal(d.get(1), 'bool');
  assert.equal(d.keys[0], 1);
  assert.equal(d.get(new PyTuple([new PyFloat(1.0), 'x'])), 3);
  assert.deepEqual(d.keyList().slice(0, 2), [1, 'b']);
});

test('lookups stay right through removals and compaction', () => {
  const d = new PyDict();
  const live = new Map<string, number>();
  for (let round = 0; round < 50; round++) {
    for (let i = 0; i < 40; i++) {
      const k = `k${round}_${i}`;
      d.setStr(k, i);
      live.set(k, i);
    }
    for (const k of [...live.keys()].slice(0, 35)) {
      assert.equal(d.delete(k), live.get(k));
      live.delete(k);
    }
    for (const [k, v] of live) assert.equal(d.getStr(k), v, `${k} after round ${round}`);
  }
  assert.equal(d.size, live.size);
  assert.deepEqual(d.keyList(), [...live.keys()]);
});

test('entries grow and compact when CPython resizes its table', () => {
  const d = new PyDict();
  for (let i = 0; i < 5; i++) d.set(i, i);
  d.delete(0);
  // Five entries fill a fresh table of 8; the sixth insertion resizes, dropping the hole.
  assert.equal(d.end, 5);
  d.set(10, 10);
  assert.equal(d.end, 5);
  assert.deepEqual(d.keyList(), [1, 2, 3, 4, 10]);
  // A removed last entry's position is reused by popitem, not by del.
  d.removeLast();
  assert.equal(d.end, 4);
  d.delete(4);
  assert.equal(d.end, 4);
});

test('pop of the last key keeps the other positions', () => {
  const d = new PyDict();
  d.set('a', 1);
  d.set('b', 2);
  d.delete('a');
  d.delete('b');
  d.set('c', 3);
  assert.equal(d.end, 3);
  assert.deepEqual(d.keyList(), ['c']);
});
