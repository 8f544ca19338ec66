// Code generation for expressions (compiler_visit_expr and its helpers in Python/compile.c):
// operators, comparisons, boolean operators, conditional expressions, names, slices, f-strings,
// yield, await and assignment expressions. Attributes, subscripts and unary operators are in
// chains.ts, displays in containers.ts, calls in calls.ts, lambdas in functions.ts,
// comprehensions in comprehensions.ts.
import type * as ast from '../../generated/ast';
import { CmpOp, Conversion, Intrinsic1, NbOp, Opcode, ResumeOparg } from '../../generated/opcodes';
import { NO_LOCATION, locOf, type Label, type Location } from '../instruction-sequence';
import { visitChain } from './chains';
import { visitComprehension } from './comprehensions';
import { type Compiler } from './compiler';
import { visitDict, visitList, visitSet, visitTuple } from './containers';
import { visitLambda } from './functions';
import { checkCompare } from './warnings';

export function visitExprs(c: Compiler, exprs: readonly ast.expr[]): void {
  for (const e of exprs) visitExpr(c, e);
}

/**
 * compiler_visit_expr. A thin dispatcher: expressions nest thousands deep (`a.b.c…`, `f()()…`),
 * and every JS frame on that recursion counts, so each kind is compiled by a function of its own.
 */
export function visitExpr(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case 'NamedExpr':
      return visitNamedExpr(c, e);
    case 'BoolOp':
      return visitBoolOp(c, e);
    case 'BinOp':
      return visitBinOpChain(c, e);
    case 'UnaryOp':
    case 'Call':
    case 'Attribute':
    case 'Subscript':
      return visitChain(c, e);
    case 'Lambda':
      return visitLambda(c, e);
    case 'IfExp':
      return visitIfExp(c, e);
    case 'Dict':
      return visitDict(c, e);
    case 'Set':
      return visitSet(c, e);
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return visitComprehension(c, e);
    case 'Yield':
      return visitYield(c, e);
    case 'YieldFrom':
      return visitYieldFrom(c, e);
    case 'Await':
      return visitAwait(c, e);
    case 'Compare':
      return visitCompare(c, e);
    case 'Constant':
      return c.addLoadConst(locOf(e), e.value);
    case 'JoinedStr':
      return visitJoinedStr(c, e);
    case 'FormattedValue':
      return visitFormattedValue(c, e);
    case 'Starred':
      throw new Error('compiler: starred expression outside a display or call');
    case 'Slice':
      return c.addopI(locOf(e), Opcode.BUILD_SLICE, visitSliceParts(c, e));
    case 'Name':
      return c.nameop(locOf(e), e.id, e.ctx._kind);
    case 'List':
      return visitList(c, e);
    case 'Tuple':
      return visitTuple(c, e);
  }
}

function visitNamedExpr(c: Compiler, e: ast.NamedExpr): void {
  visitExpr(c, e.value);
  c.addopI(locOf(e), Opcode.COPY, 1);
  visitExpr(c, e.target);
}

function visitYield(c: Compiler, e: ast.Yield): void {
  const loc = locOf(e);
  if (e.value !== null) visitExpr(c, e.value);
  else c.addLoadConst(loc, null);
  addopYield(c, loc);
}

function visitYieldFrom(c: Compiler, e: ast.YieldFrom): void {
  visitExpr(c, e.value);
  const loc = locOf(e);
  c.addop(loc, Opcode.GET_YIELD_FROM_ITER);
  c.addLoadConst(loc, null);
  addYieldFrom(c, loc, false);
}

function visitAwait(c: Compiler, e: ast.Await): void {
  visitExpr(c, e.value);
  const loc = locOf(e);
  c.addopI(loc, Opcode.GET_AWAITABLE, 0);
  c.addLoadConst(loc, null);
  addYieldFrom(c, loc, true);
}

/**
 * A chain `a + b + c + …` nests as deep as it is long (thousands of terms, more than the JS stack
 * allows recursion for): its left spine is walked as a loop.
 */
function visitBinOpChain(c: Compiler, e: ast.BinOp): void {
  const spine: ast.BinOp[] = [];
  let left: ast.expr = e;
  while (left._kind === 'BinOp') {
    spine.push(left);
    left = left.left;
  }
  visitExpr(c, left);
  for (let i = spine.length - 1; i >= 0; i--) {
    const op = spine[i];
    visitExpr(c, op.right);
    c.addopI(locOf(op), Opcode.BINARY_OP, binaryOparg(op.op, false));
  }
}

const BINARY_OPS: Record<ast.operator['_kind'], [NbOp, NbOp]> = {
  Add: [NbOp.NB_ADD, NbOp.NB_INPLACE_ADD],
  Sub: [NbOp.NB_SUBTRACT, NbOp.NB_INPLACE_SUBTRACT],
  Mult: [NbOp.NB_MULTIPLY, NbOp.NB_INPLACE_MULTIPLY],
  MatMult: [NbOp.NB_MATRIX_MULTIPLY, NbOp.NB_INPLACE_MATRIX_MULTIPLY],
  Div: [NbOp.NB_TRUE_DIVIDE, NbOp.NB_INPLACE_TRUE_DIVIDE],
  Mod: [NbOp.NB_REMAINDER, NbOp.NB_INPLACE_REMAINDER],
  Pow: [NbOp.NB_POWER, NbOp.NB_INPLACE_POWER],
  LShift: [NbOp.NB_LSHIFT, NbOp.NB_INPLACE_LSHIFT],
  RShift: [NbOp.NB_RSHIFT, NbOp.NB_INPLACE_RSHIFT],
  BitOr: [NbOp.NB_OR, NbOp.NB_INPLACE_OR],
  BitXor: [NbOp.NB_XOR, NbOp.NB_INPLACE_XOR],
  BitAnd: [NbOp.NB_AND, NbOp.NB_INPLACE_AND],
  FloorDiv: [NbOp.NB_FLOOR_DIVIDE, NbOp.NB_INPLACE_FLOOR_DIVIDE],
};

/** addop_binary: BINARY_OP's oparg for an operator, plain or in-place. */
export function binaryOparg(op: ast.operator, inplace: boolean): NbOp {
  return BINARY_OPS[op._kind][inplace ? 1 : 0];
}

/** compiler_addcompare. */
export function addCompare(c: Compiler, loc: Location, op: ast.cmpop): void {
  let cmp: CmpOp;
  switch (op._kind) {
    case 'Eq':
      cmp = CmpOp.Py_EQ;
      break;
    case 'NotEq':
      cmp = CmpOp.Py_NE;
      break;
    case 'Lt':
      cmp = CmpOp.Py_LT;
      break;
    case 'LtE':
      cmp = CmpOp.Py_LE;
      break;
    case 'Gt':
      cmp = CmpOp.Py_GT;
      break;
    case 'GtE':
      cmp = CmpOp.Py_GE;
      break;
    case 'Is':
      return c.addopI(loc, Opcode.IS_OP, 0);
    case 'IsNot':
      return c.addopI(loc, Opcode.IS_OP, 1);
    case 'In':
      return c.addopI(loc, Opcode.CONTAINS_OP, 0);
    case 'NotIn':
      return c.addopI(loc, Opcode.CONTAINS_OP, 1);
  }
  // The comparison in the top three bits; the low four are for the specializer's mask.
  c.addopI(loc, Opcode.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp]);
}

/** compare_masks: COMPARISON_UNORDERED = 1, LESS_THAN = 2, GREATER_THAN = 4, EQUALS = 8; NOT_EQUALS is 1 | 2 | 4. */
const COMPARE_MASKS: Record<CmpOp, number> = {
  [CmpOp.Py_LT]: 2,
  [CmpOp.Py_LE]: 2 | 8,
  [CmpOp.Py_EQ]: 8,
  [CmpOp.Py_NE]: 1 | 2 | 4,
  [CmpOp.Py_GT]: 4,
  [CmpOp.Py_GE]: 4 | 8,
};

/** compiler_compare: a chain `a < b < c` evaluates `b` once and stops at the first false link. */
function visitCompare(c: Compiler, e: ast.Compare): void {
  checkCompare(c, e);
  const loc = locOf(e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, loc, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(loc, Opcode.SWAP, 2);
    c.addopI(loc, Opcode.COPY, 2);
    addCompare(c, loc, e.ops[i]);
    c.addopI(loc, Opcode.COPY, 1);
    c.addop(loc, Opcode.TO_BOOL);
    c.addopJump(loc, Opcode.POP_JUMP_IF_FALSE, cleanup);
    c.addop(loc, Opcode.POP_TOP);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, loc, e.ops[n]);
  const end = c.newLabel();
  c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
  c.useLabel(cleanup);
  c.addopI(loc, Opcode.SWAP, 2);
  c.addop(loc, Opcode.POP_TOP);
  c.useLabel(end);
}

/** compiler_boolop: each operand but the last decides whether to go on. */
function visitBoolOp(c: Compiler, e: ast.BoolOp): void {
  const loc = locOf(e);
  const jump = e.op._kind === 'And' ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addopI(loc, Opcode.COPY, 1);
    c.addop(loc, Opcode.TO_BOOL);
    c.addopJump(loc, jump, end);
    c.addop(loc, Opcode.POP_TOP);
  }
  visitExpr(c, e.values[n]);
  c.useLabel(end);
}

/**
 * compiler_jump_if: jumps to `next` when `e` is true (`cond`) or false (not `cond`), without
 * building the boolean where it can: `not`, `and`/`or`, conditional expressions and chained
 * comparisons become jumps.
 */
export function jumpIf(c: Compiler, loc: Location, e: ast.expr, next: Label, cond: boolean): void {
  switch (e._kind) {
    case 'UnaryOp':
      if (e.op._kind === 'Not') return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._kind === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i], next2, cond2);
      jumpIf(c, loc, s[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const eloc = locOf(e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(eloc, Opcode.SWAP, 2);
          c.addopI(eloc, Opcode.COPY, 2);
          addCompare(c, eloc, e.ops[i]);
          c.addop(eloc, Opcode.TO_BOOL);
          c.addopJump(eloc, Opcode.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, eloc, e.ops[n]);
        c.addop(eloc, Opcode.TO_BOOL);
        c.addopJump(eloc, cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
        const end = c.newLabel();
        c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
        c.useLabel(cleanup);
        c.addop(eloc, Opcode.POP_TOP);
        if (!cond) c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, next);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  const eloc = locOf(e);
  c.addop(eloc, Opcode.TO_BOOL);
  c.addopJump(eloc, cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
}

/** A chain `a if b else c if d else …` is compiled as a loop, nesting thousands deep at times. */
function visitIfExp(c: Compiler, e: ast.IfExp): void {
  const ends: Label[] = [];
  let cur: ast.expr = e;
  while (cur._kind === 'IfExp') {
    const end = c.newLabel();
    const next = c.newLabel();
    jumpIf(c, locOf(cur), cur.test, next, false);
    visitExpr(c, cur.body);
    c.addopJump(NO_LOCATION, Opcode.JUMP_NO_INTERRUPT, end);
    c.useLabel(next);
    ends.push(end);
    cur = cur.orelse;
  }
  visitExpr(c, cur);
  for (let i = ends.length - 1; i >= 0; i--) c.useLabel(ends[i]);
}

// ---- yield, await ----

/** compiler_addop_yield: an async generator wraps the value it yields. */
export function addopYield(c: Compiler, loc: Location): void {
  const ste = c.u.ste;
  if (ste.isGenerator && ste.isCoroutine) c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_ASYNC_GEN_WRAP);
  c.addopI(loc, Opcode.YIELD_VALUE, 0);
  c.addopI(loc, Opcode.RESUME, ResumeOparg.RESUME_AFTER_YIELD);
}

/** compiler_add_yield_from: the SEND loop of `yield from` and `await`. */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJump(loc, Opcode.SEND, exit);
  // A virtual try/except for StopIteration raised by close() or throw() during the yield.
  c.addopJump(loc, Opcode.SETUP_FINALLY, fail);
  c.addopI(loc, Opcode.YIELD_VALUE, 1);
  c.addop(NO_LOCATION, Opcode.POP_BLOCK);
  c.addopI(loc, Opcode.RESUME, isAwait ? ResumeOparg.RESUME_AFTER_AWAIT : ResumeOparg.RESUME_AFTER_YIELD_FROM);
  c.addopJump(loc, Opcode.JUMP_NO_INTERRUPT, send);
  c.useLabel(fail);
  c.addop(loc, Opcode.CLEANUP_THROW);
  c.useLabel(exit);
  c.addop(loc, Opcode.END_SEND);
}

// ---- attributes, subscripts, slices (the chains of them are in chains.ts) ----

/** `self.x = …` anywhere inside a class records `x` in the class's __static_attributes__. */
export function maybeAddStaticAttribute(c: Compiler, e: ast.Attribute): void {
  if (e.ctx._kind !== 'Store' || e.value._kind !== 'Name' || e.value.id !== 'self') return;
  c.classUnit()?.staticAttributes!.add(e.attr);
}

/** is_two_element_slice: `a[x:y]` uses BINARY_SLICE / STORE_SLICE. */
export function isTwoElementSlice(s: ast.expr): s is ast.Slice {
  return s._kind === 'Slice' && s.step === null;
}

/** compiler_slice: pushes the parts of a slice (None for a missing one); returns how many. */
export function visitSliceParts(c: Compiler, s: ast.Slice): number {
  let n = 2;
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.addLoadConst(locOf(s), null);
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.addLoadConst(locOf(s), null);
  if (s.step !== null) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

// ---- f-strings ----

/** STACK_USE_GUIDELINE: past this many values, displays and calls are built piecewise. */
export const STACK_USE_GUIDELINE = 30;

function visitJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  const loc = locOf(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.addLoadConst(loc, '');
    c.addopName(loc, Opcode.LOAD_METHOD, 'join');
    c.addopI(loc, Opcode.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(loc, Opcode.LIST_APPEND, 1);
    }
    c.addopI(loc, Opcode.CALL, 1);
    return;
  }
  visitExprs(c, e.values);
  if (n > 1) c.addopI(loc, Opcode.BUILD_STRING, n);
  else if (n === 0) c.addLoadConst(loc, '');
}

function visitFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  const loc = locOf(e);
  if (e.conversion !== -1) {
    const conv = String.fromCharCode(e.conversion);
    const oparg = conv === 's' ? Conversion.FVC_STR : conv === 'r' ? Conversion.FVC_REPR : Conversion.FVC_ASCII;
    c.addopI(loc, Opcode.CONVERT_VALUE, oparg);
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    c.addop(loc, Opcode.FORMAT_WITH_SPEC);
  } else {
    c.addop(loc, Opcode.FORMAT_SIMPLE);
  }
}
