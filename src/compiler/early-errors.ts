// The SyntaxErrors CPython 3.13's compile() raises for source its parser accepted: the stages
// between the parser and the (future) code generator, run in CPython's order, so that of several
// errors in one source the one CPython reports is raised:
//   1. future features (Python/future.c, future.ts), over the leading statements of the module;
//      then the recursion guard of CPython's AST optimizer (Python/ast_opt.c, compile-depth.ts),
//      measured during stage 2;
//   2. the symbol table (Python/symtable.c, symtable/): one walk that records, for each scope,
//      what it binds, declares and uses (raising the errors CPython raises during that walk),
//      then an analysis of every name, scope by scope (raising the nonlocal/global errors);
//   3. the checks the code generator makes (Python/compile.c, codegen-checks/), which its walk
//      meets in the order CPython generates code — not always source order.
// Where their errors point, and how, is compile-errors.ts's business.
import type * as ast from '../generated/ast';
import { checkCodegen } from './codegen-checks';
import { nestingTooDeep } from './compile-depth';
import { ErrorFactory } from './compile-errors';
import { checkFuture } from './future';
import { buildSymbolTable } from './symtable';

/**
 * Throws what CPython 3.13's `compile(source, filename, mode)` raises for a tree its parser built
 * — a PySyntaxError, or a PyCompileError (RecursionError) for a tree nested too deep — or returns
 * when compile() would succeed. `sourceText` is the text of the file as CPython would read it
 * back for an error's `text` (see sourceTextForErrors).
 */
export function checkEarlyErrors(tree: ast.mod, filename: string, sourceText: string): void {
  if (tree._kind === 'FunctionType') return; // compile() refuses func_type input before these stages
  const errors = new ErrorFactory(filename, sourceText);
  const future = checkFuture(tree, errors);
  try {
    const table = buildSymbolTable(tree, future, errors);
    checkCodegen(tree, table, future, errors);
  } catch (e) {
    // The walks keep their own stack for expressions, and statements nest at most 100 deep, so
    // this is not expected; if the JS stack runs out anyway, fail as CPython does on deep input.
    if (e instanceof RangeError) throw nestingTooDeep();
    throw e;
  }
}
