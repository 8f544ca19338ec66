// The code generator's checks over statements (compiler_visit_stmt in Python/compile.c), in the
// order CPython generates code: defs, classes and type aliases with the code units they open,
// `return`, `break` and `continue` with the blocks they leave (a `finally` body compiled again for
// each), assignments and annotations, imports, `with`, `try` and `match`.
import type * as ast from '../../generated/ast';
import { elifOf } from '../ast-walk';
import { NO_LOCATION, type Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import { FBlockType, UnitKind, type CodegenChecker, type FBlock } from './checker';
import { visitCallArguments, visitExpr, visitExprs } from './expressions';
import { isWildcard, visitPattern, type PatternContext } from './patterns';

// ---- statements ----

export function visitStmts(cg: CodegenChecker, stmts: readonly ast.stmt[]): void {
  for (const s of stmts) visitStmt(cg, s);
}

function visitStmt(cg: CodegenChecker, s: ast.stmt): void {
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return visitFunctionDef(cg, s);
    case 'ClassDef':
      return visitClassDef(cg, s);
    case 'TypeAlias':
      return visitTypeAlias(cg, s);
    case 'Return':
      return visitReturn(cg, s);
    case 'Delete':
      return visitExprs(cg, s.targets);
    case 'Assign':
      visitExpr(cg, s.value);
      return visitExprs(cg, s.targets);
    case 'AugAssign':
      return visitAugAssign(cg, s);
    case 'AnnAssign':
      return visitAnnAssign(cg, s);
    case 'For':
      visitExpr(cg, s.iter);
      cg.inBlock(s, FBlockType.ForLoop, () => {
        visitExpr(cg, s.target);
        visitStmts(cg, s.body);
      });
      return visitStmts(cg, s.orelse);
    case 'AsyncFor':
      if (cg.unit.kind !== UnitKind.AsyncFunction) throw cg.errors.at(MSG.asyncForOutsideAsync, s);
      visitExpr(cg, s.iter);
      cg.inBlock(s, FBlockType.ForLoop, () => {
        visitExpr(cg, s.target);
        visitStmts(cg, s.body);
      });
      return visitStmts(cg, s.orelse);
    case 'While':
      cg.inBlock(s, FBlockType.WhileLoop, () => {
        visitExpr(cg, s.test);
        visitStmts(cg, s.body);
      });
      return visitStmts(cg, s.orelse);
    case 'If':
      // compiler_if; an elif chain, as deep as it is long, is walked as a loop.
      for (let cur: ast.If | null = s; cur !== null; ) {
        visitExpr(cg, cur.test);
        visitStmts(cg, cur.body);
        const next: ast.If | null = elifOf(cur);
        if (next === null) visitStmts(cg, cur.orelse);
        cur = next;
      }
      return;
    case 'Match':
      return visitMatch(cg, s);
    case 'Raise':
      if (s.exc !== null) {
        visitExpr(cg, s.exc);
        if (s.cause !== null) visitExpr(cg, s.cause);
      }
      return;
    case 'Try':
      if (s.finalbody.length > 0) return visitTryFinally(cg, s, () => visitTryExcept(cg, s));
      return visitTryExcept(cg, s);
    case 'TryStar':
      if (s.finalbody.length > 0) return visitTryFinally(cg, s, () => visitTryStarExcept(cg, s));
      return visitTryStarExcept(cg, s);
    case 'Assert':
      // compile() without -O compiles asserts (with -O CPython skips them and their errors).
      visitExpr(cg, s.test);
      if (s.msg !== null) visitExpr(cg, s.msg);
      return;
    case 'Import':
      for (const a of s.names) cg.checkName(s, a.asname ?? a.name.split('.')[0], 'Store');
      return;
    case 'ImportFrom':
      return visitImportFrom(cg, s);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      if (s.value._kind !== 'Constant') visitExpr(cg, s.value);
      return;
    case 'Break':
      return visitJump(cg, s, MSG.breakOutsideLoop);
    case 'Continue':
      return visitJump(cg, s, MSG.continueOutsideLoop);
    case 'With':
      return visitWith(cg, s, 0, FBlockType.With);
    case 'AsyncWith':
      return visitWith(cg, s, 0, FBlockType.AsyncWith);
    default: {
      const unreachable: never = s;
      throw new Error(`early errors: unhandled statement ${(unreachable as ast.stmt)._kind}`);
    }
  }
}

/**
 * compiler_function: parameter names, decorators, defaults, then (in the type parameter scope of
 * a generic def) type parameters and annotations, then the body, and last the name is bound.
 */
function visitFunctionDef(cg: CodegenChecker, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  cg.checkParameterNames(s.args);
  visitExprs(cg, s.decorator_list);
  visitDefaults(cg, s.args);
  const signatureAndBody = (): void => {
    if (s.type_params.length > 0) visitTypeParams(cg, s.type_params);
    visitParameterAnnotations(cg, s.args, s.returns);
    const scope = cg.table.lookup(s);
    cg.inUnit(s._kind === 'AsyncFunctionDef' ? UnitKind.AsyncFunction : UnitKind.Function, scope, () => {
      // Generators and coroutines run their body inside a StopIteration handler.
      if (scope.isCoroutine || scope.isGenerator) cg.pushBlock(NO_LOCATION, FBlockType.StopIteration);
      visitStmts(cg, s.body);
    });
  };
  if (s.type_params.length > 0) cg.inUnit(UnitKind.TypeParams, cg.table.lookup(s.type_params), signatureAndBody);
  else signatureAndBody();
  cg.checkName(s, s.name, 'Store');
}

/** compiler_default_arguments: positional defaults, then keyword-only ones. */
function visitDefaults(cg: CodegenChecker, a: ast.arguments_): void {
  visitExprs(cg, a.defaults);
  for (const d of a.kw_defaults) if (d !== null) visitExpr(cg, d);
}

/** compiler_annotations: evaluated unless PEP 563 makes them strings; `*args: *Ts` unpacks. */
function visitParameterAnnotations(cg: CodegenChecker, a: ast.arguments_, returns: ast.expr | null): void {
  if (cg.future.annotations) return;
  const visit = (annotation: ast.expr | null): void => {
    if (annotation === null) return;
    visitExpr(cg, annotation._kind === 'Starred' ? annotation.value : annotation);
  };
  for (const p of a.args) visit(p.annotation);
  for (const p of a.posonlyargs) visit(p.annotation);
  if (a.vararg !== null) visit(a.vararg.annotation);
  for (const p of a.kwonlyargs) visit(p.annotation);
  if (a.kwarg !== null) visit(a.kwarg.annotation);
  visit(returns);
}

/** compiler_class: decorators, type parameters, the body, then the bases as a call, then the name. */
function visitClassDef(cg: CodegenChecker, s: ast.ClassDef): void {
  visitExprs(cg, s.decorator_list);
  const bodyAndBases = (): void => {
    if (s.type_params.length > 0) visitTypeParams(cg, s.type_params);
    cg.inUnit(UnitKind.Class, cg.table.lookup(s), () => visitStmts(cg, s.body));
    visitCallArguments(cg, s.bases, s.keywords);
  };
  if (s.type_params.length > 0) cg.inUnit(UnitKind.TypeParams, cg.table.lookup(s.type_params), bodyAndBases);
  else bodyAndBases();
  cg.checkName(s, s.name, 'Store');
}

/** compiler_typealias. */
function visitTypeAlias(cg: CodegenChecker, s: ast.TypeAlias): void {
  const value = (): void => {
    if (s.type_params.length > 0) visitTypeParams(cg, s.type_params);
    cg.inUnit(UnitKind.Function, cg.table.lookup(s), () => visitExpr(cg, s.value));
  };
  if (s.type_params.length > 0) cg.inUnit(UnitKind.TypeParams, cg.table.lookup(s.type_params), value);
  else value();
  if (s.name._kind === 'Name') cg.checkName(s, s.name.id, 'Store');
}

/**
 * compiler_type_params: each bound and default in a scope of its own; a parameter without a
 * default may not follow one with a default.
 */
function visitTypeParams(cg: CodegenChecker, typeParams: readonly ast.type_param[]): void {
  let seenDefault = false;
  for (const tp of typeParams) {
    if (tp._kind === 'TypeVar' && tp.bound !== null) {
      const bound = tp.bound;
      cg.inUnit(UnitKind.TypeParams, cg.table.lookup(tp), () => visitExpr(cg, bound));
    }
    const dflt = tp.default_value;
    if (dflt !== null) {
      seenDefault = true;
      cg.inUnit(UnitKind.TypeParams, cg.table.lookupDefault(tp), () => {
        visitExpr(cg, tp._kind === 'TypeVarTuple' && dflt._kind === 'Starred' ? dflt.value : dflt);
      });
    } else if (seenDefault) {
      throw cg.errors.at(MSG.nonDefaultTypeParam(tp.name), tp);
    }
    cg.checkName(tp, tp.name, 'Store');
  }
}

/** compiler_return. */
function visitReturn(cg: CodegenChecker, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._kind !== 'Constant';
  const scope = cg.unit.scope;
  if (!scope.isFunctionLike) throw cg.errors.at(MSG.returnOutsideFunction, s);
  if (value !== null && scope.isCoroutine && scope.isGenerator) throw cg.errors.at(MSG.returnValueInAsyncGenerator, s);
  let loc: Loc = s;
  if (preserveTos) visitExpr(cg, value);
  else if (value !== null) loc = value;
  if (value === null || value.lineno !== s.lineno) loc = s;
  unwindBlocks(cg, { loc }, preserveTos, false);
}

/** compiler_break, compiler_continue. */
function visitJump(cg: CodegenChecker, s: ast.Break | ast.Continue, outsideLoop: string): void {
  const loop = unwindBlocks(cg, { loc: s }, false, true);
  if (loop === null) throw cg.errors.at(outsideLoop, s);
}

/** compiler_augassign: the target's object and index, the value, then the store. */
function visitAugAssign(cg: CodegenChecker, s: ast.AugAssign): void {
  const target = s.target;
  if (target._kind === 'Attribute') visitExpr(cg, target.value);
  else if (target._kind === 'Subscript') {
    visitExpr(cg, target.value);
    visitExpr(cg, target.slice);
  }
  visitExpr(cg, s.value);
  if (target._kind === 'Name') cg.checkName(target, target.id, 'Store');
}

/**
 * compiler_annassign: the assignment, then the annotation where it is evaluated: for a simple
 * name in a module or class body; for other targets (check_annotation) in a module or class body.
 */
function visitAnnAssign(cg: CodegenChecker, s: ast.AnnAssign): void {
  const target = s.target;
  if (s.value !== null) {
    visitExpr(cg, s.value);
    visitExpr(cg, target);
  }
  const evaluatesAnnotations =
    !cg.future.annotations && (cg.unit.kind === UnitKind.Module || cg.unit.kind === UnitKind.Class);
  switch (target._kind) {
    case 'Name':
      cg.checkName(s, target.id, 'Store');
      if (s.simple && evaluatesAnnotations) visitExpr(cg, s.annotation);
      break;
    case 'Attribute':
      cg.checkName(s, target.attr, 'Store');
      if (s.value === null) visitExpr(cg, target.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        visitExpr(cg, target.value);
        visitAnnotatedSubscript(cg, target.slice);
      }
      break;
    default:
      break;
  }
  if (!s.simple && evaluatesAnnotations) visitExpr(cg, s.annotation);
}

/** check_ann_subscr: the parts of a slice, and of a tuple of them, are evaluated one by one. */
function visitAnnotatedSubscript(cg: CodegenChecker, e: ast.expr): void {
  if (e._kind === 'Slice') {
    if (e.lower !== null) visitExpr(cg, e.lower);
    if (e.upper !== null) visitExpr(cg, e.upper);
    if (e.step !== null) visitExpr(cg, e.step);
  } else if (e._kind === 'Tuple') {
    for (const elt of e.elts) visitAnnotatedSubscript(cg, elt);
  } else {
    visitExpr(cg, e);
  }
}

/** compiler_from_import: a future import is only allowed among the leading ones (ff_location). */
function visitImportFrom(cg: CodegenChecker, s: ast.ImportFrom): void {
  if (locationIsAfter(s, cg.future.location) && s.module === '__future__' && (s.level ?? 0) === 0) {
    throw cg.errors.at(MSG.futureNotFirst, s);
  }
  if (s.names.length > 0 && s.names[0].name.startsWith('*')) return;
  for (const a of s.names) cg.checkName(s, a.asname ?? a.name, 'Store');
}

/** compiler_with / compiler_async_with: one block per item, the body inside the last. */
function visitWith(
  cg: CodegenChecker,
  s: ast.With | ast.AsyncWith,
  pos: number,
  type: FBlockType.With | FBlockType.AsyncWith,
): void {
  if (type === FBlockType.AsyncWith && cg.unit.kind !== UnitKind.AsyncFunction) {
    throw cg.errors.at(MSG.asyncWithOutsideAsync, s);
  }
  const item = s.items[pos];
  visitExpr(cg, item.context_expr);
  cg.inBlock(item.context_expr, type, () => {
    if (item.optional_vars !== null) visitExpr(cg, item.optional_vars);
    if (pos + 1 === s.items.length) visitStmts(cg, s.body);
    else visitWith(cg, s, pos + 1, type);
  });
}

/** compiler_try_finally: the finally body compiled twice, for the normal and the exceptional path. */
function visitTryFinally(cg: CodegenChecker, s: ast.Try | ast.TryStar, tryPart: () => void): void {
  cg.inBlock(
    s,
    FBlockType.FinallyTry,
    () => (s.handlers.length > 0 ? tryPart() : visitStmts(cg, s.body)),
    s.finalbody,
  );
  visitStmts(cg, s.finalbody);
  cg.inBlock(NO_LOCATION, FBlockType.FinallyEnd, () => visitStmts(cg, s.finalbody));
}

/** compiler_try_except: the body, the else clause, then the handlers. */
function visitTryExcept(cg: CodegenChecker, s: ast.Try): void {
  cg.inBlock(s, FBlockType.TryExcept, () => visitStmts(cg, s.body));
  visitStmts(cg, s.orelse);
  const n = s.handlers.length;
  cg.inBlock(s, FBlockType.ExceptionHandler, () => {
    s.handlers.forEach((h, i) => {
      if (h.type === null && i < n - 1) throw cg.errors.at(MSG.defaultExceptNotLast, h);
      visitHandler(cg, h);
    });
  });
}

/** compiler_try_star_except: the body, the handlers (from which no jump may leave), then the else clause. */
function visitTryStarExcept(cg: CodegenChecker, s: ast.TryStar): void {
  cg.inBlock(s, FBlockType.TryExcept, () => visitStmts(cg, s.body));
  cg.inBlock(s, FBlockType.ExceptionGroupHandler, () => {
    for (const h of s.handlers) visitHandler(cg, h);
  });
  visitStmts(cg, s.orelse);
}

function visitHandler(cg: CodegenChecker, h: ast.ExceptHandler): void {
  if (h.type !== null) visitExpr(cg, h.type);
  if (h.name !== null) cg.checkName(h, h.name, 'Store');
  cg.inBlock(h, FBlockType.HandlerCleanup, () => visitStmts(cg, h.body));
}

// ---- leaving blocks ----

/** A location to be updated by an unwinding, as compile.c passes `location *ploc`. */
interface LocRef {
  loc: Loc;
}

/**
 * compiler_unwind_fblock_stack: leaves the open blocks, innermost first, up to the innermost
 * loop when `toLoop` (returned, or null if there is none). Leaving a `finally` compiles its body
 * again; nothing may leave an except* handler.
 */
function unwindBlocks(cg: CodegenChecker, ref: LocRef, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fblocks = cg.unit.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1];
  if (top.type === FBlockType.ExceptionGroupHandler) throw cg.errors.at(MSG.jumpInExceptStar, ref.loc);
  if (toLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
  fblocks.pop();
  unwindBlock(cg, top, ref, preserveTos);
  const loop = unwindBlocks(cg, ref, preserveTos, toLoop);
  fblocks.push(top);
  return loop;
}

/** compiler_unwind_fblock: only leaving a finally or a with can raise, or move the location. */
function unwindBlock(cg: CodegenChecker, block: FBlock, ref: LocRef, preserveTos: boolean): void {
  switch (block.type) {
    case FBlockType.FinallyTry:
      if (preserveTos) cg.pushBlock(ref.loc, FBlockType.PopValue);
      visitStmts(cg, block.finalBody ?? []);
      if (preserveTos) cg.popBlock();
      // The finally body runs after the jumping statement: what follows has no location.
      ref.loc = NO_LOCATION;
      return;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      ref.loc = NO_LOCATION;
      return;
    default:
      return;
  }
}

// ---- match statements ----

/** compiler_match_inner: a trailing `case _:` is compiled apart, and only it may be irrefutable unguarded. */
function visitMatch(cg: CodegenChecker, s: ast.Match): void {
  visitExpr(cg, s.subject);
  const cases = s.cases;
  const last = cases[cases.length - 1];
  const hasDefault = isWildcard(last.pattern) && cases.length > 1;
  const n = cases.length - (hasDefault ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const c = cases[i];
    const pc: PatternContext = { stores: [], allowIrrefutable: c.guard !== null || i === cases.length - 1 };
    visitPattern(cg, c.pattern, pc);
    if (c.guard !== null) visitExpr(cg, c.guard);
    visitStmts(cg, c.body);
  }
  if (hasDefault) {
    if (last.guard !== null) visitExpr(cg, last.guard);
    visitStmts(cg, last.body);
  }
}

/** location_is_after. */
function locationIsAfter(a: Loc, b: Loc): boolean {
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset);
}
