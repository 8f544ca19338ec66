// Between stages 1 and 2 of the checks after the parse: CPython's AST optimizer
// (Python/ast_opt.c) refuses trees nested too deep with a RecursionError, before any error of
// the symbol table or code generator.
import type * as ast from '../generated/ast';
import type { NodeKind } from '../generated/ast';
import { AST_SCHEMA } from './ast/schema';
import { MSG } from './compile-messages';
import { PyCompileError } from './errors';

/**
 * Py_C_RECURSION_LIMIT of a release build: how deeply statements, expressions and patterns may
 * nest. The optimizer counts from the C recursion depth at which compile() runs, which is 0 when
 * CPython compiles a script (`python file.py`); compile() called from Python code starts a little
 * deeper, which this does not model.
 */
export const MAX_NESTING = 10000;

/** For each node kind: whether the recursion guard counts it, and which of its fields can hold such nodes. */
const NESTING: Readonly<Record<string, { readonly counted: boolean; readonly fields: readonly string[] }>> = (() => {
  const counted = new Set(['stmt', 'expr', 'pattern']);
  // The categories whose nodes contain statements, expressions or patterns.
  const containers = new Set([
    ...counted,
    ...['mod', 'arguments', 'arg', 'keyword', 'withitem', 'comprehension', 'excepthandler', 'match_case', 'type_param'],
  ]);
  const table: Record<string, { counted: boolean; fields: string[] }> = {};
  for (const category of AST_SCHEMA) {
    for (const node of category.nodes) {
      const fields = node.fields.filter(([, type]) => containers.has(type.replace(/[?*]+$/, ''))).map(([name]) => name);
      table[node.name] = { counted: counted.has(category.name), fields };
    }
  }
  return table;
})();

/**
 * The optimizer's recursion guard: RecursionError when the tree nests more than MAX_NESTING
 * deep, before any error of the symbol table or code generator. The symbol table's walk measures
 * the depth as it goes (it visits what the optimizer counts); this walk, with a stack of its own
 * (`a + a + …` nests as deep as it is long), is for when that walk stopped early at an error.
 * (Under PEP 563 the optimizer skips annotations and the symbol table's own guard, with the same
 * limit, catches a deep one during its walk; counting them always only moves that RecursionError
 * ahead of the errors found earlier in that walk.)
 */
export function checkNestingDepth(tree: ast.mod): void {
  const nodes: object[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as { readonly _kind: NodeKind } & Record<string, unknown>;
    const info = NESTING[node._kind];
    const depth = depths.pop()! + (info.counted ? 1 : 0);
    if (depth > MAX_NESTING) throw nestingTooDeep();
    for (const field of info.fields) {
      const value = node[field];
      if (value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item === null) continue;
          nodes.push(item as object);
          depths.push(depth);
        }
      } else {
        nodes.push(value as object);
        depths.push(depth);
      }
    }
  }
}

/** The error compile() raises for a tree nested too deep (or, here, one that exhausts the JS stack). */
export function nestingTooDeep(): PyCompileError {
  return new PyCompileError('RecursionError', MSG.tooDeep);
}
