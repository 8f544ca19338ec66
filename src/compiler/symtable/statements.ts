// The symbol table's walk over statements (symtable_visit_stmt in Python/symtable.c): what each
// binds, declares and uses in which scope, the scopes that defs, classes, type aliases, annotations
// and type parameters open, and the patterns of `match`. Expressions are in expressions.ts.
import type * as ast from '../../generated/ast';
import { elifOf } from '../ast-walk';
import type { Loc } from '../compile-errors';
import { MSG } from '../compile-messages';
import type { SymbolTableBuilder } from './builder';
import { visitExpr, visitExprs } from './expressions';
import { BlockType, SymbolFlag, type Scope } from './scope';

// ---- statements ----

export function visitStmts(st: SymbolTableBuilder, stmts: readonly ast.stmt[]): void {
  for (const s of stmts) visitStmt(st, s);
}

function visitStmt(st: SymbolTableBuilder, s: ast.stmt): void {
  st.deeper();
  visitStmtKind(st, s);
  st.depth--;
}

function visitStmtKind(st: SymbolTableBuilder, s: ast.stmt): void {
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return visitFunctionDef(st, s);
    case 'ClassDef':
      return visitClassDef(st, s);
    case 'TypeAlias':
      return visitTypeAlias(st, s);
    case 'Return':
      if (s.value !== null) {
        visitExpr(st, s.value);
        st.cur.returnsValue = true;
      }
      return;
    case 'Delete':
      return visitExprs(st, s.targets);
    case 'Assign':
      visitExprs(st, s.targets);
      return visitExpr(st, s.value);
    case 'AnnAssign':
      return visitAnnAssign(st, s);
    case 'AugAssign':
      visitExpr(st, s.target);
      return visitExpr(st, s.value);
    case 'For':
    case 'AsyncFor':
      visitExpr(st, s.target);
      visitExpr(st, s.iter);
      visitStmts(st, s.body);
      return visitStmts(st, s.orelse);
    case 'While':
      visitExpr(st, s.test);
      visitStmts(st, s.body);
      return visitStmts(st, s.orelse);
    case 'If':
      return visitIf(st, s);
    case 'Match':
      visitExpr(st, s.subject);
      for (const c of s.cases) {
        visitPattern(st, c.pattern);
        if (c.guard !== null) visitExpr(st, c.guard);
        visitStmts(st, c.body);
      }
      return;
    case 'Raise':
      if (s.exc !== null) {
        visitExpr(st, s.exc);
        if (s.cause !== null) visitExpr(st, s.cause);
      }
      return;
    case 'Try':
    case 'TryStar':
      visitStmts(st, s.body);
      for (const h of s.handlers) visitExceptHandler(st, h);
      visitStmts(st, s.orelse);
      return visitStmts(st, s.finalbody);
    case 'Assert':
      visitExpr(st, s.test);
      if (s.msg !== null) visitExpr(st, s.msg);
      return;
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) visitAlias(st, a);
      return;
    case 'Global':
      return visitDeclaration(st, s, SymbolFlag.Global);
    case 'Nonlocal':
      return visitDeclaration(st, s, SymbolFlag.Nonlocal);
    case 'Expr':
      return visitExpr(st, s.value);
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
    case 'With':
    case 'AsyncWith':
      for (const item of s.items) {
        visitExpr(st, item.context_expr);
        if (item.optional_vars !== null) visitExpr(st, item.optional_vars);
      }
      return visitStmts(st, s.body);
    default: {
      const unreachable: never = s;
      throw new Error(`early errors: unhandled statement ${(unreachable as ast.stmt)._kind}`);
    }
  }
}

/** An `elif` chain nests If statements as deep as it is long (thousands): walked as a loop. */
function visitIf(st: SymbolTableBuilder, s: ast.If): void {
  const outerDepth = st.depth;
  for (let cur = s; ; ) {
    visitExpr(st, cur.test);
    visitStmts(st, cur.body);
    const next = elifOf(cur);
    if (next === null) {
      visitStmts(st, cur.orelse);
      break;
    }
    st.deeper();
    cur = next;
  }
  st.depth = outerDepth;
}

function visitFunctionDef(st: SymbolTableBuilder, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  st.addDef(s.name, SymbolFlag.Local, s);
  visitExprs(st, s.args.defaults);
  visitExprs(st, s.args.kw_defaults);
  visitExprs(st, s.decorator_list);
  const generic = s.type_params.length > 0;
  if (generic) {
    const hasKwDefaults = s.args.kw_defaults.some((d) => d !== null);
    // CPython tests the defaults' sequence for NULL, which it never is: a generic def always has `.defaults`.
    enterTypeParamBlock(st, s.name, s.type_params, true, hasKwDefaults, false, s);
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  visitAnnotations(st, s, s.args, s.returns);
  st.enterBlock(s.name, BlockType.Function, s, s);
  if (s._kind === 'AsyncFunctionDef') st.cur.isCoroutine = true;
  st.visitParameters(s.args);
  visitStmts(st, s.body);
  st.exitBlock();
  if (generic) st.exitBlock();
}

function visitClassDef(st: SymbolTableBuilder, s: ast.ClassDef): void {
  st.addDef(s.name, SymbolFlag.Local, s);
  visitExprs(st, s.decorator_list);
  const outerPrivate = st.privateName;
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamBlock(st, s.name, s.type_params, false, false, true, s);
    st.privateName = s.name;
    st.cur.mangledNames = new Set();
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  visitExprs(st, s.bases);
  for (const k of s.keywords) visitExpr(st, k.value);
  st.enterBlock(s.name, BlockType.Class, s, s);
  st.privateName = s.name;
  if (generic) {
    st.addDef('__type_params__', SymbolFlag.Local, s.type_params[0]);
    st.addDef('.type_params', SymbolFlag.Use, s.type_params[0]);
  }
  visitStmts(st, s.body);
  st.exitBlock();
  if (generic) st.exitBlock();
  st.privateName = outerPrivate;
}

function visitTypeAlias(st: SymbolTableBuilder, s: ast.TypeAlias): void {
  visitExpr(st, s.name);
  const name = s.name._kind === 'Name' ? s.name.id : '';
  const inClass = st.cur.type === BlockType.Class;
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamBlock(st, name, s.type_params, false, false, false, s);
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  st.enterBlock(name, BlockType.TypeAlias, s, s);
  st.cur.canSeeClassScope = inClass;
  if (inClass) st.addDef('__classdict__', SymbolFlag.Use, s.value);
  visitExpr(st, s.value);
  st.exitBlock();
  if (generic) st.exitBlock();
}

/** AnnAssign: a simple annotated name may not be declared global or nonlocal in a function or class. */
function visitAnnAssign(st: SymbolTableBuilder, s: ast.AnnAssign): void {
  const target = s.target;
  if (target._kind === 'Name') {
    const cur = st.lookup(target.id);
    if (cur & (SymbolFlag.Global | SymbolFlag.Nonlocal) && st.cur.symbols !== st.globals && s.simple) {
      const msg = cur & SymbolFlag.Global ? MSG.globalAnnot(target.id) : MSG.nonlocalAnnot(target.id);
      throw st.errors.at(msg, s);
    }
    if (s.simple) st.addDef(target.id, SymbolFlag.Annot | SymbolFlag.Local, target);
    else if (s.value !== null) st.addDef(target.id, SymbolFlag.Local, target);
  } else {
    visitExpr(st, target);
  }
  visitAnnotation(st, s.annotation);
  if (s.value !== null) visitExpr(st, s.value);
}

/** `global` and `nonlocal`: the name must not already be a parameter, used, annotated or assigned here. */
function visitDeclaration(
  st: SymbolTableBuilder,
  s: ast.Global | ast.Nonlocal,
  flag: SymbolFlag.Global | SymbolFlag.Nonlocal,
): void {
  const isGlobal = flag === SymbolFlag.Global;
  for (const name of s.names) {
    const cur = st.lookup(name);
    if (cur & (SymbolFlag.Param | SymbolFlag.Local | SymbolFlag.Use | SymbolFlag.Annot)) {
      let msg: string;
      if (cur & SymbolFlag.Param) msg = isGlobal ? MSG.globalParam(name) : MSG.nonlocalParam(name);
      else if (cur & SymbolFlag.Use) msg = isGlobal ? MSG.globalAfterUse(name) : MSG.nonlocalAfterUse(name);
      else if (cur & SymbolFlag.Annot) msg = isGlobal ? MSG.globalAnnot(name) : MSG.nonlocalAnnot(name);
      else msg = isGlobal ? MSG.globalAfterAssign(name) : MSG.nonlocalAfterAssign(name);
      throw st.errors.at(msg, s);
    }
    st.addDef(name, flag, s);
    st.recordDirective(name, s);
  }
}

/** symtable_visit_alias: imports bind the first component of a dotted name; `import *` only in a module. */
function visitAlias(st: SymbolTableBuilder, a: ast.alias): void {
  const name = a.asname ?? a.name;
  if (name !== '*') {
    const dot = name.indexOf('.');
    st.addDef(dot >= 0 ? name.slice(0, dot) : name, SymbolFlag.Import, a);
  } else if (st.cur.type !== BlockType.Module) {
    throw st.errors.at(MSG.importStar, a);
  }
}

function visitExceptHandler(st: SymbolTableBuilder, h: ast.ExceptHandler): void {
  if (h.type !== null) visitExpr(st, h.type);
  if (h.name !== null) st.addDef(h.name, SymbolFlag.Local, h);
  visitStmts(st, h.body);
}

// ---- annotations, type parameters ----

/**
 * symtable_visit_annotations: a def's parameter annotations (in one annotation scope under
 * PEP 563), then its return annotation.
 */
function visitAnnotations(
  st: SymbolTableBuilder,
  s: ast.FunctionDef | ast.AsyncFunctionDef,
  a: ast.arguments_,
  returns: ast.expr | null,
): void {
  const future = st.future.annotations;
  if (future) st.enterBlock('_annotation', BlockType.Annotation, null, s);
  for (const p of a.posonlyargs) if (p.annotation !== null) visitExpr(st, p.annotation);
  for (const p of a.args) if (p.annotation !== null) visitExpr(st, p.annotation);
  if (a.vararg?.annotation) visitExpr(st, a.vararg.annotation);
  if (a.kwarg?.annotation) visitExpr(st, a.kwarg.annotation);
  for (const p of a.kwonlyargs) if (p.annotation !== null) visitExpr(st, p.annotation);
  if (future) st.exitBlock();
  if (returns !== null) visitAnnotation(st, returns);
}

/** symtable_visit_annotation. */
function visitAnnotation(st: SymbolTableBuilder, annotation: ast.expr): void {
  const future = st.future.annotations;
  if (future) st.enterBlock('_annotation', BlockType.Annotation, null, annotation);
  visitExpr(st, annotation);
  if (future) st.exitBlock();
}

/** symtable_enter_type_param_block, with the hidden names the code generator will use there. */
function enterTypeParamBlock(
  st: SymbolTableBuilder,
  name: string,
  key: readonly ast.type_param[],
  hasDefaults: boolean,
  hasKwDefaults: boolean,
  isClass: boolean,
  loc: Loc,
): void {
  const inClass = st.cur.type === BlockType.Class;
  st.enterBlock(name, BlockType.TypeParameters, key, loc);
  if (inClass) {
    st.cur.canSeeClassScope = true;
    st.addDef('__classdict__', SymbolFlag.Use, loc);
  }
  if (isClass) {
    st.addDef('.type_params', SymbolFlag.Local, loc);
    st.addDef('.type_params', SymbolFlag.Use, loc);
    st.addDef('.generic_base', SymbolFlag.Local, loc);
    st.addDef('.generic_base', SymbolFlag.Use, loc);
  }
  if (hasDefaults) st.addDef('.defaults', SymbolFlag.Param, loc);
  if (hasKwDefaults) st.addDef('.kwdefaults', SymbolFlag.Param, loc);
}

function visitTypeParam(st: SymbolTableBuilder, tp: ast.type_param): void {
  st.addDef(tp.name, SymbolFlag.TypeParam | SymbolFlag.Local, tp);
  let defaultInfo: string;
  switch (tp._kind) {
    case 'TypeVar':
      if (tp.bound !== null) {
        const info = tp.bound._kind === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound';
        visitTypeVariable(st, tp.bound, tp.name, tp, st.blocks, info);
      }
      defaultInfo = 'a TypeVar default';
      break;
    case 'TypeVarTuple':
      defaultInfo = 'a TypeVarTuple default';
      break;
    case 'ParamSpec':
      defaultInfo = 'a ParamSpec default';
      break;
  }
  if (tp.default_value !== null) visitTypeVariable(st, tp.default_value, tp.name, tp, st.typeParamDefaults, defaultInfo);
}

/** symtable_visit_type_param_bound_or_default: a lazily evaluated bound or default gets its own scope. */
function visitTypeVariable(
  st: SymbolTableBuilder,
  e: ast.expr,
  name: string,
  key: ast.type_param,
  table: Map<object, Scope>,
  info: string,
): void {
  const inClass = st.cur.canSeeClassScope;
  st.enterBlock(name, BlockType.TypeVariable, null, e);
  table.set(key, st.cur);
  st.cur.canSeeClassScope = inClass;
  if (inClass) st.addDef('__classdict__', SymbolFlag.Use, e);
  st.cur.scopeInfo = info;
  visitExpr(st, e);
  st.exitBlock();
}

// ---- patterns ----

function visitPattern(st: SymbolTableBuilder, p: ast.pattern): void {
  st.deeper();
  visitPatternKind(st, p);
  st.depth--;
}

function visitPatternKind(st: SymbolTableBuilder, p: ast.pattern): void {
  switch (p._kind) {
    case 'MatchValue':
      return visitExpr(st, p.value);
    case 'MatchSingleton':
      return;
    case 'MatchSequence':
      for (const sub of p.patterns) visitPattern(st, sub);
      return;
    case 'MatchStar':
      if (p.name !== null) st.addDef(p.name, SymbolFlag.Local, p);
      return;
    case 'MatchMapping':
      visitExprs(st, p.keys);
      for (const sub of p.patterns) visitPattern(st, sub);
      if (p.rest !== null) st.addDef(p.rest, SymbolFlag.Local, p);
      return;
    case 'MatchClass':
      visitExpr(st, p.cls);
      for (const sub of p.patterns) visitPattern(st, sub);
      for (const sub of p.kwd_patterns) visitPattern(st, sub);
      return;
    case 'MatchAs':
      if (p.pattern !== null) visitPattern(st, p.pattern);
      if (p.name !== null) st.addDef(p.name, SymbolFlag.Local, p);
      return;
    case 'MatchOr':
      for (const sub of p.patterns) visitPattern(st, sub);
      return;
  }
}
