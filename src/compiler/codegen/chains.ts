// Code generation for the expressions that chain thousands deep — attributes, subscripts,
// calls and unary operators (`a.b.c…`, `f()()…`, `x[0][0]…`, `- - -x`), compiler_visit_expr's
// Attribute, Subscript, Call and UnaryOp cases in Python/compile.c — without recursing as
// deeply as they nest: more than the JS stack allows.
import type * as ast from '../../generated/ast';
import { Intrinsic1, Opcode } from '../../generated/opcodes';
import { locOf } from '../instruction-sequence';
import {
  callForm,
  callInner,
  canOptimizeSuperCall,
  finishCall,
  loadArgsForSuper,
  updateStartLocationToMatchAttr,
  visitSuperMethodCall,
} from './calls';
import { type Compiler } from './compiler';
import { isTwoElementSlice, maybeAddStaticAttribute, visitExpr, visitSliceParts } from './expressions';
import { checkCaller, checkSubscript } from './warnings';

/**
 * Attributes, subscripts, calls and unary operators chain thousands deep (`a.b.c…`, `f()()…`,
 * `- - -x`), more than the JS stack allows recursion for. Each compiles one inner expression
 * first, with nothing emitted before it, then the rest: the chain is walked down to an
 * expression that is not such a link, which is compiled, then each link is finished outwards.
 */
export function visitChain(c: Compiler, e: ast.UnaryOp | ast.Call | ast.Attribute | ast.Subscript): void {
  const links: ast.expr[] = [];
  let inner: ast.expr = e;
  for (let next = chainInner(c, inner); next !== null; next = chainInner(c, inner)) {
    // What recursion would do before compiling the inner expression.
    if (inner._kind === 'Subscript' && inner.ctx._kind === 'Load') checkSubscript(c, inner);
    else if (inner._kind === 'Call' && callForm(c, inner) === 'plain') checkCaller(c, inner.func);
    links.push(inner);
    inner = next;
  }
  if (links.length === 0) {
    // `super().x` or `super().m(…)`: nothing nests under them but the arguments of super().
    if (inner._kind === 'Call') visitSuperMethodCall(c, inner);
    else visitSuperAttribute(c, inner as ast.Attribute);
    return;
  }
  visitExpr(c, inner);
  for (let i = links.length - 1; i >= 0; i--) finishLink(c, links[i]);
}

/** The inner expression of a chain link, or null when `e` is not a link. */
function chainInner(c: Compiler, e: ast.expr): ast.expr | null {
  switch (e._kind) {
    case 'UnaryOp':
      return e.operand;
    case 'Call':
      return callInner(c, e);
    case 'Attribute':
      return e.ctx._kind === 'Load' && canOptimizeSuperCall(c, e) ? null : e.value;
    case 'Subscript':
      return e.value;
    default:
      return null;
  }
}

function finishLink(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case 'UnaryOp':
      return finishUnaryOp(c, e);
    case 'Call':
      return finishCall(c, e);
    case 'Attribute':
      return finishAttribute(c, e);
    case 'Subscript':
      return finishSubscript(c, e);
  }
}

function finishUnaryOp(c: Compiler, e: ast.UnaryOp): void {
  const loc = locOf(e);
  switch (e.op._kind) {
    case 'UAdd':
      return c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_UNARY_POSITIVE);
    case 'Not':
      c.addop(loc, Opcode.TO_BOOL);
      return c.addop(loc, Opcode.UNARY_NOT);
    case 'Invert':
      return c.addop(loc, Opcode.UNARY_INVERT);
    case 'USub':
      return c.addop(loc, Opcode.UNARY_NEGATIVE);
  }
}

/** `super().x` read through LOAD_SUPER_ATTR. */
function visitSuperAttribute(c: Compiler, e: ast.Attribute): void {
  const call = e.value as ast.Call;
  loadArgsForSuper(c, call);
  c.addopName(locOf(e), call.args.length > 0 ? Opcode.LOAD_SUPER_ATTR : Opcode.LOAD_ZERO_SUPER_ATTR, e.attr);
  c.addop(updateStartLocationToMatchAttr(locOf(e), e), Opcode.NOP);
}

function finishAttribute(c: Compiler, e: ast.Attribute): void {
  maybeAddStaticAttribute(c, e);
  const loc = updateStartLocationToMatchAttr(locOf(e), e);
  switch (e.ctx._kind) {
    case 'Load':
      return c.addopName(loc, Opcode.LOAD_ATTR, e.attr);
    case 'Store':
      return c.addopName(loc, Opcode.STORE_ATTR, e.attr);
    case 'Del':
      return c.addopName(loc, Opcode.DELETE_ATTR, e.attr);
  }
}

function finishSubscript(c: Compiler, e: ast.Subscript): void {
  const loc = locOf(e);
  const ctx = e.ctx._kind;
  if (isTwoElementSlice(e.slice) && ctx !== 'Del') {
    visitSliceParts(c, e.slice);
    c.addop(loc, ctx === 'Load' ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE);
    return;
  }
  visitExpr(c, e.slice);
  c.addop(loc, ctx === 'Load' ? Opcode.BINARY_SUBSCR : ctx === 'Store' ? Opcode.STORE_SUBSCR : Opcode.DELETE_SUBSCR);
}
