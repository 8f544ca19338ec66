// Code generation for control flow (Python/compile.c): if, while, for and async for, break,
// continue and return — which unwind the open frame blocks between them and their destination,
// running finally bodies and __exit__ calls on the way.
import type * as ast from '../../generated/ast';
import { Opcode } from '../../generated/opcodes';
import { NO_LABEL, NO_LOCATION, locOf, type Label, type Location } from '../instruction-sequence';
import { type Compiler, FBlockType, type FBlockInfo } from './compiler';
import { addYieldFrom, jumpIf, visitExpr } from './expressions';
import { callExitWithNones } from './exceptions';
import { visitStmts } from './statements';

export function visitIf(c: Compiler, s: ast.If): void {
  // An `elif` chain nests an If in the orelse of the one before, thousands deep at times: it is
  // compiled as a loop, each end label placed after everything nested in its If, as recursion
  // would place it.
  const ends: Label[] = [];
  let stmt: ast.If | null = s;
  while (stmt !== null) {
    const end = c.newLabel();
    ends.push(end);
    const next = stmt.orelse.length > 0 ? c.newLabel() : end;
    jumpIf(c, locOf(stmt), stmt.test, next, false);
    visitStmts(c, stmt.body);
    const orelse: readonly ast.stmt[] = stmt.orelse;
    stmt = null;
    if (orelse.length > 0) {
      c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
      c.useLabel(next);
      if (orelse.length === 1 && orelse[0]._kind === 'If') stmt = orelse[0];
      else visitStmts(c, orelse);
    }
  }
  for (let i = ends.length - 1; i >= 0; i--) c.useLabel(ends[i]);
}

/** compiler_while: the test is compiled twice, before the loop and at its bottom. */
export function visitWhile(c: Compiler, s: ast.While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  const loc = locOf(s);
  c.useLabel(loop);
  c.pushFBlock(loc, FBlockType.WhileLoop, loop, end);
  jumpIf(c, loc, s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  jumpIf(c, loc, s.test, body, true);
  c.popFBlock();
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

export function visitFor(c: Compiler, s: ast.For): void {
  const loc = locOf(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(loc, FBlockType.ForLoop, start, end);
  visitExpr(c, s.iter);
  const iterLoc = locOf(s.iter);
  c.addop(iterLoc, Opcode.GET_ITER);
  c.useLabel(start);
  c.addopJump(iterLoc, Opcode.FOR_ITER, cleanup);
  // For the line events of a `for` whose target is on a line of its own; removed when redundant.
  c.addop(locOf(s.target), Opcode.NOP);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // Artificial: no line of its own.
  c.addopJump(NO_LOCATION, Opcode.JUMP, start);
  c.useLabel(cleanup);
  // END_FOR must come first: iterating a generator jumps to it, other iterators past it.
  c.addop(NO_LOCATION, Opcode.END_FOR);
  c.addop(NO_LOCATION, Opcode.POP_TOP);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

export function visitAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  const loc = locOf(s);
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(locOf(s.iter), Opcode.GET_AITER);
  c.useLabel(start);
  c.pushFBlock(loc, FBlockType.ForLoop, start, end);
  // SETUP_FINALLY guards the __anext__ call.
  c.addopJump(loc, Opcode.SETUP_FINALLY, except);
  c.addop(loc, Opcode.GET_ANEXT);
  c.addLoadConst(loc, null);
  addYieldFrom(c, loc, true);
  c.addop(loc, Opcode.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(NO_LOCATION, Opcode.JUMP, start);
  c.popFBlock();
  c.useLabel(except);
  // The `for` line, not the body's: END_ASYNC_FOR ends the loop.
  c.addop(locOf(s.iter), Opcode.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/**
 * compiler_unwind_fblock: the code that leaves one open block early. With `preserveTos`, a value
 * on top of the stack (a return value) is kept above what the block pops. Returns the location
 * the rest of the unwinding should use.
 */
export function unwindFBlock(c: Compiler, loc: Location, info: FBlockInfo, preserveTos: boolean): Location {
  switch (info.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
    case FBlockType.StopIteration:
      return loc;
    case FBlockType.ForLoop:
      // Pop the iterator.
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.POP_TOP);
      return loc;
    case FBlockType.TryExcept:
      c.addop(loc, Opcode.POP_BLOCK);
      return loc;
    case FBlockType.FinallyTry:
      // This POP_BLOCK gets the line of the unwinding statement.
      c.addop(loc, Opcode.POP_BLOCK);
      if (preserveTos) c.pushFBlock(loc, FBlockType.PopValue, NO_LABEL);
      visitStmts(c, info.datum as ast.stmt[]);
      if (preserveTos) c.popFBlock();
      // The finally body appears to run after the statement that unwinds: what follows is artificial.
      return NO_LOCATION;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.POP_TOP); // exc_value
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.POP_BLOCK);
      c.addop(loc, Opcode.POP_EXCEPT);
      return loc;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      loc = info.loc;
      c.addop(loc, Opcode.POP_BLOCK);
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      callExitWithNones(c, loc);
      if (info.type === FBlockType.AsyncWith) {
        c.addopI(loc, Opcode.GET_AWAITABLE, 2);
        c.addLoadConst(loc, null);
        addYieldFrom(c, loc, true);
      }
      c.addop(loc, Opcode.POP_TOP);
      // The __exit__ call appears to run after the statement that unwinds.
      return NO_LOCATION;
    case FBlockType.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name !== null) c.addop(loc, Opcode.POP_BLOCK);
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.POP_BLOCK);
      c.addop(loc, Opcode.POP_EXCEPT);
      if (name !== null) {
        c.addLoadConst(loc, null);
        c.nameop(loc, name, 'Store');
        c.nameop(loc, name, 'Del');
      }
      return loc;
    }
    case FBlockType.PopValue:
      if (preserveTos) c.addopI(loc, Opcode.SWAP, 2);
      c.addop(loc, Opcode.POP_TOP);
      return loc;
  }
}

/**
 * compiler_unwind_fblock_stack: unwinds the open blocks, innermost first, up to the innermost
 * loop if `stopAtLoop` (returned, or null if there is none). Returns the loop and the location.
 */
export function unwindFBlockStack(c: Compiler, loc: Location, preserveTos: boolean, stopAtLoop: boolean): { loc: Location; loop: FBlockInfo | null } {
  const top = c.topFBlock();
  if (top === null) return { loc, loop: null };
  if (stopAtLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return { loc, loop: top };
  c.popFBlock();
  loc = unwindFBlock(c, loc, top, preserveTos);
  const result = unwindFBlockStack(c, loc, preserveTos, stopAtLoop);
  c.u.fblocks.push(top);
  return result;
}

export function visitReturn(c: Compiler, s: ast.Return): void {
  let loc = locOf(s);
  const value = s.value;
  const preserveTos = value !== null && value._kind !== 'Constant';
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // An instruction with the line of the returned value.
    loc = locOf(value);
    c.addop(loc, Opcode.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = locOf(s);
    c.addop(loc, Opcode.NOP);
  }
  loc = unwindFBlockStack(c, loc, preserveTos, false).loc;
  if (value === null) c.addLoadConst(loc, null);
  else if (!preserveTos) c.addLoadConst(loc, (value as ast.Constant).value);
  c.addop(loc, Opcode.RETURN_VALUE);
}

export function visitBreak(c: Compiler, s: ast.Break): void {
  let loc = locOf(s);
  c.addop(loc, Opcode.NOP);
  const unwound = unwindFBlockStack(c, loc, false, true);
  loc = unwound.loc;
  const loop = unwound.loop!;
  loc = unwindFBlock(c, loc, loop, false);
  c.addopJump(loc, Opcode.JUMP, loop.exit);
}

export function visitContinue(c: Compiler, s: ast.Continue): void {
  let loc = locOf(s);
  c.addop(loc, Opcode.NOP);
  const unwound = unwindFBlockStack(c, loc, false, true);
  loc = unwound.loc;
  c.addopJump(loc, Opcode.JUMP, unwound.loop!.block);
}
