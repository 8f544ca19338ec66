// The AST optimizer against CPython 3.13.0's (tests/data/ast-optimizer.json, from
// scripts/generate-ast-optimizer-test-data.py): for each source, the dump of the tree optimized at
// a level; the folds Taipan knowingly leaves undone; and pow() of doubles against glibc's.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { dump } from '../src/compiler/ast/dump';
import { parse, type ParseMode } from '../src/compiler/parser';
import { BOOL_INVERT_DEPRECATION, optimizeAst } from '../src/compiler/ast-optimizer';
import { libmPow } from '../src/objects/float-pow';
import { readDataFile, doubleFromBits } from './data-files';

interface Case {
  readonly source: string;
  readonly mode: ParseMode;
  readonly optimize: number;
  readonly dump: string;
}
interface Gap {
  readonly source: string;
  /** What CPython folds the expression to. */
  readonly cpython: string;
  /** The expression with everything folded but its top operation: what Taipan gives. */
  readonly unfolded: string;
}
interface Data {
  readonly cases: readonly Case[];
  readonly gaps: readonly Gap[];
  readonly pow: readonly [string, string, string | null][];
}

const data = readDataFile<Data>('ast-optimizer.json');

function optimizedDump(source: string, mode: ParseMode, level: number, onWarning?: (m: string) => void): string {
  const tree = optimizeAst(parse(source, '<test>', mode), level, onWarning ? { onWarning } : {});
  return dump(tree, { includeAttributes: true });
}

test('optimized trees are the ones CPython 3.13 makes', () => {
  const failures: string[] = [];
  for (const c of data.cases) {
    let actual: string;
    try {
      actual = optimizedDump(c.source, c.mode, c.optimize);
    } catch (e) {
      actual = `threw ${String(e)}`;
    }
    if (actual !== c.dump) {
      failures.push(`${JSON.stringify(c.source)} (${c.mode}, optimize=${c.optimize}):\n  expected ${c.dump}\n  actual   ${actual}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${data.cases.length} differ:\n${failures.slice(0, 20).join('\n')}`);
});

test('the folds left undone are exactly the known gaps', () => {
  for (const g of data.gaps) {
    const actual = optimizedDump(g.source, 'exec', 1);
    assert.equal(actual, g.unfolded, g.source);
    assert.notEqual(actual, g.cpython, `${g.source} is folded now: drop it from the gaps`);
  }
});

test('~ on a bool folds and warns', () => {
  const warnings: string[] = [];
  assert.equal(dump(optimizeAst(parse('~True', '<test>', 'eval'), 0, { onWarning: (m) => warnings.push(m) })), 'Expression(body=Constant(value=-2))');
  assert.deepEqual(warnings, [BOOL_INVERT_DEPRECATION]);
});

test('deeply nested operations fold without exhausting the stack', () => {
  const source = 'x = ' + '1 + '.repeat(9000) + '1';
  assert.equal(dump(optimizeAst(parse(source, '<test>', 'exec'), 0)).includes('value=9001'), true);
});

test('pow() of doubles is glibc’s', () => {
  for (const [xs, ys, rs] of data.pow) {
    const x = doubleFromBits(xs);
    const y = doubleFromBits(ys);
    if (x === 1 || y === 0 || !Number.isFinite(x) || x <= 0) continue;
    const expected = rs === null ? Infinity : doubleFromBits(rs);
    const actual = libmPow(x, y);
    assert.ok(Object.is(actual, expected), `${x} ** ${y}: expected ${expected}, got ${actual}`);
  }
});
