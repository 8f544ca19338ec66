// Code generation for calls (compiler_call and its helpers in Python/compile.c): the plain form
// `f(a, k=v)` (CALL / CALL_KW), the method form `o.m(a)` (LOAD_ATTR with the method bit, no
// bound method built), `super().m()` read through LOAD_SUPER_ATTR, and the general form with
// `*args` / `**kwargs` (CALL_FUNCTION_EX).
import type * as ast from '../../generated/ast';
import { Opcode } from '../../generated/opcodes';
import { TupleConstant } from '../ast/constants';
import { location, locOf, NO_LOCATION, type Location } from '../instruction-sequence';
import { SymbolFlag, SymbolScope } from '../symtable';
import { type Compiler, ScopeType } from './compiler';
import { starunpackHelper } from './containers';
import { STACK_USE_GUIDELINE, visitExpr, visitExprs } from './expressions';

/**
 * update_start_location_to_match_attr: an attribute access that spans lines is located at the
 * attribute name, so that tracebacks point at it.
 */
export function updateStartLocationToMatchAttr(loc: Location, attr: ast.Attribute): Location {
  if (loc.lineno === attr.end_lineno) return loc;
  let { col_offset: col, end_col_offset: endCol } = loc;
  const lineno = attr.end_lineno;
  const len = [...attr.attr].length;
  if (len <= attr.end_col_offset) {
    col = attr.end_col_offset - len;
  } else {
    col = -1;
    endCol = -1;
  }
  const endLineno = Math.max(lineno, loc.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  return location(lineno, endLineno, col, endCol);
}

/** is_import_originated: a name the module binds by an import (its methods are not optimized). */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._kind !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & SymbolFlag.Import) !== 0;
}

/**
 * can_optimize_super_call: `super().x` and `super(C, self).x` read through LOAD_SUPER_ATTR when
 * `super` is the builtin (not rebound anywhere visible) and, for the zero-argument form, the
 * function has a first argument and the `__class__` cell.
 */
export function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e._kind !== 'Call' || e.func._kind !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) {
    return false;
  }
  if (c.u.ste.getScope('super') !== SymbolScope.GlobalImplicit) return false;
  if (c.st.top.getScope('super') !== SymbolScope.None) return false;
  if (e.args.length === 2) return e.args.every((a) => a._kind !== 'Starred');
  if (e.args.length !== 0) return false;
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false;
  return getRefType(c, '__class__') === SymbolScope.Free;
}

/** get_ref_type: a cell of this unit is a CELL, else whatever the symbol table says. */
function getRefType(c: Compiler, name: string): SymbolScope {
  if (c.u.scopeType === ScopeType.Class && (name === '__class__' || name === '__classdict__')) return SymbolScope.Cell;
  return c.u.ste.getScope(name);
}

/** load_args_for_super: `super`, then the class and the first argument (or the two given). */
export function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  const func = e.func as ast.Name;
  c.nameop(locOf(func), func.id, 'Load');
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]);
    visitExpr(c, e.args[1]);
    return;
  }
  const loc = locOf(e);
  c.nameop(loc, '__class__', 'Load');
  const first = c.u.varnames.keys().next().value as string;
  c.nameop(loc, first, 'Load');
}

/**
 * How compiler_call compiles a call: `super().m(…)` through LOAD_SUPER_METHOD, `o.m(…)` as a
 * method call (maybe_optimize_method_call: LOAD_ATTR with the method bit, no bound method
 * built), anything else plainly (the callable, then NULL).
 */
export type CallForm = 'super' | 'method' | 'plain';

export function callForm(c: Compiler, e: ast.Call): CallForm {
  const meth = e.func;
  if (meth._kind !== 'Attribute' || meth.ctx._kind !== 'Load') return 'plain';
  if (isImportOriginated(c, meth.value)) return 'plain';
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return 'plain';
  if (e.args.some((a) => a._kind === 'Starred')) return 'plain';
  if (e.keywords.some((k) => k.arg === null)) return 'plain';
  return canOptimizeSuperCall(c, meth) ? 'super' : 'method';
}

/**
 * What a call compiles first with nothing emitted before it — the callable of a plain call, the
 * object of a method call — or null for the super form. Chains of calls and attributes nest
 * thousands deep; visitExpr walks them as a loop (see chains.ts).
 */
export function callInner(c: Compiler, e: ast.Call): ast.expr | null {
  switch (callForm(c, e)) {
    case 'plain':
      return e.func;
    case 'method':
      return (e.func as ast.Attribute).value;
    case 'super':
      return null;
  }
}

/** `super().m(…)`, all of it. */
export function visitSuperMethodCall(c: Compiler, e: ast.Call): void {
  const meth = e.func as ast.Attribute;
  const call = meth.value as ast.Call;
  loadArgsForSuper(c, call);
  c.addopName(locOf(meth), call.args.length > 0 ? Opcode.LOAD_SUPER_METHOD : Opcode.LOAD_ZERO_SUPER_METHOD, meth.attr);
  c.addop(updateStartLocationToMatchAttr(locOf(meth), meth), Opcode.NOP);
  methodCallArgs(c, e);
}

/** The rest of a call once callInner's expression is on the stack. */
export function finishCall(c: Compiler, e: ast.Call): void {
  if (callForm(c, e) === 'plain') {
    c.addop(locOf(e.func), Opcode.PUSH_NULL);
    callHelper(c, locOf(e), 0, e.args, e.keywords);
    return;
  }
  const meth = e.func as ast.Attribute;
  c.addopName(updateStartLocationToMatchAttr(locOf(meth), meth), Opcode.LOAD_METHOD, meth.attr);
  methodCallArgs(c, e);
}

/** The arguments of a method call (the method and self on the stack), then the call. */
function methodCallArgs(c: Compiler, e: ast.Call): void {
  const meth = e.func as ast.Attribute;
  const loc = updateStartLocationToMatchAttr(locOf(meth), meth);
  visitExprs(c, e.args);
  const callLoc = updateStartLocationToMatchAttr(locOf(e), meth);
  if (e.keywords.length > 0) {
    for (const k of e.keywords) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, e.keywords);
    c.addopI(callLoc, Opcode.CALL_KW, e.args.length + e.keywords.length);
  } else {
    c.addopI(callLoc, Opcode.CALL, e.args.length);
  }
}

/** compiler_call_simple_kw_helper: the tuple of keyword names CALL_KW takes. */
function callSimpleKwHelper(c: Compiler, loc: Location, keywords: readonly ast.keyword[]): void {
  c.addLoadConst(loc, new TupleConstant(keywords.map((k) => k.arg!)));
}

/** compiler_subkwargs: keyword arguments [begin, end) into one dict. */
function subkwargs(c: Compiler, loc: Location, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.addLoadConst(loc, new TupleConstant(keywords.slice(begin, end).map((k) => k.arg!)));
    c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(NO_LOCATION, Opcode.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.addLoadConst(loc, keywords[i].arg!);
    visitExpr(c, keywords[i].value);
    if (big) c.addopI(NO_LOCATION, Opcode.MAP_ADD, 1);
  }
  if (!big) c.addopI(loc, Opcode.BUILD_MAP, n);
}

/**
 * compiler_call_helper: the arguments of a call whose callable (and NULL or self) and `n` more
 * arguments are already on the stack, then the call.
 */
export function callHelper(c: Compiler, loc: Location, n: number, args: readonly ast.expr[], keywords: readonly ast.keyword[]): void {
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (!exCall) {
    visitExprs(c, args);
    if (nkwelts > 0) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
      c.addopI(loc, Opcode.CALL_KW, n + nelts + nkwelts);
    } else {
      c.addopI(loc, Opcode.CALL, n + nelts);
    }
    return;
  }
  // The positional arguments as one tuple.
  if (n === 0 && nelts === 1 && args[0]._kind === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
  }
  // Then the keyword arguments as one dict.
  if (nkwelts > 0) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg === null) {
        if (nseen > 0) {
          subkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addopI(loc, Opcode.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(loc, Opcode.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(loc, Opcode.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    });
    if (nseen > 0) {
      subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(loc, Opcode.DICT_MERGE, 1);
    }
  }
  c.addopI(loc, Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}
