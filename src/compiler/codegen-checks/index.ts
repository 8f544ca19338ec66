// Stage 3 of the checks after the parse: the errors CPython's code generator (Python/compile.c)
// raises, found by walking the tree in the order it generates code — not always source order: a
// call's keywords are validated before its callee, a class body is compiled before its bases, the
// iterable of a generator expression after its body, a `finally` body once more for every
// `return` or `break` that leaves it.
import type * as ast from '../../generated/ast';
import type { ErrorFactory } from '../compile-errors';
import type { FutureFeatures } from '../future';
import type { SymbolTable } from '../symtable';
import { CodegenChecker } from './checker';
import { visitExpr } from './expressions';
import { visitStmts } from './statements';

/** Raises the first error compile.c would raise for `tree`, whose scopes `table` holds. */
export function checkCodegen(tree: ast.mod, table: SymbolTable, future: FutureFeatures, errors: ErrorFactory): void {
  const cg = new CodegenChecker(table, future, errors);
  switch (tree._kind) {
    case 'Module':
    case 'Interactive':
      return visitStmts(cg, tree.body);
    case 'Expression':
      return visitExpr(cg, tree.body);
    case 'FunctionType':
      return;
  }
}
