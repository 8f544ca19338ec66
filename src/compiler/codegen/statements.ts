// Code generation for statements (compiler_visit_stmt in Python/compile.c): assignments, imports,
// expression statements and the rest of the simple statements, dispatching compound statements
// to control-flow.ts, exceptions.ts, functions.ts and patterns.ts.
import type * as ast from '../../generated/ast';
import { Intrinsic1, Opcode } from '../../generated/opcodes';
import { TupleConstant } from '../ast/constants';
import { NO_LOCATION, locOf } from '../instruction-sequence';
import { visitAnnAssign } from './annotations';
import { type Compiler } from './compiler';
import { visitAsyncFor, visitBreak, visitContinue, visitFor, visitIf, visitReturn, visitWhile } from './control-flow';
import { visitAssert, visitRaise, visitTry, visitWith } from './exceptions';
import { binaryOparg, isTwoElementSlice, visitExpr, visitSliceParts } from './expressions';
import { visitClassDef, visitFunctionDef, visitTypeAlias } from './functions';
import { visitMatch } from './patterns';
import { updateStartLocationToMatchAttr } from './calls';

export function visitStmts(c: Compiler, stmts: readonly ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.stmt): void {
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return visitFunctionDef(c, s);
    case 'ClassDef':
      return visitClassDef(c, s);
    case 'TypeAlias':
      return visitTypeAlias(c, s);
    case 'Return':
      return visitReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < n - 1) c.addopI(locOf(s), Opcode.COPY, 1);
        visitExpr(c, t);
      });
      return;
    }
    case 'AugAssign':
      return visitAugAssign(c, s);
    case 'AnnAssign':
      return visitAnnAssign(c, s);
    case 'For':
      return visitFor(c, s);
    case 'AsyncFor':
      return visitAsyncFor(c, s);
    case 'While':
      return visitWhile(c, s);
    case 'If':
      return visitIf(c, s);
    case 'Match':
      return visitMatch(c, s);
    case 'Raise':
      return visitRaise(c, s);
    case 'Try':
    case 'TryStar':
      return visitTry(c, s);
    case 'Assert':
      return visitAssert(c, s);
    case 'Import':
      return visitImport(c, s);
    case 'ImportFrom':
      return visitImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return visitExprStmt(c, s);
    case 'Pass':
      c.addop(locOf(s), Opcode.NOP);
      return;
    case 'Break':
      return visitBreak(c, s);
    case 'Continue':
      return visitContinue(c, s);
    case 'With':
    case 'AsyncWith':
      return visitWith(c, s);
  }
}

/** compiler_stmt_expr: the value is computed and dropped; at the interactive prompt, printed. */
function visitExprStmt(c: Compiler, s: ast.Expr): void {
  const loc = locOf(s);
  const value = s.value;
  if (c.interactive && c.stack.length === 0) {
    visitExpr(c, value);
    c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PRINT);
    c.addop(NO_LOCATION, Opcode.POP_TOP);
    return;
  }
  if (value._kind === 'Constant') {
    // A constant statement does nothing: a NOP keeps its line.
    c.addop(loc, Opcode.NOP);
    return;
  }
  visitExpr(c, value);
  c.addop(NO_LOCATION, Opcode.POP_TOP);
}

/** compiler_augassign: the target's parts are evaluated once, read, combined and stored. */
function visitAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let loc = locOf(e);
  switch (e._kind) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(loc, Opcode.COPY, 1);
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopName(loc, Opcode.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        visitSliceParts(c, e.slice);
        c.addopI(loc, Opcode.COPY, 3);
        c.addopI(loc, Opcode.COPY, 3);
        c.addopI(loc, Opcode.COPY, 3);
        c.addop(loc, Opcode.BINARY_SLICE);
      } else {
        visitExpr(c, e.slice);
        c.addopI(loc, Opcode.COPY, 2);
        c.addopI(loc, Opcode.COPY, 2);
        c.addop(loc, Opcode.BINARY_SUBSCR);
      }
      break;
    case 'Name':
      c.nameop(loc, e.id, 'Load');
      break;
    default:
      throw new Error(`compiler: invalid node type ${e._kind} for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.addopI(locOf(s), Opcode.BINARY_OP, binaryOparg(s.op, true));
  loc = locOf(e);
  switch (e._kind) {
    case 'Attribute':
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopI(loc, Opcode.SWAP, 2);
      c.addopName(loc, Opcode.STORE_ATTR, e.attr);
      return;
    case 'Subscript':
      if (isTwoElementSlice(e.slice)) {
        c.addopI(loc, Opcode.SWAP, 4);
        c.addopI(loc, Opcode.SWAP, 3);
        c.addopI(loc, Opcode.SWAP, 2);
        c.addop(loc, Opcode.STORE_SLICE);
      } else {
        c.addopI(loc, Opcode.SWAP, 3);
        c.addopI(loc, Opcode.SWAP, 2);
        c.addop(loc, Opcode.STORE_SUBSCR);
      }
      return;
    case 'Name':
      c.nameop(loc, e.id, 'Store');
      return;
  }
}

/**
 * compiler_import_as: after IMPORT_NAME of `a.b.c`, `import a.b.c as d` binds the submodule:
 * IMPORT_FROM each component after the first.
 */
function importAs(c: Compiler, loc: ReturnType<typeof locOf>, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopN(loc, Opcode.IMPORT_FROM, parts[i], c.u.names);
      if (i < parts.length - 1) {
        c.addopI(loc, Opcode.SWAP, 2);
        c.addop(loc, Opcode.POP_TOP);
      }
    }
    c.nameop(loc, asname, 'Store');
    c.addop(loc, Opcode.POP_TOP);
    return;
  }
  c.nameop(loc, asname, 'Store');
}

function visitImport(c: Compiler, s: ast.Import): void {
  const loc = locOf(s);
  for (const alias of s.names) {
    c.addLoadConst(loc, 0);
    c.addLoadConst(loc, null);
    c.addopName(loc, Opcode.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(loc, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function visitImportFrom(c: Compiler, s: ast.ImportFrom): void {
  const loc = locOf(s);
  c.addLoadConst(loc, s.level ?? 0);
  c.addLoadConst(loc, new TupleConstant(s.names.map((a) => a.name)));
  c.addopName(loc, Opcode.IMPORT_NAME, s.module ?? '');
  for (const alias of s.names) {
    if (alias.name === '*') {
      c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_IMPORT_STAR);
      c.addop(NO_LOCATION, Opcode.POP_TOP);
      return;
    }
    c.addopName(loc, Opcode.IMPORT_FROM, alias.name);
    c.nameop(loc, alias.asname ?? alias.name, 'Store');
  }
  // Drop the module.
  c.addop(loc, Opcode.POP_TOP);
}
