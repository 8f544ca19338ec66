// Bad input never crashes the host: whatever bytes the front end is given, it returns an AST
// or raises a Python exception (SyntaxError and its subclasses with a location, or
// MemoryError for source too deeply nested), never a JS error. The exact messages for these
// inputs are checked against CPython by the syntax-error corpus; this test checks the
// property on inputs no corpus lists: random bytes, damaged real code, huge and deep sources.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSource } from '../src/compiler';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';
import { parse } from '../src/compiler/parser';

/** A small seeded generator (mulberry32), so every run tries the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the front end did with `source`: 'ok', or the Python exception it raised. A JS error fails the test. */
function outcome(source: string | Uint8Array, label: string): 'ok' | PySyntaxError | PyCompileError {
  try {
    checkSource(source, '<fuzz>', 'exec');
    return 'ok';
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // Null bytes are refused before any position exists, as CPython's compile() does.
      if (e.msg !== 'source code string cannot contain null bytes') {
        assert.ok(e.lineno !== null && e.offset !== null, `${label}: ${e.type} without a location: ${e.msg}`);
      }
      return e;
    }
    if (e instanceof PyCompileError) return e;
    assert.fail(`${label}: a JS error escaped: ${(e as Error)?.stack ?? String(e)}`);
  }
}

test('random bytes give an AST or a Python exception', () => {
  const next = random(0x7a1);
  for (let n = 0; n < 400; n++) {
    const length = Math.floor(next() * 200);
    const bytes = new Uint8Array(length);
    // Half the cases are printable ASCII and newlines, which get further into the parser.
    const printable = n % 2 === 0;
    for (let i = 0; i < length; i++) {
      bytes[i] = printable ? (next() < 0.1 ? 10 : 32 + Math.floor(next() * 95)) : Math.floor(next() * 256);
    }
    outcome(bytes, `random bytes #${n}`);
  }
});

const SAMPLE_DIR = path.join(__dirname, '..', '..', 'src', 'compiler');
const SAMPLE = `
import os, sys
from collections import defaultdict as dd

@decorator(arg=1)
class Shape[T: (int, float)](Base, metaclass=Meta):
    """A shape."""
    sides: int = 0

    def __init__(self, *args: T, name: str = "x", **kw) -> None:
        super().__init__(*args, **kw)
        self.points = [p for p in args if p is not None]
        self.area = lambda: sum(x ** 2 for x in self.points) / (len(self.points) or 1)

    async def run(self):
        async with self.lock as held, open(f"{self.name!r:>{10}}") as f:
            async for line in f:
                match line.split():
                    case ["go", direction] if direction in {"n", "s"}:
                        yield direction
                    case {"k": [1, *rest]} | Point(x=0, y=_) as p:
                        continue
                    case _:
                        break
        try:
            del self.points[1:2, ::3]
        except* (ValueError, TypeError) as eg:
            raise RuntimeError("bad") from eg
        finally:
            global counter; counter += 1
        return (yield from other()) if held else not await self.wait()
type Alias[K, *Ts, **P] = dict[K, tuple[*Ts]]
x = y = 0x_ff + 1_000.5e-3j @ b'\\x00' if a else r'\\d' 'more' f"{x=}"
`;

test('damaged real code gives an AST or a Python exception', () => {
  const next = random(0xbad);
  const pieces = [
    '(', ')', '[', ']', '{', '}', ':', ',', '=', '==', ':=', '*', '**', '"', "'", '"""', 'f"{', '}', '\\',
    'if', 'else', 'lambda', 'yield', 'await', 'async', 'match', 'case', 'type', '\n', '\n    ', '\t', '#', '@',
  ];
  for (let n = 0; n < 1500; n++) {
    let source = SAMPLE;
    const edits = 1 + Math.floor(next() * 3);
    for (let k = 0; k < edits; k++) {
      const at = Math.floor(next() * source.length);
      const r = next();
      if (r < 0.4) source = source.slice(0, at) + source.slice(at + 1 + Math.floor(next() * 3));
      else if (r < 0.8) source = source.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + source.slice(at);
      else source = source.slice(0, at);
    }
    outcome(source, `damaged sample #${n}`);
  }
});

test('every source file of the compiler, cut at random points, gives an AST or a Python exception', () => {
  // Our own TypeScript is not Python: a steady supply of odd token sequences.
  const next = random(0x75);
  const files = fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 3);
  for (const file of files) {
    const text = fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8');
    for (let n = 0; n < 5; n++) outcome(text.slice(0, Math.floor(next() * text.length)), `${file} cut #${n}`);
  }
});

test('a 10 MB source parses', () => {
  const unit = SAMPLE.replace('class Shape', 'class Shape%').replace('x = y', 'z = w');
  const copies = Math.ceil((10 * 1024 * 1024) / unit.length);
  let source = '';
  for (let i = 0; i < copies; i++) source += unit.replace('%', String(i));
  assert.ok(source.length >= 10 * 1024 * 1024);
  const tree = parse(source, '<big>', 'exec');
  assert.equal(tree._kind, 'Module');
  // Five top-level statements in each copy.
  if (tree._kind === 'Module') assert.equal(tree.body.length, copies * 5);
});

test('a 10 MB source with an error at its end reports the error', () => {
  const source = 'x = [1, 2, 3]\n'.repeat(750_000) + 'print "done"\n';
  const result = outcome(source, 'big with error');
  assert.ok(result instanceof PySyntaxError);
  assert.equal(result.lineno, 750_001);
});

test('deep nesting gives Python exceptions, not a JS stack overflow', () => {
  const cases: [string, string][] = [
    ['brackets', '('.repeat(100_000) + ')'.repeat(100_000)],
    ['unary minus', '-'.repeat(100_000) + '1'],
    ['not', 'not '.repeat(100_000) + 'x'],
    ['conditional', 'a if b else '.repeat(50_000) + 'c'],
    ['lambda', 'lambda: '.repeat(50_000) + '1'],
    ['power', 'x' + '**x'.repeat(50_000)],
    ['f-strings', 'f"{'.repeat(1000) + '1' + '}"'.repeat(1000)],
    ['blocks', Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(200) + 'pass\n'],
  ];
  for (const [label, source] of cases) {
    const result = outcome(source, label);
    assert.notEqual(result, 'ok', `${label} should be refused`);
  }
});

test('long flat chains parse, and compiling them is a RecursionError as in CPython', () => {
  for (const source of ['x' + '.y'.repeat(100_000), 'f' + '()'.repeat(100_000), Array(100_000).fill('1').join('+')]) {
    assert.equal(parse(source, '<chain>', 'exec')._kind, 'Module');
    const result = outcome(source, source.slice(0, 10));
    assert.ok(result instanceof PyCompileError && result.type === 'RecursionError', `${source.slice(0, 10)}: ${String(result)}`);
    assert.equal(result.msg, 'maximum recursion depth exceeded during compilation');
  }
});
