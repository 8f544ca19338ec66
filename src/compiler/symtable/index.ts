// The symbol table (Python/symtable.c): stage 2 of the checks after the parse, and what the code
// generator reads. buildSymbolTable walks a module, recording for each scope what it binds,
// declares and uses (raising the errors CPython raises during that walk), then analyzes every
// name, scope by scope (raising the nonlocal/global errors); the SymbolTable it returns finds
// each scope by the AST node that opens it.
import type * as ast from '../../generated/ast';
import { checkNestingDepth, MAX_NESTING, nestingTooDeep } from '../compile-depth';
import type { ErrorFactory } from '../compile-errors';
import { PySyntaxError } from '../errors';
import type { FutureFeatures } from '../future';
import { ScopeAnalysis } from './analysis';
import { SymbolTableBuilder } from './builder';
import { visitExpr } from './expressions';
import { BlockType, SymbolTable } from './scope';
import { visitStmts } from './statements';

export { BlockType, ComprehensionType, Scope, SymbolFlag, SymbolScope, SymbolTable, BOUND } from './scope';
export { mangle } from './builder';

/** _PySymtable_Build, preceded by the optimizer's recursion guard (see checkNestingDepth). */
export function buildSymbolTable(tree: ast.mod, future: FutureFeatures, errors: ErrorFactory): SymbolTable {
  const st = new SymbolTableBuilder(future, errors);
  try {
    walk(st, tree);
  } catch (e) {
    if (e instanceof PySyntaxError) checkNestingDepth(tree);
    throw e;
  }
  if (st.maxDepth > MAX_NESTING) throw nestingTooDeep();
  new ScopeAnalysis(errors).analyze(st.top);
  return new SymbolTable(st.top, st.blocks, st.typeParamDefaults);
}

function walk(st: SymbolTableBuilder, tree: ast.mod): void {
  st.enterBlock('top', BlockType.Module, tree, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  st.top = st.cur;
  switch (tree._kind) {
    case 'Module':
    case 'Interactive':
      visitStmts(st, tree.body);
      break;
    case 'Expression':
      visitExpr(st, tree.body);
      break;
    case 'FunctionType':
      break;
  }
  st.exitBlock();
}
