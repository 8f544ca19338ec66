// The symbol table against CPython 3.13's: for each program of tests/dis, the tree of scopes, and
// for each scope its symbols in CPython's order with their DEF_* flags and the scope the analysis
// gave them (tests/data/symtable.json, from scripts/dump-cpython-symtable.py, which reads
// CPython's `symtable` module: scopes after the analysis, inlined comprehensions folded in).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ErrorFactory, sourceTextForErrors } from '../src/compiler/compile-errors';
import { checkFuture } from '../src/compiler/future';
import { parse } from '../src/compiler/parser';
import { BlockType, buildSymbolTable, type Scope } from '../src/compiler/symtable';
import { readDataFile } from './data-files';

interface ScopeTree {
  name: string;
  type: string;
  /** [name, DEF_* flags, scope] */
  symbols: [string, number, number][];
  children: ScopeTree[];
}

const TYPE_NAMES: Record<BlockType, string> = {
  [BlockType.Function]: 'function',
  [BlockType.Class]: 'class',
  [BlockType.Module]: 'module',
  [BlockType.Annotation]: 'annotation',
  [BlockType.TypeAlias]: 'type alias',
  [BlockType.TypeParameters]: 'type parameters',
  [BlockType.TypeVariable]: 'type variable',
};

function tree(scope: Scope): ScopeTree {
  return {
    name: scope.name,
    type: TYPE_NAMES[scope.type],
    symbols: [...scope.symbols].map(([name, flags]) => [name, flags, scope.getScope(name)]),
    children: scope.children.map(tree),
  };
}

const ROOT = path.resolve(__dirname, '..', '..');
const expected = readDataFile<Record<string, ScopeTree>>('symtable.json');

describe('symbol tables of tests/dis/*.py equal CPython 3.13', () => {
  for (const [name, want] of Object.entries(expected)) {
    test(name, () => {
      const source = fs.readFileSync(path.join(ROOT, 'tests', 'dis', name));
      const ast = parse(source, name, 'exec');
      const errors = new ErrorFactory(name, sourceTextForErrors(source));
      const st = buildSymbolTable(ast, checkFuture(ast, errors), errors);
      assert.deepEqual(tree(st.top), want);
    });
  }
});
