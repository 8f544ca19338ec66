// Code generation for comprehensions (Python/compile.c). Generator expressions are functions of
// their own, called with the outermost iterator. List, set and dict comprehensions run inline in
// the scope that contains them (PEP 709): the names they bind are saved on the stack before the
// loop (LOAD_FAST_AND_CLEAR) and restored after it (STORE_FAST_MAYBE_NULL), also when it raises.
import type * as ast from '../../generated/ast';
import { Opcode } from '../../generated/opcodes';
import { NO_LABEL, NO_LOCATION, location, locOf, type Label, type Location } from '../instruction-sequence';
import { BlockType, SymbolFlag, SymbolScope, type Scope } from '../symtable';
import { addName, type Compiler, FBlockType, ScopeType } from './compiler';
import { addopYield, addYieldFrom, jumpIf, visitExpr } from './expressions';
import { makeClosure, wrapInStopIterationHandler } from './functions';

const enum CompType {
  GenExp,
  ListComp,
  SetComp,
  DictComp,
}

type Comprehension = ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp;

/** What push_inlined_comprehension_state changed, for pop_inlined_comprehension_state to undo. */
interface InlinedState {
  /** The outer scope's (flags, scope) of the names whose scope the comprehension changes. */
  tempSymbols: Map<string, [number | undefined, SymbolScope]> | null;
  /** The locals saved on the stack, in push order. */
  pushedLocals: string[] | null;
  /** Names made fast locals of a module or class body for the comprehension. */
  fastHidden: Set<string> | null;
  cleanup: Label;
  end: Label;
}

export function visitComprehension(c: Compiler, e: Comprehension): void {
  switch (e._kind) {
    case 'GeneratorExp':
      return comprehension(c, e, CompType.GenExp, '<genexpr>', e.generators, e.elt, null);
    case 'ListComp':
      return comprehension(c, e, CompType.ListComp, '<listcomp>', e.generators, e.elt, null);
    case 'SetComp':
      return comprehension(c, e, CompType.SetComp, '<setcomp>', e.generators, e.elt, null);
    case 'DictComp':
      return comprehension(c, e, CompType.DictComp, '<dictcomp>', e.generators, e.key, e.value);
  }
}

/** compiler_comprehension_iter: the outermost iterable, as an iterator. */
function comprehensionIter(c: Compiler, comp: ast.comprehension): void {
  visitExpr(c, comp.iter);
  c.addop(locOf(comp.iter), comp.is_async ? Opcode.GET_AITER : Opcode.GET_ITER);
}

function comprehension(
  c: Compiler,
  e: Comprehension,
  type: CompType,
  name: string,
  generators: readonly ast.comprehension[],
  elt: ast.expr,
  val: ast.expr | null,
): void {
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsyncComprehension = entry.isCoroutine;
  const loc = locOf(e);
  const outermost = generators[0];
  let state: InlinedState | null = null;
  if (isInlined) {
    comprehensionIter(c, outermost);
    state = pushInlinedComprehensionState(c, loc, entry);
  } else {
    c.enterScope(name, ScopeType.Comprehension, entry, e.lineno);
  }
  if (type !== CompType.GenExp) {
    const op = type === CompType.ListComp ? Opcode.BUILD_LIST : type === CompType.SetComp ? Opcode.BUILD_SET : Opcode.BUILD_MAP;
    c.addopI(loc, op, 0);
    if (isInlined) c.addopI(loc, Opcode.SWAP, 2);
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, val, type, isInlined);
  if (state !== null) {
    popInlinedComprehensionState(c, loc, state);
    return;
  }
  if (type !== CompType.GenExp) c.addop(loc, Opcode.RETURN_VALUE);
  else wrapInStopIterationHandler(c);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, loc, code, 0);
  comprehensionIter(c, outermost);
  c.addopI(loc, Opcode.CALL, 0);
  if (isAsyncComprehension && type !== CompType.GenExp) {
    c.addopI(loc, Opcode.GET_AWAITABLE, 0);
    c.addLoadConst(loc, null);
    addYieldFrom(c, loc, true);
  }
}

function comprehensionGenerator(
  c: Compiler,
  loc: Location,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  if (generators[genIndex].is_async) asyncGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  else syncGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
}

/** The innermost part of the loops: the element is yielded, appended or added. Returns its location. */
function emitElement(c: Compiler, elt: ast.expr, val: ast.expr | null, type: CompType, depth: number): Location {
  let eltLoc = locOf(elt);
  visitExpr(c, elt);
  switch (type) {
    case CompType.GenExp:
      addopYield(c, eltLoc);
      c.addop(eltLoc, Opcode.POP_TOP);
      break;
    case CompType.ListComp:
      c.addopI(eltLoc, Opcode.LIST_APPEND, depth + 1);
      break;
    case CompType.SetComp:
      c.addopI(eltLoc, Opcode.SET_ADD, depth + 1);
      break;
    case CompType.DictComp:
      // `{k: v}` evaluates k before v.
      visitExpr(c, val!);
      eltLoc = location(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
      c.addopI(eltLoc, Opcode.MAP_ADD, depth + 1);
      break;
  }
  return eltLoc;
}

function syncGenerator(
  c: Compiler,
  loc: Location,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  let start: Label = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = generators[genIndex];
  if (!iterOnStack) {
    if (genIndex === 0) {
      // The outermost iterator is the implicit argument.
      c.u.argcount = 1;
      c.addopI(loc, Opcode.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]`: a one-item list or tuple is only an assignment.
      const elts = gen.iter._kind === 'List' || gen.iter._kind === 'Tuple' ? gen.iter.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._kind !== 'Starred') {
        visitExpr(c, elts[0]);
        start = NO_LABEL;
      } else {
        visitExpr(c, gen.iter);
        c.addop(locOf(gen.iter), Opcode.GET_ITER);
      }
    }
  }
  if (start !== NO_LABEL) {
    depth++;
    c.useLabel(start);
    c.addopJump(locOf(gen.iter), Opcode.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  let eltLoc = locOf(elt);
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  else eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start !== NO_LABEL) {
    c.addopJump(eltLoc, Opcode.JUMP, start);
    c.useLabel(anchor);
    // END_FOR first: iterating a generator jumps to it, other iterators past it.
    c.addop(NO_LOCATION, Opcode.END_FOR);
    c.addop(NO_LOCATION, Opcode.POP_TOP);
  }
}

function asyncGenerator(
  c: Compiler,
  loc: Location,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[genIndex];
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1;
      c.addopI(loc, Opcode.LOAD_FAST, 0);
    } else {
      visitExpr(c, gen.iter);
      c.addop(locOf(gen.iter), Opcode.GET_AITER);
    }
  }
  c.useLabel(start);
  // The runtime pushes a block here.
  c.pushFBlock(loc, FBlockType.AsyncComprehensionGenerator, start);
  c.addopJump(loc, Opcode.SETUP_FINALLY, except);
  c.addop(loc, Opcode.GET_ANEXT);
  c.addLoadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addop(loc, Opcode.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  depth++;
  let eltLoc = locOf(elt);
  if (++genIndex < generators.length) comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  else eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.addopJump(eltLoc, Opcode.JUMP, start);
  c.popFBlock();
  c.useLabel(except);
  c.addop(loc, Opcode.END_ASYNC_FOR);
}

// ---- PEP 709 ----

/**
 * push_inlined_comprehension_state: the names of the comprehension take its scopes while it is
 * compiled, and those it binds are saved (pushed under the iterator) and cleared.
 */
function pushInlinedComprehensionState(c: Compiler, loc: Location, entry: Scope): InlinedState {
  const u = c.u;
  const outer = u.ste;
  const inClassBlock = outer.type === BlockType.Class && u.inInlinedComp === 0;
  u.inInlinedComp++;
  const state: InlinedState = { tempSymbols: null, pushedLocals: null, fastHidden: null, cleanup: NO_LABEL, end: NO_LABEL };
  for (const [k, symbol] of entry.symbols) {
    const scope = entry.getScope(k);
    const outsc = outer.getScope(k);
    if ((scope !== outsc && scope !== SymbolScope.Free && !(scope === SymbolScope.Cell && outsc === SymbolScope.Free)) || inClassBlock) {
      // Compiled with the comprehension's scope for it; the outer one is restored afterwards.
      state.tempSymbols ??= new Map();
      state.tempSymbols.set(k, [outer.symbols.get(k), outsc]);
      outer.symbols.set(k, symbol);
      outer.scopes.set(k, scope);
    }
    if ((symbol & SymbolFlag.Local && !(symbol & SymbolFlag.Nonlocal)) || inClassBlock) {
      if (!outer.isFunctionLike) {
        // A module or class body: the name is a (hidden) fast local while the comprehension runs.
        if (u.fasthidden.get(k) !== true) {
          u.fasthidden.set(k, true);
          (state.fastHidden ??= new Set()).add(k);
        }
      }
      (state.pushedLocals ??= []).push(k);
      // For a cell this pushes the cell itself; the comprehension gets a new one.
      c.addopI(loc, Opcode.LOAD_FAST_AND_CLEAR, addName(u.varnames, k));
      if (scope === SymbolScope.Cell) {
        c.addopI(loc, Opcode.MAKE_CELL, addName(outsc === SymbolScope.Free ? u.freevars : u.cellvars, k));
      }
    }
  }
  if (state.pushedLocals !== null) {
    // The iterator back on top.
    c.addopI(loc, Opcode.SWAP, state.pushedLocals.length + 1);
    // A handler restores the saved locals if the comprehension raises.
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addopJump(loc, Opcode.SETUP_FINALLY, state.cleanup);
  }
  return state;
}

/** restore_inlined_comprehension_locals: the result (or exception) stays on top. */
function restoreInlinedComprehensionLocals(c: Compiler, loc: Location, state: InlinedState): void {
  const pushed = state.pushedLocals!;
  c.addopI(loc, Opcode.SWAP, pushed.length + 1);
  for (let i = pushed.length - 1; i >= 0; i--) c.addopI(loc, Opcode.STORE_FAST_MAYBE_NULL, addName(c.u.varnames, pushed[i]));
}

function popInlinedComprehensionState(c: Compiler, loc: Location, state: InlinedState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols !== null) {
    for (const [k, [flags, scope]] of state.tempSymbols) {
      u.ste.symbols.set(k, flags ?? 0);
      u.ste.scopes.set(k, scope);
    }
  }
  if (state.pushedLocals !== null) {
    c.addop(NO_LOCATION, Opcode.POP_BLOCK);
    c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, state.end);
    // The comprehension raised: drop its incomplete result (under the exception), restore, re-raise.
    c.useLabel(state.cleanup);
    c.addopI(NO_LOCATION, Opcode.SWAP, 2);
    c.addop(NO_LOCATION, Opcode.POP_TOP);
    restoreInlinedComprehensionLocals(c, loc, state);
    c.addopI(NO_LOCATION, Opcode.RERAISE, 0);
    c.useLabel(state.end);
    restoreInlinedComprehensionLocals(c, loc, state);
  }
  if (state.fastHidden !== null) {
    // False rather than absent: the name was hidden, and gets CO_FAST_HIDDEN.
    for (const k of state.fastHidden) u.fasthidden.set(k, false);
  }
}
