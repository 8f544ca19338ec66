// The code generator's entry point (compiler_mod and compiler_body in Python/compile.c): the
// module's code object, and the body shared by modules and class bodies — SETUP_ANNOTATIONS where
// there are annotations, the docstring stored as `__doc__`, then the statements.
import type * as ast from '../../generated/ast';
import { Opcode } from '../../generated/opcodes';
import type { CompiledCode } from '../code';
import { location, locOf, NO_LOCATION, type Location } from '../instruction-sequence';
import { findAnn } from './annotations';
import { type Compiler, ScopeType } from './compiler';
import { cleanDoc, getDocString } from './docstring';
import { visitExpr } from './expressions';
import { visitStmt, visitStmts } from './statements';

/** compiler_body. */
export function compileBody(c: Compiler, loc: Location, stmts: readonly ast.stmt[]): void {
  // SETUP_ANNOTATIONS takes the line of the module's first statement.
  if (c.u.scopeType === ScopeType.Module && stmts.length > 0) loc = locOf(stmts[0]);
  if (findAnn(stmts)) c.addop(loc, Opcode.SETUP_ANNOTATIONS);
  if (stmts.length === 0) return;
  let i = 0;
  const docstring = getDocString(stmts);
  if (docstring !== null) {
    // The docstring statement is not compiled as a statement, even under -OO, which drops it.
    i = 1;
    if (c.optimize < 2) {
      const st = stmts[0] as ast.Expr;
      c.addLoadConst(locOf(st.value), cleanDoc(docstring));
      c.nameop(NO_LOCATION, '__doc__', 'Store');
    }
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** compiler_mod: the code object of a module, an interactive statement or an expression. */
export function compileMod(c: Compiler, mod: ast.mod): CompiledCode {
  c.enterScope('<module>', ScopeType.Module, c.st.top, 1);
  const loc = location(1, 1, 0, 0);
  switch (mod._kind) {
    case 'Module':
      compileBody(c, loc, mod.body);
      break;
    case 'Interactive':
      if (findAnn(mod.body)) c.addop(loc, Opcode.SETUP_ANNOTATIONS);
      c.interactive = true;
      visitStmts(c, mod.body);
      break;
    case 'Expression':
      visitExpr(c, mod.body);
      break;
    case 'FunctionType':
      throw new Error('compiler: cannot compile func_type input');
  }
  return c.optimizeAndAssemble(mod._kind !== 'Expression');
}
