// ast.dump against CPython 3.13.0's output (tests/data/ast-dump.json, from
// scripts/generate-literal-test-data.py): trees built by hand, and CPython's own trees for
// many sources rebuilt from JSON, dumped with every combination of options the file records.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as Ast from '../src/generated/ast';
import { NODE_INFO, type AstNode, type NodeKind } from '../src/generated/ast';
import { BytesConstant, ComplexConstant, ELLIPSIS, FloatConstant } from '../src/compiler/ast/constants';
import { dump, type DumpOptions } from '../src/compiler/ast/dump';
import { bytesFromHex, doubleFromBits, intFromHex, readDataFile } from './data-files';

interface DumpCase {
  source: string | null;
  /** CPython's tree: nodes as {"_": kind, field: value, attribute: value}. */
  tree: unknown;
  /** ast.dump's output under each variant's options (see VARIANTS). */
  dumps?: Record<string, string>;
  /** The ValueError dump raised instead. */
  error?: string;
}

const VARIANTS: Record<string, DumpOptions> = {
  default: {},
  indent3_attrs: { indent: 3, includeAttributes: true },
  unannotated: { annotateFields: false },
  show_empty: { showEmpty: true, indent: 1 },
  indent0: { indent: 0 },
  indent_tab: { indent: '\t' },
  attrs: { includeAttributes: true },
  unannotated_attrs: { annotateFields: false, includeAttributes: true, indent: 2 },
};

const cases = readDataFile<DumpCase[]>('ast-dump.json');

function expectedFor(source: string, variant: string): string {
  const c = cases.find((x) => x.source === source);
  assert.ok(c && c.dumps, `no CPython dump for ${JSON.stringify(source)}`);
  return c.dumps[variant];
}

/** Builds our node for a CPython node in the data file's JSON form. */
function build(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(build);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('_' in o) {
    const kind = o._ as NodeKind;
    const info = NODE_INFO[kind];
    // The generated module spells the class `arguments` as `arguments_` (a reserved name in JS).
    const exported = (Ast as unknown as Record<string, unknown>)[kind === 'arguments' ? 'arguments_' : kind];
    if (typeof exported !== 'function') return exported; // a shared singleton (Load, Add, …)
    const args = info.fields.map((f) => build(o[f]));
    if (info.positioned) args.push(o.lineno, o.col_offset, o.end_lineno, o.end_col_offset);
    return new (exported as new (...a: unknown[]) => unknown)(...args);
  }
  if ('int' in o) return intFromHex(o.int as string);
  if ('float' in o) return new FloatConstant(doubleFromBits(o.float as string));
  if ('complex' in o) {
    const [re, im] = o.complex as [string, string];
    return new ComplexConstant(doubleFromBits(re), doubleFromBits(im));
  }
  if ('bytes' in o) return new BytesConstant(bytesFromHex(o.bytes as string));
  if ('ellipsis' in o) return ELLIPSIS;
  throw new Error(`unexpected JSON ${JSON.stringify(v)}`);
}

test('x = 1, built by hand', () => {
  const tree = new Ast.Module(
    [new Ast.Assign([new Ast.Name('x', Ast.Store, 1, 0, 1, 1)], new Ast.Constant(1, null, 1, 4, 1, 5), null, 1, 0, 1, 5)],
    [],
  );
  assert.equal(dump(tree, { indent: 3, includeAttributes: true }), expectedFor('x = 1', 'indent3_attrs'));
  assert.equal(dump(tree), expectedFor('x = 1', 'default'));
});

test("print('hello, world'), built by hand", () => {
  const src = "print('hello, world')";
  const call = new Ast.Call(
    new Ast.Name('print', Ast.Load, 1, 0, 1, 5),
    [new Ast.Constant('hello, world', null, 1, 6, 1, 20)],
    [],
    1,
    0,
    1,
    21,
  );
  const tree = new Ast.Module([new Ast.Expr(call, 1, 0, 1, 21)], []);
  assert.equal(dump(tree, { indent: 3, includeAttributes: true }), expectedFor(src, 'indent3_attrs'));
  assert.equal(dump(tree), expectedFor(src, 'default'));
});

test('del x, y[0], built by hand', () => {
  const src = 'del x, y[0]';
  const target = new Ast.Subscript(
    new Ast.Name('y', Ast.Load, 1, 7, 1, 8),
    new Ast.Constant(0, null, 1, 9, 1, 10),
    Ast.Del,
    1,
    7,
    1,
    11,
  );
  const tree = new Ast.Module([new Ast.Delete([new Ast.Name('x', Ast.Del, 1, 4, 1, 5), target], 1, 0, 1, 11)], []);
  assert.equal(dump(tree, { indent: 3, includeAttributes: true }), expectedFor(src, 'indent3_attrs'));
  assert.equal(dump(tree), expectedFor(src, 'default'));
});

test('def f(a, b=1.5, *, c): return -a, built by hand', () => {
  const src = 'def f(a, b=1.5, *, c): return -a';
  const args = new Ast.arguments_(
    [],
    [new Ast.arg('a', null, null, 1, 6, 1, 7), new Ast.arg('b', null, null, 1, 9, 1, 10)],
    null,
    [new Ast.arg('c', null, null, 1, 19, 1, 20)],
    [null],
    null,
    [new Ast.Constant(new FloatConstant(1.5), null, 1, 11, 1, 14)],
  );
  const body = [
    new Ast.Return(new Ast.UnaryOp(Ast.USub, new Ast.Name('a', Ast.Load, 1, 31, 1, 32), 1, 30, 1, 32), 1, 23, 1, 32),
  ];
  const tree = new Ast.Module([new Ast.FunctionDef('f', args, body, [], null, null, [], 1, 0, 1, 32)], []);
  for (const [variant, options] of Object.entries(VARIANTS)) {
    const expected = cases.find((x) => x.source === src)?.dumps?.[variant];
    if (expected !== undefined) assert.equal(dump(tree, options), expected, variant);
  }
});

test('CPython trees dump identically under every option', () => {
  let checked = 0;
  for (const c of cases) {
    const tree = build(c.tree) as AstNode;
    const label = c.source ?? JSON.stringify(c.tree).slice(0, 80);
    if (c.error !== undefined) {
      assert.throws(() => dump(tree), { message: c.error }, label);
      continue;
    }
    for (const [variant, expected] of Object.entries(c.dumps ?? {})) {
      assert.equal(dump(tree, VARIANTS[variant]), expected, `${label} (${variant})`);
      checked++;
    }
  }
  assert.ok(checked > 300);
});
