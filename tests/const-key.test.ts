// constantKey (_PyCode_ConstantKey): which constants share a slot of co_consts.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { BytesConstant, ComplexConstant, FloatConstant, FrozensetConstant, TupleConstant, type ConstantValue } from '../src/compiler/ast/constants';
import { compileSource } from '../src/compiler';
import { constantKey } from '../src/compiler/const-key';

const same = (a: ConstantValue, b: ConstantValue): boolean => constantKey(a) === constantKey(b);
const bytes = (s: string): BytesConstant => new BytesConstant(new TextEncoder().encode(s));

test('values of different types are different constants', () => {
  assert.ok(!same(1, true));
  assert.ok(!same(1, new FloatConstant(1)));
  assert.ok(!same('1', 1));
  assert.ok(!same('a', bytes('a')));
  assert.ok(!same(null, 'None'));
});

test('0.0 and -0.0 differ; a NaN equals only itself', () => {
  assert.ok(!same(new FloatConstant(0), new FloatConstant(-0)));
  assert.ok(!same(new ComplexConstant(0, 0), new ComplexConstant(-0, 0)));
  const nan = new FloatConstant(NaN);
  assert.ok(same(nan, nan));
  assert.ok(!same(nan, new FloatConstant(NaN)));
});

test('tuples compare by items, without ambiguity between item boundaries', () => {
  assert.ok(same(new TupleConstant([1, 'a']), new TupleConstant([1, 'a'])));
  assert.ok(!same(new TupleConstant(['a,i1']), new TupleConstant(['a', 1])));
  assert.ok(!same(new TupleConstant([bytes('a,i1')]), new TupleConstant([bytes('a'), 1])));
  assert.ok(!same(new TupleConstant([bytes('a)')]), new TupleConstant([bytes('a'), 0])));
  assert.ok(!same(new TupleConstant([new TupleConstant([1])]), new TupleConstant([1])));
});

test('frozensets compare by items, in any order', () => {
  assert.ok(same(new FrozensetConstant(['a', 'b']), new FrozensetConstant(['b', 'a'])));
  assert.ok(!same(new FrozensetConstant(['a']), new TupleConstant(['a'])));
});

test('code objects compare by content: code compiled twice is one constant', () => {
  // The finally body, with its lambda, is compiled once for each way out of the try.
  const code = compileSource('try:\n    pass\nfinally:\n    f = lambda: 0\n', 'x.py', 'exec');
  assert.equal(code.co_consts.filter((c) => typeof c === 'object' && c !== null && 'co_code' in c).length, 1);
});
