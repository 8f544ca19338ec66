// Assignment and deletion targets: turning a parsed expression into a Store/Del target,
// the `star_targets` rule, and CPython's messages for what cannot be assigned to
// (`_PyPegen_get_invalid_target`, `_PyPegen_get_expr_name` in Parser/pegen_errors.c).
import {
  Attribute, Constant, List, Name, Starred, Store, Subscript, Tuple, expr, expr_context,
} from '../../generated/ast';
import { ELLIPSIS } from '../ast/constants';
import { Tok } from '../tokens';
import { parseExpression, parsePrimary, parseStarExpressions, startsExpression } from './expressions';
import { Parser } from './parser';

/** Which rule a target belongs to; it decides the wording and what is allowed. */
export type TargetsKind = 'star' | 'for' | 'del';

/** How CPython names an expression in "cannot assign to …" messages. */
export function exprName(e: expr): string {
  switch (e._kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/** The part of `e` that cannot be a target of `kind`, or null when `e` is a valid target. */
export function invalidTarget(e: expr, kind: TargetsKind): expr | null {
  switch (e._kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // In `for a in b`, the target list parsed as an expression swallows `in b`.
      if (kind === 'for') return e.ops[0]._kind === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to …" / "cannot delete …" at the offending part. */
export function raiseInvalidTarget(p: Parser, e: expr, kind: TargetsKind): void {
  const bad = invalidTarget(e, kind);
  if (bad === null) return;
  p.raiseNode(bad, `${kind === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`);
}

/** Makes `e` a target with context `ctx` (Store or Del), raising CPython's error when it cannot be one. */
export function setContext(p: Parser, e: expr, ctx: expr_context, kind: TargetsKind): expr {
  if (!isValidTarget(e, kind)) {
    raiseInvalidTarget(p, e, kind);
    p.raiseNode(e, 'invalid syntax');
  }
  applyContext(e, ctx);
  return e;
}

export function isValidTarget(e: expr, kind: TargetsKind): boolean {
  switch (e._kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return true;
    case 'Starred':
      return kind !== 'del' && isValidTarget(e.value, kind);
    case 'List':
    case 'Tuple':
      return e.elts.every((elt) => isValidTarget(elt, kind));
    default:
      return false;
  }
}

function applyContext(e: expr, ctx: expr_context): void {
  if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
    e.ctx = ctx;
  } else if (e instanceof Starred) {
    e.ctx = ctx;
    applyContext(e.value, ctx);
  } else if (e instanceof List || e instanceof Tuple) {
    e.ctx = ctx;
    for (const elt of e.elts) applyContext(elt, ctx);
  }
}

/**
 * `star_targets` where the target list is followed by a keyword (`in` after `for`): each
 * target is parsed as a primary so `in` is not taken for a comparison. On failure, CPython's
 * `invalid_for_target` re-reads the list as expressions to name what cannot be assigned.
 */
export function parseStarTargets(p: Parser, kind: TargetsKind): expr {
  const start = p.pos;
  const first = parseStarTarget(p, kind, start);
  if (p.peek() !== Tok.COMMA) return first;
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    const k = p.peek();
    if (k !== Tok.STAR && !startsExpression(k)) break;
    elts.push(parseStarTarget(p, kind, start));
  }
  const t = p.toks;
  return new Tuple(elts, Store, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/**
 * The `star_target` after `with … as`, which `&(',' | ')' | ':')` must follow; CPython's
 * invalid_with_item names an invalid target only where that holds too.
 */
export function parseWithTarget(p: Parser): expr {
  const start = p.pos;
  const e = p.peek() === Tok.STAR ? null : p.speculate(() => parsePrimary(p));
  const k = p.peek();
  // A line end is where invalid_with_stmt says "expected ':'".
  if (e !== null && isValidTarget(e, 'star') && (k === Tok.COMMA || k === Tok.RPAR || k === Tok.COLON || k === Tok.NEWLINE)) {
    return setContext(p, e, Store, 'star');
  }
  p.pos = start;
  p.diagnose(() => {
    const target = p.secondPass(() => parseExpression(p));
    const next = p.peek();
    if (target !== null && (next === Tok.COMMA || next === Tok.RPAR || next === Tok.COLON)) raiseInvalidTarget(p, target, 'star');
  });
  if (p.peek() !== Tok.STAR) p.fail();
  return parseStarTarget(p, 'star', start);
}

function parseStarTarget(p: Parser, kind: TargetsKind, listStart: number): expr {
  const start = p.pos;
  if (p.peek() === Tok.STAR) {
    p.pos++;
    if (p.peek() === Tok.STAR) p.fail();
    const value = parseStarTarget(p, kind, listStart);
    const t = p.toks;
    return new Starred(value, Store, t.line[start], t.col[start], value.end_lineno, value.end_col_offset);
  }
  const e = parsePrimary(p);
  const k = p.peek();
  if (!isValidTarget(e, kind) || (k !== Tok.COMMA && k !== Tok.KW_IN && k !== Tok.EQUAL && k !== Tok.RPAR && k !== Tok.COLON)) {
    // As CPython's first pass reads it, the target list just ends here, or does not parse.
    if (p.withoutInvalid === 0) diagnoseTargets(p, listStart, kind);
    else if (!isValidTarget(e, kind)) p.fail();
  }
  return setContext(p, e, Store, kind);
}

/**
 * The targets after `for`, as CPython's first pass reads them (`star_targets`): null when they
 * do not parse, and no diagnostics; the caller runs invalid_for_target when no `in` follows.
 */
export function parseForTargets(p: Parser): expr | null {
  return p.speculate(() => {
    p.withoutInvalid++;
    try {
      return parseStarTargets(p, 'for');
    } finally {
      p.withoutInvalid--;
    }
  });
}

/** Re-reads a target list from `start` as expressions and raises the error CPython's invalid_*_target gives. */
export function diagnoseTargets(p: Parser, start: number, kind: TargetsKind): void {
  p.diagnose(() => {
    p.pos = start;
    const e = p.secondPass(() => parseStarExpressions(p));
    if (e !== null) raiseInvalidTarget(p, e, kind);
  });
}

/** Whether `e` is a literal that `invalid_named_expression` refuses to call "literal … here". */
export function isKeywordConstant(e: expr): boolean {
  return e instanceof Constant && (e.value === null || e.value === true || e.value === false);
}

