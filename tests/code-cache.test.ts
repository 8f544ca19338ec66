// The library's code cache (vm/stdlib-code-cache.ts): compiled code written as text reads back
// the same, every kind of constant included; the cache is used only for the source and compiler
// it was made from; and a cache that cannot be read is compiled around, never trusted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compileSource } from '../src/compiler';
import type { CompiledCode } from '../src/compiler/code';
import { deserializeCode, serializeCode } from '../src/vm/code-serial';
import { cacheFile, cachedModuleCode } from '../src/vm/stdlib-code-cache';

const EVERY_CONSTANT = `
"""doc"""
import sys
big = 2 ** 100
neg_big = -(2 ** 70)
floats = (1.5, -0.0, 1e400, -1e400, 1e-320, 0.1)
nan = 1e400 * 0
z = (2j, -0.0j, 1+2.5j)
data = b'\\x00\\xffbytes'
s = '\\ud800\\udc00', '\\udfff alone', 'caf\\u00e9 \\U0001f600'
e = ...
t = (1, ('nested', None, True, False), ())
if big in {1, 2, 'three', 4.0}:
    pass
def f(a, /, b, *c, d=1, **e):
    x = lambda y: y + a
    class K:
        def m(self): return __class__
    return [i * 2 for i in c if i], {k: v for k, v in e.items()}, (yield b)
async def g():
    async with f() as h:
        await h
try:
    1 / 0
except* ZeroDivisionError:
    pass
`;

function withoutFilename(code: CompiledCode): unknown {
  return JSON.parse(JSON.stringify(code, (key, value: unknown) => {
    if (key === 'co_filename') return undefined;
    if (typeof value === 'bigint') return `bigint ${value}`;
    if (value instanceof Uint8Array) return Array.from(value);
    if (typeof value === 'number' && !Number.isFinite(value)) return `float ${value}`;
    if (Object.is(value, -0)) return 'float -0';
    return value;
  }));
}

describe('the library code cache', () => {
  it('reads back the code it wrote, every kind of constant included', () => {
    const code = compileSource(EVERY_CONSTANT, 'every.py', 'exec');
    const back = deserializeCode(serializeCode(code), '/elsewhere/every.py');
    assert.deepEqual(withoutFilename(back), withoutFilename(code));
    assert.equal(back.co_filename, '/elsewhere/every.py');
    const nested = back.co_consts.find((c): c is CompiledCode => typeof c === 'object' && c !== null && '_kind' in c);
    assert.equal(nested?.co_filename, '/elsewhere/every.py', 'nested code takes the file name too');
  });

  it('uses a cache only for the source it was made from, and compiles around an unreadable one', () => {
    const library = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-cache-'));
    try {
      const file = path.join(library, 'mod.py');
      let compiles = 0;
      const load = (text: string): CompiledCode => {
        const source = Buffer.from(text);
        return cachedModuleCode(file, source, () => (compiles++, compileSource(source, file, 'exec')), library);
      };
      const first = load('x = 1\n');
      assert.equal(compiles, 1);
      assert.ok(fs.existsSync(cacheFile(file)));
      assert.deepEqual(withoutFilename(load('x = 1\n')), withoutFilename(first));
      assert.equal(compiles, 1, 'the second load comes from the cache');
      assert.deepEqual(load('x = 2\n').co_consts, [2, null]);
      assert.equal(compiles, 2, 'changed source is compiled again');
      const text = fs.readFileSync(cacheFile(file), 'utf8');
      fs.writeFileSync(cacheFile(file), text.slice(0, text.indexOf('\n') + 1) + '{"broken');
      assert.deepEqual(load('x = 2\n').co_consts, [2, null]);
      assert.equal(compiles, 3, 'an unreadable cache is compiled around');
      const outside = path.join(os.tmpdir(), 'taipan-not-library.py');
      cachedModuleCode(outside, Buffer.from('y = 1\n'), () => (compiles++, compileSource('y = 1\n', outside, 'exec')), library);
      assert.ok(!fs.existsSync(cacheFile(outside)), 'modules outside the library are not cached');
    } finally {
      fs.rmSync(library, { recursive: true, force: true });
    }
  });
});
