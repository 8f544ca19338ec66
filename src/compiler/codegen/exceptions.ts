// Code generation for exception handling (Python/compile.c): try/except/else/finally, except*,
// with and async with, raise and assert. Handlers are set up with the SETUP_* pseudo-instructions
// and POP_BLOCK, which the flow graph turns into the exception table.
import type * as ast from '../../generated/ast';
import { Intrinsic2, Opcode } from '../../generated/opcodes';
import { NO_LABEL, NO_LOCATION, locOf, type Label, type Location } from '../instruction-sequence';
import { type Compiler, FBlockType } from './compiler';
import { addYieldFrom, jumpIf, visitExpr } from './expressions';
import { visitStmts } from './statements';
import { checkAssert } from './warnings';

/** __exit__(None, None, None). */
export function callExitWithNones(c: Compiler, loc: Location): void {
  c.addLoadConst(loc, null);
  c.addLoadConst(loc, null);
  c.addLoadConst(loc, null);
  c.addopI(loc, Opcode.CALL, 2);
}

/** compiler_pop_except_and_reraise: [exc_info, lasti, exc] → restore exc_info, reraise exc. */
function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(loc, Opcode.COPY, 3);
  c.addop(loc, Opcode.POP_EXCEPT);
  c.addopI(loc, Opcode.RERAISE, 1);
}

export function visitTry(c: Compiler, s: ast.Try | ast.TryStar): void {
  if (s.finalbody.length > 0) return tryFinally(c, s);
  if (s._kind === 'TryStar') return tryStarExcept(c, s);
  return tryExcept(c, s);
}

/**
 * compiler_try_finally: the finally body is compiled twice, once for the normal exit and once as
 * the handler that runs it and re-raises.
 */
function tryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  let loc = locOf(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(loc, Opcode.SETUP_FINALLY, end);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._kind === 'TryStar') tryStarExcept(c, s);
    else tryExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, exit);
  // The finally handler.
  c.useLabel(end);
  loc = NO_LOCATION;
  c.addopJump(loc, Opcode.SETUP_CLEANUP, cleanup);
  c.addop(loc, Opcode.PUSH_EXC_INFO);
  c.pushFBlock(loc, FBlockType.FinallyEnd, end);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addopI(loc, Opcode.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, loc);
  c.useLabel(exit);
}

/** `name = None; del name`, which ends an `except … as name` body. */
function clearHandlerName(c: Compiler, name: string): void {
  c.addLoadConst(NO_LOCATION, null);
  c.nameop(NO_LOCATION, name, 'Store');
  c.nameop(NO_LOCATION, name, 'Del');
}

/** compiler_try_except. */
function tryExcept(c: Compiler, s: ast.Try): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(loc, Opcode.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.TryExcept, body);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
  c.useLabel(except);
  c.addopJump(NO_LOCATION, Opcode.SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, Opcode.PUSH_EXC_INFO);
  // The runtime pushes a block here.
  c.pushFBlock(loc, FBlockType.ExceptionHandler, NO_LABEL);
  for (const handler of s.handlers) {
    const hloc = locOf(handler);
    except = c.newLabel();
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(hloc, Opcode.CHECK_EXC_MATCH);
      c.addopJump(hloc, Opcode.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(hloc, handler.name, 'Store');
      // try: <body> finally: name = None; del name  — in case the body deletes the name.
      c.addopJump(hloc, Opcode.SETUP_CLEANUP, cleanupEnd);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addop(NO_LOCATION, Opcode.POP_BLOCK);
      c.addop(NO_LOCATION, Opcode.POP_BLOCK);
      c.addop(NO_LOCATION, Opcode.POP_EXCEPT);
      clearHandlerName(c, handler.name);
      c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
      c.useLabel(cleanupEnd);
      clearHandlerName(c, handler.name);
      c.addopI(NO_LOCATION, Opcode.RERAISE, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(hloc, Opcode.POP_TOP); // exc_value
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addop(NO_LOCATION, Opcode.POP_BLOCK);
      c.addop(NO_LOCATION, Opcode.POP_EXCEPT);
      c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
    }
    c.useLabel(except);
  }
  c.popFBlock();
  c.addopI(NO_LOCATION, Opcode.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/** compiler_try_star_except: each except* clause splits the exception group (CHECK_EG_MATCH). */
function tryStarExcept(c: Compiler, s: ast.TryStar): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJump(loc, Opcode.SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.TryExcept, body);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, orelse);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJump(NO_LOCATION, Opcode.SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, Opcode.PUSH_EXC_INFO);
  c.pushFBlock(loc, FBlockType.ExceptionGroupHandler, NO_LABEL, NO_LABEL, 'except handler');
  s.handlers.forEach((handler, i) => {
    const hloc = locOf(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [orig] → [orig, [] (the exceptions raised or re-raised), a copy of orig]
      c.addopI(hloc, Opcode.BUILD_LIST, 0);
      c.addopI(hloc, Opcode.COPY, 2);
    }
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(hloc, Opcode.CHECK_EG_MATCH);
      c.addopI(hloc, Opcode.COPY, 1);
      c.addopJump(hloc, Opcode.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name !== null) c.nameop(hloc, handler.name, 'Store');
    else c.addop(hloc, Opcode.POP_TOP); // match
    c.addopJump(hloc, Opcode.SETUP_CLEANUP, cleanupEnd);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.addop(NO_LOCATION, Opcode.POP_BLOCK);
    if (handler.name !== null) clearHandlerName(c, handler.name);
    c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, except);
    c.useLabel(cleanupEnd);
    if (handler.name !== null) clearHandlerName(c, handler.name);
    // An exception raised in the body joins the list.
    c.addopI(NO_LOCATION, Opcode.LIST_APPEND, 3);
    c.addop(NO_LOCATION, Opcode.POP_TOP); // lasti
    c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, exceptWithError);
    c.useLabel(except);
    c.addop(NO_LOCATION, Opcode.NOP); // holds a propagated location
    c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, exceptWithError);
    c.useLabel(noMatch);
    c.addop(hloc, Opcode.POP_TOP); // match (None)
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group (or None) joins the list.
      c.addopI(NO_LOCATION, Opcode.LIST_APPEND, 1);
      c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, reraiseStar);
    }
  });
  c.popFBlock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(NO_LOCATION, Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_PREP_RERAISE_STAR);
  c.addopI(NO_LOCATION, Opcode.COPY, 1);
  c.addopJump(NO_LOCATION, Opcode.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.addop(NO_LOCATION, Opcode.POP_TOP);
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.addop(NO_LOCATION, Opcode.POP_EXCEPT);
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
  c.useLabel(reraise);
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.addopI(NO_LOCATION, Opcode.SWAP, 2);
  c.addop(NO_LOCATION, Opcode.POP_EXCEPT);
  c.addopI(NO_LOCATION, Opcode.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/** compiler_with_except_finish: reraise unless __exit__ returned true. */
function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.addop(NO_LOCATION, Opcode.TO_BOOL);
  c.addopJump(NO_LOCATION, Opcode.POP_JUMP_IF_TRUE, suppress);
  c.addopI(NO_LOCATION, Opcode.RERAISE, 2);
  c.useLabel(suppress);
  c.addop(NO_LOCATION, Opcode.POP_TOP); // exc_value
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.addop(NO_LOCATION, Opcode.POP_EXCEPT);
  c.addop(NO_LOCATION, Opcode.POP_TOP);
  c.addop(NO_LOCATION, Opcode.POP_TOP);
  const exit = c.newLabel();
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, exit);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

/** compiler_with and compiler_async_with: one item at a time, the next inside the previous. */
export function visitWith(c: Compiler, s: ast.With | ast.AsyncWith, pos = 0): void {
  const isAsync = s._kind === 'AsyncWith';
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locOf(item.context_expr);
  if (isAsync) {
    c.addop(loc, Opcode.BEFORE_ASYNC_WITH);
    c.addopI(loc, Opcode.GET_AWAITABLE, 1);
    c.addLoadConst(loc, null);
    addYieldFrom(c, loc, true);
  } else {
    c.addop(loc, Opcode.BEFORE_WITH);
  }
  c.addopJump(loc, Opcode.SETUP_WITH, final);
  // SETUP_WITH pushes a finally block.
  c.useLabel(block);
  c.pushFBlock(loc, isAsync ? FBlockType.AsyncWith : FBlockType.With, block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(loc, Opcode.POP_TOP); // the result of __enter__
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else visitWith(c, s, pos + 1);
  if (isAsync) {
    c.popFBlock();
    c.addop(loc, Opcode.POP_BLOCK);
  } else {
    c.addop(NO_LOCATION, Opcode.POP_BLOCK);
    c.popFBlock();
  }
  // Normal exit: __exit__(None, None, None).
  callExitWithNones(c, loc);
  if (isAsync) {
    c.addopI(loc, Opcode.GET_AWAITABLE, 2);
    c.addLoadConst(loc, null);
    addYieldFrom(c, loc, true);
  }
  c.addop(loc, Opcode.POP_TOP);
  c.addopJump(loc, Opcode.JUMP, exit);
  // Exceptional exit.
  c.useLabel(final);
  c.addopJump(loc, Opcode.SETUP_CLEANUP, cleanup);
  c.addop(loc, Opcode.PUSH_EXC_INFO);
  c.addop(loc, Opcode.WITH_EXCEPT_START);
  if (isAsync) {
    c.addopI(loc, Opcode.GET_AWAITABLE, 2);
    c.addLoadConst(loc, null);
    addYieldFrom(c, loc, true);
  }
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function visitRaise(c: Compiler, s: ast.Raise): void {
  let n = 0;
  if (s.exc !== null) {
    visitExpr(c, s.exc);
    n++;
    if (s.cause !== null) {
      visitExpr(c, s.cause);
      n++;
    }
  }
  c.addopI(locOf(s), Opcode.RAISE_VARARGS, n);
}

export function visitAssert(c: Compiler, s: ast.Assert): void {
  checkAssert(c, s);
  if (c.optimize > 0) return;
  const end = c.newLabel();
  const loc = locOf(s);
  jumpIf(c, loc, s.test, end, true);
  c.addop(loc, Opcode.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addopI(loc, Opcode.CALL, 0);
  }
  c.addopI(locOf(s.test), Opcode.RAISE_VARARGS, 1);
  c.useLabel(end);
}
