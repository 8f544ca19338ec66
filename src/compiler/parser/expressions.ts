// Expressions: CPython 3.13's grammar from `expression` down to `atom`, with precedence
// climbing for the binary operators, and the `invalid_expression` diagnostics.
import {
  Add, And, Attribute, Await, BinOp, BitAnd, BitOr, BitXor, BoolOp, Call, Compare, Constant, Dict, DictComp, Div, Eq,
  FloorDiv, GeneratorExp, Gt, GtE, IfExp, In, Invert, Is, IsNot, Lambda, List, ListComp, Load, LShift, Lt, LtE, MatMult,
  Mod, Mult, Name, NamedExpr, Not, NotEq, NotIn, Or, Pow, RShift, Set, SetComp, Slice, Starred, Store, Sub, Subscript,
  Tuple, UAdd, UnaryOp, USub, Yield, YieldFrom, cmpop, comprehension, expr, keyword, operator,
} from '../../generated/ast';
import { ELLIPSIS } from '../ast/constants';
import { Tok } from '../tokens';
import { Located, Parser } from './parser';
import { parseLambdaParameters } from './parameters';
import { numberAt, parseStrings } from './strings';
import { diagnoseTargets, exprName, isKeywordConstant, parseForTargets } from './targets';

/** Token kinds that can begin an expression (`expression`, not `star_expression`), as a table. */
const STARTS_EXPRESSION = new Uint8Array(256);
for (const k of [
  Tok.NAME, Tok.NUMBER, Tok.STRING, Tok.FSTRING_START, Tok.LPAR, Tok.LSQB, Tok.LBRACE, Tok.MINUS, Tok.PLUS, Tok.TILDE,
  Tok.ELLIPSIS, Tok.KW_NOT, Tok.KW_LAMBDA, Tok.KW_AWAIT, Tok.KW_TRUE, Tok.KW_FALSE, Tok.KW_NONE,
]) {
  STARTS_EXPRESSION[k] = 1;
}

export function startsExpression(k: Tok): boolean {
  return STARTS_EXPRESSION[k] === 1;
}

// ---- sequences of expressions ----

/** `expressions`: a tuple when there is a comma. */
export function parseExpressions(p: Parser): expr {
  const start = p.pos;
  const first = parseExpression(p);
  if (p.peek() !== Tok.COMMA) return first;
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    if (!startsExpression(p.peek())) break;
    elts.push(parseExpression(p));
  }
  return tupleFrom(p, start, elts);
}

/** `star_expressions`: `*` allowed in each element; a tuple when there is a comma. */
export function parseStarExpressions(p: Parser): expr {
  const start = p.pos;
  const first = parseStarExpression(p);
  if (p.peek() !== Tok.COMMA) return first;
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    const k = p.peek();
    if (k !== Tok.STAR && !startsExpression(k)) break;
    // PEG's `','.star_expression+ [',']` ends before an element that does not parse.
    const e = p.withoutInvalid > 0 ? backtracking(p, p.pos, parseStarExpression) : parseStarExpression(p);
    if (e === null) break;
    elts.push(e);
  }
  return tupleFrom(p, start, elts);
}

function tupleFrom(p: Parser, start: number, elts: expr[]): Tuple {
  const t = p.toks;
  return new Tuple(elts, Load, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `star_expression`: `'*' bitwise_or` or an expression. */
export function parseStarExpression(p: Parser): expr {
  if (p.peek() === Tok.STAR) return parseStarred(p);
  return parseExpression(p);
}

/** `star_named_expression`: `'*' bitwise_or` or a named expression. */
export function parseStarNamedExpression(p: Parser): expr {
  if (p.peek() === Tok.STAR) return parseStarred(p);
  return parseNamedExpression(p);
}

/** `'*' bitwise_or`, as in displays and assignments. */
function parseStarred(p: Parser): Starred {
  const start = p.pos++;
  const value = parseBitwiseOr(p);
  const t = p.toks;
  return new Starred(value, Load, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `starred_expression`: `'*' expression`, as in call arguments and subscripts. */
function parseStarredExpression(p: Parser): Starred {
  const start = p.pos++;
  // A `*` that no expression follows: CPython raises this without its invalid rules too, so
  // no speculation swallows it (`(a f(*, b))` says so, not "Perhaps you forgot a comma?").
  if (!startsExpression(p.peek())) throw p.fatal(p.lastTokenError('Invalid star expression'));
  // Decided in CPython's first pass, before any diagnostic of its second: `*(a b)` is this too.
  const operand = p.pos;
  if (p.speculate(() => parseExpressionWithoutInvalid(p)) === null) throw p.fatal(p.lastTokenError('Invalid star expression'));
  p.pos = operand;
  const value = parseWithRecovery(p, parseExpression);
  if (p.peek() === Tok.EQUAL) raiseAssignedUnpacking(p, start, 'iterable argument unpacking');
  const t = p.toks;
  return new Starred(value, Load, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function raiseUnparenthesizedGenerator(p: Parser, element: expr, generators: comprehension[]): never {
  const last = generators[generators.length - 1];
  const end = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  p.raiseRange(element, end, 'Generator expression must be parenthesized');
}

/**
 * A positional argument after keywords. CPython's first pass reads none there (kwargs takes
 * keywords only); invalid_arguments' `args ',' args` does, taking any prefix that parses.
 */
function parseLatePositional(p: Parser): expr {
  p.diagnosing++;
  try {
    return parseWithRecovery(p, parseAssignmentExpression);
  } finally {
    p.diagnosing--;
  }
}

/** `f(a=b for b in c)` (CPython's invalid_kwarg): the `=` was meant as a comparison or `:=`. */
function raiseKeywordGenerator(p: Parser, name: number): void {
  p.diagnose(() => {
    if (p.secondPass(() => parseComprehensionClauses(p)) !== null) {
      p.raiseRange(p.tokenLoc(name), p.tokenLoc(name + 1), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  });
}

/**
 * `*a = b` or `**a = b` among call arguments: "cannot assign to … unpacking", from the star to
 * `b` (CPython's second pass; its first stops at the `=`).
 */
function raiseAssignedUnpacking(p: Parser, star: number, what: string): void {
  p.diagnose(() => {
    p.pos++;
    const b = p.secondPass(() => parseExpression(p));
    if (b !== null) p.raiseRange(p.tokenLoc(star), b, `cannot assign to ${what}`);
  });
  p.fail();
}

/**
 * `named_expression`: `NAME ':=' expression`, or an expression not followed by `:=`. Where
 * a `=` follows, CPython's `invalid_named_expression` suspects a comparison.
 */
export function parseNamedExpression(p: Parser): expr {
  const start = p.pos;
  const e = parseAssignmentExpression(p);
  // Where `assignment_expression` matched, CPython tries no invalid_named_expression.
  if (e instanceof NamedExpr && p.toks.kind[start] === Tok.NAME) return e;
  const k = p.peek();
  if (k === Tok.EQUAL) diagnoseEquals(p, e, start);
  else if (k === Tok.COLONEQUAL) diagnoseWalrusTarget(p, e);
  return e;
}

/** `assignment_expression | expression !':='`: a named expression without the `=` diagnostics. */
export function parseAssignmentExpression(p: Parser): expr {
  if (p.peek() === Tok.NAME && p.peek2() === Tok.COLONEQUAL) {
    const i = p.pos;
    p.pos += 2;
    const t = p.toks;
    const target = new Name(p.valueAt(i), Store, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    const value = parseExpression(p);
    return new NamedExpr(target, value, target.lineno, target.col_offset, p.endLine(), p.endCol());
  }
  return parseExpression(p);
}

/** At `:=` after `e`, which is no name: CPython's invalid_named_expression, when an expression follows. */
export function diagnoseWalrusTarget(p: Parser, e: expr): void {
  p.diagnose(() => {
    p.pos++;
    if (p.secondPass(() => parseExpression(p)) !== null) p.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`);
  });
}

/**
 * `invalid_named_expression`: `x = 1` where an expression was expected. `a` was parsed from
 * token `start`; when that token is a parenthesis around `a`, `a` is an atom whatever it holds.
 */
export function diagnoseEquals(p: Parser, a: expr, start: number): void {
  const t = p.toks;
  const parenthesized = t.kind[start] === Tok.LPAR && (t.line[start] !== a.lineno || t.col[start] !== a.col_offset);
  const named = a instanceof Name && t.kind[start] === Tok.NAME;
  // Where neither alternative can match `a`, CPython never reads what follows the `=`.
  if (!named && (!(parenthesized || isBitwiseOrLevel(a)) || startsWithExcludedAtom(p, start))) return;
  p.diagnose(() => {
    p.pos++;
    if (!startsExpression(p.peek())) return;
    const b = p.secondPass(() => parseBitwiseOr(p));
    if (b === null) return;
    const next = p.peek();
    if (next === Tok.EQUAL || next === Tok.COLONEQUAL) return;
    if (named) p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    p.raiseNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
  });
}

/**
 * The lookahead of invalid_named_expression's third alternative, `!(list|tuple|genexp|'True'|
 * 'None'|'False')`: whether such an atom begins at token `start` (`[a][0] = 1` is excluded too).
 */
function startsWithExcludedAtom(p: Parser, start: number): boolean {
  const k = p.toks.kind[start];
  if (k === Tok.KW_TRUE || k === Tok.KW_FALSE || k === Tok.KW_NONE) return true;
  if (k !== Tok.LSQB && k !== Tok.LPAR) return false;
  let atom: expr | null = null;
  p.diagnose(() => {
    p.pos = start;
    atom = p.speculate(() => parseAtom(p));
  });
  const e = atom as expr | null;
  if (e === null) return false;
  return k === Tok.LSQB ? e instanceof List : e instanceof Tuple || e instanceof GeneratorExp;
}

/** Whether a parse of `bitwise_or` would produce `e` whole (no comparison, boolean, conditional…). */
export function isBitwiseOrLevel(e: expr): boolean {
  switch (e._kind) {
    case 'Compare':
    case 'BoolOp':
    case 'IfExp':
    case 'Lambda':
    case 'NamedExpr':
    case 'Starred':
    case 'Yield':
    case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op._kind !== 'Not';
    default:
      return true;
  }
}

// ---- expression, lambda, conditional ----

/** `expression`: a conditional expression, a lambda, or a disjunction. */
export function parseExpression(p: Parser): expr {
  if (p.peek() === Tok.KW_LAMBDA) return parseLambda(p);
  const start = p.pos;
  const body = parseDisjunction(p);
  const k = p.peek();
  if (k !== Tok.KW_IF) {
    // Never so in valid code: two expressions side by side.
    if (STARTS_EXPRESSION[k] === 1 && p.withoutInvalid === 0) diagnoseAdjacentExpressions(p, start, body);
    return body;
  }
  const ifTok = p.pos++;
  const test = p.withoutInvalid > 0 ? backtracking(p, ifTok, parseDisjunction) : parseWithRecovery(p, parseDisjunction);
  if (test === null) return body;
  if (p.peek() !== Tok.KW_ELSE) {
    // PEG falls back to the disjunction alone, unless invalid_expression sees no `:` either.
    if (p.withoutInvalid === 0 && p.peek() !== Tok.COLON) p.raiseRange(body, test, "expected 'else' after 'if' expression");
    p.pos = ifTok;
    return body;
  }
  p.pos++;
  p.enter();
  const orelse = p.withoutInvalid > 0 ? backtracking(p, ifTok, parseExpression) : parseExpression(p);
  p.leave();
  if (orelse === null) return body;
  const t = p.toks;
  return new IfExp(test, body, orelse, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseLambda(p: Parser): Lambda {
  const start = p.pos++;
  const args = parseLambdaParameters(p);
  if (p.peek() !== Tok.COLON) p.fail();
  const colon = p.pos++;
  if (p.fstringDepth > 0 && p.peek() === Tok.FSTRING_MIDDLE) {
    p.raiseRange(p.tokenLoc(start), p.tokenLoc(colon), 'f-string: lambda expressions are not allowed without parentheses');
  }
  p.enter();
  const body = parseExpression(p);
  p.leave();
  const t = p.toks;
  return new Lambda(args, body, t.line[start], t.col[start], p.endLine(), p.endCol());
}

// ---- boolean operators ----

export function parseDisjunction(p: Parser): expr {
  const start = p.pos;
  const first = parseConjunction(p);
  if (p.peek() !== Tok.KW_OR) return first;
  const values = [first];
  while (p.peek() === Tok.KW_OR) {
    const op = p.pos++;
    const value = p.withoutInvalid > 0 ? backtracking(p, op, parseConjunction) : parseConjunction(p);
    if (value === null) break;
    values.push(value);
  }
  if (values.length === 1) return first;
  const t = p.toks;
  return new BoolOp(Or, values, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseConjunction(p: Parser): expr {
  const start = p.pos;
  const first = parseInversion(p);
  if (p.peek() !== Tok.KW_AND) return first;
  const values = [first];
  while (p.peek() === Tok.KW_AND) {
    const op = p.pos++;
    const value = p.withoutInvalid > 0 ? backtracking(p, op, parseInversion) : parseInversion(p);
    if (value === null) break;
    values.push(value);
  }
  if (values.length === 1) return first;
  const t = p.toks;
  return new BoolOp(And, values, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `inversion`: any number of `not`, then a comparison; a loop, so long chains cost no stack. */
function parseInversion(p: Parser): expr {
  if (p.peek() !== Tok.KW_NOT) return parseComparison(p);
  const first = p.pos;
  while (p.peek() === Tok.KW_NOT) p.pos++;
  const count = p.pos - first;
  p.checkDepth(count);
  let e = parseComparison(p);
  const t = p.toks;
  const endLine = p.endLine();
  const endCol = p.endCol();
  for (let i = first + count - 1; i >= first; i--) e = new UnaryOp(Not, e, t.line[i], t.col[i], endLine, endCol);
  return e;
}

// ---- comparisons ----

/** The comparison operator at the current token, consuming it (two tokens for `not in`, `is not`), or null. */
function eatComparisonOperator(p: Parser): cmpop | null {
  switch (p.peek()) {
    case Tok.EQEQUAL:
      p.pos++;
      return Eq;
    case Tok.NOTEQUAL:
      // `<>` is only an operator under `from __future__ import barry_as_FLUFL`.
      if (p.toks.value[p.pos] === '<>') return null;
      p.pos++;
      return NotEq;
    case Tok.LESS:
      p.pos++;
      return Lt;
    case Tok.LESSEQUAL:
      p.pos++;
      return LtE;
    case Tok.GREATER:
      p.pos++;
      return Gt;
    case Tok.GREATEREQUAL:
      p.pos++;
      return GtE;
    case Tok.KW_IN:
      p.pos++;
      return In;
    case Tok.KW_NOT:
      if (p.peek2() !== Tok.KW_IN) return null;
      p.pos += 2;
      return NotIn;
    case Tok.KW_IS:
      p.pos++;
      if (p.eat(Tok.KW_NOT)) return IsNot;
      return Is;
    default:
      return null;
  }
}

function parseComparison(p: Parser): expr {
  const start = p.pos;
  const left = parseBitwiseOr(p);
  let opPos = p.pos;
  let op = eatComparisonOperator(p);
  if (op === null) return left;
  const ops: cmpop[] = [];
  const comparators: expr[] = [];
  while (op !== null) {
    const right = p.withoutInvalid > 0 ? backtracking(p, opPos, parseBitwiseOr) : parseBitwiseOr(p);
    if (right === null) break;
    ops.push(op);
    comparators.push(right);
    opPos = p.pos;
    op = eatComparisonOperator(p);
  }
  if (ops.length === 0) return left;
  const t = p.toks;
  return new Compare(left, ops, comparators, t.line[start], t.col[start], p.endLine(), p.endCol());
}

// ---- binary operators, by precedence climbing ----

/** Binding power of each binary operator token (0: not a binary operator). */
const BINARY_PRECEDENCE = new Uint8Array(256);
const BINARY_OPERATOR: operator[] = [];
function binary(kind: Tok, precedence: number, op: operator): void {
  BINARY_PRECEDENCE[kind] = precedence;
  BINARY_OPERATOR[kind] = op;
}
binary(Tok.VBAR, 1, BitOr);
binary(Tok.CIRCUMFLEX, 2, BitXor);
binary(Tok.AMPER, 3, BitAnd);
binary(Tok.LEFTSHIFT, 4, LShift);
binary(Tok.RIGHTSHIFT, 4, RShift);
binary(Tok.PLUS, 5, Add);
binary(Tok.MINUS, 5, Sub);
binary(Tok.STAR, 6, Mult);
binary(Tok.SLASH, 6, Div);
binary(Tok.DOUBLESLASH, 6, FloorDiv);
binary(Tok.PERCENT, 6, Mod);
binary(Tok.AT, 6, MatMult);

/** `bitwise_or` and everything down to `factor`: left-associative binary operators. */
export function parseBitwiseOr(p: Parser): expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrecedence: number): expr {
  const start = p.pos;
  let left = parseFactor(p);
  for (;;) {
    const kind = p.peek();
    const precedence = BINARY_PRECEDENCE[kind];
    if (precedence < minPrecedence || precedence === 0) return left;
    const op = p.pos++;
    const right = p.withoutInvalid > 0 ? backtracking(p, op, (q) => parseBinary(q, precedence + 1)) : parseBinary(p, precedence + 1);
    if (right === null) return left;
    const t = p.toks;
    left = new BinOp(left, BINARY_OPERATOR[kind], right, t.line[start], t.col[start], p.endLine(), p.endCol());
  }
}

function unaryOperator(k: Tok): typeof USub | typeof UAdd | typeof Invert | null {
  return k === Tok.MINUS ? USub : k === Tok.PLUS ? UAdd : k === Tok.TILDE ? Invert : null;
}

/** `factor`: unary `+`, `-`, `~`, then `power`; a loop, so long chains cost no stack. */
function parseFactor(p: Parser): expr {
  if (unaryOperator(p.peek()) === null) return parsePower(p);
  const first = p.pos;
  while (unaryOperator(p.peek()) !== null) p.pos++;
  const count = p.pos - first;
  p.checkDepth(count);
  let e = parsePower(p);
  const t = p.toks;
  const endLine = p.endLine();
  const endCol = p.endCol();
  for (let i = first + count - 1; i >= first; i--) {
    e = new UnaryOp(unaryOperator(t.kind[i] as Tok) as typeof USub, e, t.line[i], t.col[i], endLine, endCol);
  }
  return e;
}

/** `power`: `await_primary ['**' factor]`; right-associative through `factor`. */
function parsePower(p: Parser): expr {
  const start = p.pos;
  const left = parseAwaitPrimary(p);
  if (p.peek() !== Tok.DOUBLESTAR) return left;
  const op = p.pos++;
  p.enter();
  const right = p.withoutInvalid > 0 ? backtracking(p, op, parseFactor) : parseFactor(p);
  p.leave();
  if (right === null) return left;
  const t = p.toks;
  return new BinOp(left, Pow, right, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseAwaitPrimary(p: Parser): expr {
  if (p.peek() !== Tok.KW_AWAIT) return parsePrimary(p);
  const start = p.pos++;
  const value = parsePrimary(p);
  const t = p.toks;
  return new Await(value, t.line[start], t.col[start], p.endLine(), p.endCol());
}

// ---- primaries: atoms and their trailers ----

/** `primary`: an atom followed by any number of `.name`, `(args)` and `[slices]`. */
export function parsePrimary(p: Parser): expr {
  const start = p.pos;
  const t = p.toks;
  let e = parseAtom(p);
  for (;;) {
    switch (p.peek()) {
      case Tok.DOT: {
        // Without a name after it, the `.` is not part of the primary (PEG backtracks).
        if (p.peek2() !== Tok.NAME) return e;
        const name = (p.pos += 2) - 1;
        e = new Attribute(e, p.valueAt(name), Load, t.line[start], t.col[start], t.endLine[name], t.endCol[name]);
        break;
      }
      case Tok.LPAR: {
        const call = p.withoutInvalid > 0 ? backtracking(p, p.pos, parseCallArguments) : parseCallOrBacktrack(p);
        if (call === null) return e;
        e = new Call(e, call.args, call.keywords, t.line[start], t.col[start], t.endLine[call.close], t.endCol[call.close]);
        break;
      }
      case Tok.LSQB: {
        // `x[]` is no subscript: the primary ends before `[`, as PEG backtracks.
        if (p.peek2() === Tok.RSQB) return e;
        const subscript = p.withoutInvalid > 0 ? backtracking(p, p.pos, parseSubscript) : parseSubscriptOrBacktrack(p);
        if (subscript === null) return e;
        e = new Subscript(e, subscript.slice, Load, t.line[start], t.col[start], t.endLine[subscript.close], t.endCol[subscript.close]);
        break;
      }
      case Tok.LBRACE:
        // Never valid after a primary.
        diagnoseComprehensionAfterPrimary(p, p.pos);
        return e;
      default:
        return e;
    }
  }
}

/**
 * A call's arguments, or null (position at the `(`) where they do not parse: the primary then
 * ends before the `(`, as PEG backtracks, and what follows sees the `(` (CPython's second pass
 * may read it as a parenthesized expression after `a`: `f(x) (yield y` is a missing comma).
 * The failure itself is reported again where the parse then stops.
 */
function parseCallOrBacktrack(p: Parser): ReturnType<typeof parseCallArguments> | null {
  const open = p.pos;
  try {
    return parseCallArguments(p);
  } catch (e) {
    if (!p.isGenericFailure(e)) throw e;
    p.pos = open;
    return null;
  }
}

/** A subscript, or null (position at the `[`) where it does not parse: as parseCallOrBacktrack. */
function parseSubscriptOrBacktrack(p: Parser): ReturnType<typeof parseSubscript> | null {
  const open = p.pos;
  try {
    return parseSubscript(p);
  } catch (e) {
    if (!p.isGenericFailure(e)) throw e;
    p.pos = open;
    return null;
  }
}

/** `'[' slices ']'` after a primary; `close` is the index of `]`. */
function parseSubscript(p: Parser): { slice: expr; close: number } {
  const open = p.pos++;
  const slice = parseSlices(p);
  if (p.peek() !== Tok.RSQB) diagnoseComprehensionAfterPrimary(p, open);
  return { slice, close: p.expect(Tok.RSQB) };
}

/**
 * What follows an operator or opens a trailer, in a rule CPython parses without its invalid
 * rules (see Parser.withoutInvalid): where it does not parse, PEG backtracks to before the
 * operator (`from`) and the expression ends there. Null then.
 */
function backtracking<T>(p: Parser, from: number, parse: (p: Parser) => T): T | null {
  const result = p.speculate(() => parse(p));
  if (result === null) p.pos = from;
  return result;
}

/**
 * A `[` or `{` after a primary where the subscript does not parse (or that cannot follow a
 * primary at all). CPython's second pass tries `primary genexp` before `primary '[' slices ']'`,
 * and `genexp` ends in `invalid_comprehension`, which accepts `[` and `{` too: it reads the
 * first element with the invalid rules on, and names a comprehension target without
 * parentheses or a starred one.
 */
function diagnoseComprehensionAfterPrimary(p: Parser, open: number): void {
  p.diagnose(() => {
    p.pos = open + 1;
    if (p.peek() === Tok.STAR) {
      const starred = p.secondPass(() => parseStarredExpression(p));
      if (starred !== null && startsComprehension(p) && p.secondPass(() => parseComprehensionClauses(p)) !== null) {
        p.raiseNode(starred, 'iterable unpacking cannot be used in comprehension');
      }
      p.pos = open + 1;
    }
    const first = p.secondPass(() => parseStarNamedExpression(p));
    if (first === null || p.peek() !== Tok.COMMA) return;
    const elts = [first];
    const comma = p.pos;
    while (p.eat(Tok.COMMA)) {
      const k = p.peek();
      if (k !== Tok.STAR && !startsExpression(k)) break;
      const e = p.secondPass(() => parseStarNamedExpression(p));
      if (e === null) return;
      elts.push(e);
    }
    if (startsComprehension(p) && p.secondPass(() => parseComprehensionClauses(p)) !== null) {
      raiseUnparenthesizedTarget(p, elts, elts.length === 1 ? comma : -1);
    }
  });
}

/** `slices`: one slice, or a tuple of slices and starred expressions. */
function parseSlices(p: Parser): expr {
  const start = p.pos;
  const first = parseSliceItem(p);
  // A lone starred item is still a tuple: `slice` itself has no starred form.
  if (p.peek() !== Tok.COMMA && !(first instanceof Starred)) return first;
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    const k = p.peek();
    if (k !== Tok.COLON && k !== Tok.STAR && !startsExpression(k)) break;
    elts.push(parseSliceItem(p));
  }
  return tupleFrom(p, start, elts);
}

function parseSliceItem(p: Parser): expr {
  const k = p.peek();
  if (k === Tok.STAR) return parseStarredExpression(p);
  const start = p.pos;
  let lower: expr | null = null;
  if (k !== Tok.COLON) {
    lower = parseNamedExpression(p);
    if (p.peek() !== Tok.COLON) return lower;
    if (lower instanceof NamedExpr) p.fail();
  }
  p.pos++;
  let upper: expr | null = null;
  let step: expr | null = null;
  if (startsExpression(p.peek())) upper = parseExpression(p);
  if (p.eat(Tok.COLON)) {
    if (startsExpression(p.peek())) step = parseExpression(p);
  }
  const t = p.toks;
  return new Slice(lower, upper, step, t.line[start], t.col[start], p.endLine(), p.endCol());
}

// ---- calls ----

/** The arguments of a call or a class definition, from `(` through `)`; `close` is the index of `)`. */
export function parseCallArguments(p: Parser, isClass = false): { args: expr[]; keywords: keyword[]; close: number } {
  const open = p.pos++;
  const args: expr[] = [];
  const keywords: keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  // A positional argument after keywords: CPython reports it once the rest is read, at the
  // last token fetched (`_PyPegen_arguments_parsing_error`).
  let misplaced: string | null = null;
  // Keywords after that positional argument: the arguments CPython then reads end at the next
  // positional one (`args ',' args`, whose second `args` is positionals then keywords).
  let keywordsSinceMisplaced = false;
  try {
    while (p.peek() !== Tok.RPAR) {
      const k = p.peek();
      const argStart = p.pos;
      if (k === Tok.DOUBLESTAR) {
        p.pos++;
        const value = parseExpression(p);
        if (p.peek() === Tok.EQUAL) raiseAssignedUnpacking(p, argStart, 'keyword argument unpacking');
        const t = p.toks;
        keywords.push(new keyword(null, value, t.line[argStart], t.col[argStart], p.endLine(), p.endCol()));
        sawDoubleStar = true;
        keywordsSinceMisplaced = misplaced !== null;
      } else if (k === Tok.STAR) {
        const starred = parseStarredExpression(p);
        if (argStart === open + 1 && startsComprehension(p)) {
          p.raiseNode(starred, 'iterable unpacking cannot be used in comprehension');
        }
        if (sawDoubleStar) {
          p.raiseRange(p.tokenLoc(argStart - 1), starred, 'iterable argument unpacking follows keyword argument unpacking');
        }
        args.push(starred);
      } else if (k === Tok.NAME && p.peek2() === Tok.EQUAL) {
        p.pos += 2;
        const v = p.peek();
        // `(args ',')? NAME '=' &(',' | ')')`: `args` takes no positional argument after keywords.
        if ((v === Tok.COMMA || v === Tok.RPAR) && misplaced === null) {
          p.raiseRange(p.tokenLoc(argStart), p.tokenLoc(argStart + 1), 'expected argument value expression');
        }
        const value = parseExpression(p);
        if (startsLaterComprehension(p)) raiseKeywordGenerator(p, argStart);
        const t = p.toks;
        keywords.push(new keyword(p.valueAt(argStart), value, t.line[argStart], t.col[argStart], p.endLine(), p.endCol()));
        sawKeyword = true;
        keywordsSinceMisplaced = misplaced !== null;
      } else {
        if (misplaced !== null && keywordsSinceMisplaced) p.raiseAtLastToken(misplaced);
        const value = sawKeyword || sawDoubleStar ? parseLatePositional(p) : parseAssignmentExpression(p);
        const next = p.peek();
        // In class bases, where there is no call, even the first argument takes no comprehension.
        const firstArgument = args.length === 0 && keywords.length === 0;
        const laterArgument = isClass || !firstArgument;
        if (laterArgument ? startsLaterComprehension(p) : startsComprehension(p)) {
          // A generator expression as an argument: alone it may drop its own parentheses.
          if (laterArgument) {
            // CPython's first pass reads no comprehension here; invalid_arguments does (after
            // a first argument in class bases only where a comma follows).
            p.diagnose(() => {
              const generators = p.secondPass(() => parseComprehensionClauses(p));
              if (generators !== null && (!firstArgument || p.peek() === Tok.COMMA)) raiseUnparenthesizedGenerator(p, value, generators);
            });
            // Then `args ',' args`, for a positional argument after keywords.
            if (sawDoubleStar || sawKeyword) {
              p.raiseAtLastToken(misplaced ?? `positional argument follows keyword argument${sawDoubleStar ? ' unpacking' : ''}`);
            }
            p.fail();
          }
          const generators = parseComprehensionClauses(p);
          if (p.peek() === Tok.COMMA) {
            // invalid_arguments reads on after the comma (`[args | …]`), tokenizer errors included.
            p.kindAt(p.pos + 1);
            raiseUnparenthesizedGenerator(p, value, generators);
          }
          const close = p.expect(Tok.RPAR);
          const t = p.toks;
          const genexp = new GeneratorExp(value, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
          return { args: [genexp], keywords, close };
        }
        // `f(a.b=1)`: CPython's invalid_kwarg, whose `expression` is no unparenthesized `a := b`.
        if (next === Tok.EQUAL && !(value instanceof NamedExpr && p.toks.kind[argStart] !== Tok.LPAR)) {
          const eq = p.pos;
          if (isKeywordConstant(value)) p.raiseRange(value, p.tokenLoc(eq), `cannot assign to ${exprName(value)}`);
          p.raiseRange(value, p.tokenLoc(eq), 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        // An argument is `!'='`: `a := b = c` is none.
        if (next === Tok.EQUAL) p.fail();
        if (sawDoubleStar) misplaced ??= 'positional argument follows keyword argument unpacking';
        else if (sawKeyword) misplaced ??= 'positional argument follows keyword argument';
        args.push(value);
      }
      if (!p.eat(Tok.COMMA)) break;
    }
  } catch (e) {
    // After a positional argument that follows keywords, whatever does not parse is where
    // CPython's `args ',' args` stops; it raises then.
    if (misplaced !== null && p.isGenericFailure(e)) p.raiseAtLastToken(misplaced);
    throw e;
  }
  // CPython's `args ',' args` needs only a prefix of the rest to be arguments.
  if (misplaced !== null) p.raiseAtLastToken(misplaced);
  const close = p.expect(Tok.RPAR);
  return { args, keywords, close };
}

/**
 * A disjunction `a`, read from token `start`, directly followed by something that starts an
 * expression. CPython's second pass tries two rules here: `invalid_expression` ("Perhaps you
 * forgot a comma?" when `b` ends inside brackets) and `invalid_legacy_expression` (`print x`).
 * When neither raises, the caller goes on and fails where CPython's first pass does.
 */
function diagnoseAdjacentExpressions(p: Parser, start: number, a: expr): void {
  const t = p.toks;
  const first = t.kind[start];
  const legacy = first === Tok.NAME && p.pos === start + 1 && isLegacyName(p.valueAt(start));
  // `!(NAME STRING | SOFT_KEYWORD)`: a string prefix that is no prefix, or `match x`.
  // An f-string starts with FSTRING_START, which is no STRING.
  const excluded = first === Tok.NAME && (p.kindAt(start + 1) === Tok.STRING || isSoftKeyword(p.valueAt(start)));
  if (!excluded) {
    p.diagnose(() => {
      const b = p.speculate(() => parseExpressionWithoutInvalid(p));
      if (b !== null && !legacy && p.bracketLevelAt(p.pos - 1) > 0) p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
    });
  }
  // Read from the token after `a`, the legacy operand begins with the comma check's memoized disjunction.
  diagnoseLegacyExpression(p, start, !excluded && p.pos === start + 1);
}

/**
 * CPython's invalid_legacy_expression at token `start`: `NAME !'(' star_expressions`, from
 * the name whatever the expression there turns out to be; "Missing parentheses" for `print`
 * and `exec`, and whatever the invalid rules find inside the operand for any name.
 */
function diagnoseLegacyExpression(p: Parser, start: number, memoized: boolean): void {
  if (p.toks.kind[start] !== Tok.NAME || p.kindAt(start + 1) === Tok.LPAR) return;
  p.diagnose(() => {
    p.pos = start + 1;
    const b = parseLegacyOperand(p, memoized);
    const name = p.valueAt(start);
    if (b !== null && isLegacyName(name)) {
      p.raiseRange(p.tokenLoc(start), b, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`);
    }
  });
}

/**
 * `parse`, where a check follows that CPython makes on whatever prefix PEG's backtracking
 * leaves when the construct does not parse whole (`f(x) -> a - :` is "expected ':'" after
 * `a`): on a generic failure, the construct is read again that way. The failure stands when
 * no prefix parses either.
 */
export function parseWithRecovery<T>(p: Parser, parse: (p: Parser) => T): T {
  const mark = p.pos;
  try {
    return parse(p);
  } catch (e) {
    if (!p.isGenericFailure(e)) throw e;
    p.pos = mark;
    const prefix = p.speculate(() => parseWithoutInvalid(p, parse));
    if (prefix === null) throw e;
    return prefix;
  }
}

/** `parse` as CPython reads without its invalid rules (its first pass): no diagnostics, PEG's backtracking. */
export function parseWithoutInvalid<T>(p: Parser, parse: (p: Parser) => T): T {
  p.withoutInvalid++;
  try {
    return parse(p);
  } finally {
    p.withoutInvalid--;
  }
}

/** `expression_without_invalid`. */
function parseExpressionWithoutInvalid(p: Parser): expr {
  return parseWithoutInvalid(p, parseExpression);
}

/**
 * The `star_expressions` of `invalid_legacy_expression`. When the comma check has read its
 * first disjunction without invalid rules (`memoized`), CPython reuses that result (its memo
 * keys ignore whether invalid rules were on), so nothing inside it raises now; the rules at
 * the level of `expression` still apply to it, and to what follows it.
 */
function parseLegacyOperand(p: Parser, memoized: boolean): Located | null {
  if (!memoized || p.peek() === Tok.STAR || p.peek() === Tok.KW_LAMBDA) {
    return p.secondPass(() => parseWithRecovery(p, parseStarExpressions));
  }
  const start = p.pos;
  const first = p.speculate(() => parseDisjunctionWithoutInvalid(p));
  if (first === null) return null;
  return p.secondPass(() => {
    const k = p.peek();
    let e: Located = first;
    if (startsExpression(k)) diagnoseAdjacentExpressions(p, start, first);
    else diagnoseLegacyExpression(p, start, false);
    if (k === Tok.KW_IF) {
      const ifTok = p.pos++;
      const test = parseWithRecovery(p, parseDisjunction);
      if (p.eat(Tok.KW_ELSE)) e = parseExpression(p);
      else if (p.peek() !== Tok.COLON) p.raiseRange(first, test, "expected 'else' after 'if' expression");
      else p.pos = ifTok;
    }
    if (p.peek() === Tok.COMMA) {
      p.pos = start;
      e = parseStarExpressions(p);
    }
    return e;
  });
}

function parseDisjunctionWithoutInvalid(p: Parser): expr {
  return parseWithoutInvalid(p, parseDisjunction);
}

function isLegacyName(name: string): boolean {
  return name === 'print' || name === 'exec';
}

/**
 * CPython's SOFT_KEYWORD token as `invalid_expression` matches it: a NAME that is a prefix of
 * a soft keyword, since `_PyPegen_soft_keyword_token` compares only the NAME's length.
 */
function isSoftKeyword(name: string): boolean {
  return 'match'.startsWith(name) || 'case'.startsWith(name) || 'type'.startsWith(name) || name === '_';
}

/**
 * A starred first element of a display followed by an expression: `[*a b]`. CPython's
 * `invalid_comprehension` re-reads it as `'*' expression`, where the comma check applies.
 */
/**
 * The first element of a display. Where it is a `*` that does not parse, CPython's
 * invalid_comprehension reads it as `starred_expression`, whose invalid_starred_expression
 * says "Invalid star expression" when no expression follows the `*` at all.
 */
function parseFirstElement(p: Parser): expr {
  if (p.peek() !== Tok.STAR) return parseNamedExpression(p);
  const star = p.pos;
  try {
    return parseStarred(p);
  } catch (e) {
    if (!p.isGenericFailure(e)) throw e;
    let noExpression = false;
    p.diagnose(() => {
      p.pos = star + 1;
      noExpression = p.secondPass(() => parseWithRecovery(p, parseExpression)) === null;
    });
    if (noExpression) p.raiseAtLastToken('Invalid star expression');
    throw e;
  }
}

function diagnoseStarredFirst(p: Parser, first: expr, elementStart: number): void {
  if (!(first instanceof Starred) || !startsExpression(p.peek())) return;
  p.diagnose(() => {
    p.pos = elementStart + 1;
    parseExpression(p);
  });
}

// ---- comprehensions ----

/** `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`. */
export function parseComprehensionClauses(p: Parser): comprehension[] {
  const generators: comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    const k = p.peek();
    if (k === Tok.KW_ASYNC && p.peek2() === Tok.KW_FOR) {
      isAsync = 1;
      p.pos++;
    } else if (k !== Tok.KW_FOR) {
      break;
    }
    p.pos++;
    const targetStart = p.pos;
    const target = parseForTargets(p);
    if (target === null || p.peek() !== Tok.KW_IN) diagnoseComprehensionTarget(p, targetStart);
    p.pos++;
    const iter = parseDisjunction(p);
    const ifs: expr[] = [];
    while (p.eat(Tok.KW_IF)) ifs.push(parseDisjunction(p));
    generators.push(new comprehension(target, iter, ifs, isAsync));
  }
  return generators;
}

/**
 * A comprehension's targets that are not followed by `in`. Targets that read as expressions
 * (`bitwise_or` items) are "'in' expected": CPython 3.13 checks that in its first pass already
 * (and inside rules without invalid alternatives), so it stands wherever it is met. Otherwise
 * invalid_for_target names what cannot be assigned.
 */
function diagnoseComprehensionTarget(p: Parser, targetStart: number): never {
  const mark = p.pos;
  p.pos = targetStart;
  const list = p.speculate(() => {
    p.withoutInvalid++;
    try {
      parseBitwiseOr(p);
      while (p.eat(Tok.COMMA) && startsExpression(p.peek())) parseBitwiseOr(p);
      return true;
    } finally {
      p.withoutInvalid--;
    }
  });
  if (list !== null && p.peek() !== Tok.KW_IN) throw p.fatal(p.lastTokenError("'in' expected after for-loop variables"));
  p.pos = mark;
  diagnoseTargets(p, targetStart, 'for');
  p.fail();
}

// ---- atoms ----

export function parseAtom(p: Parser): expr {
  const i = p.pos;
  const t = p.toks;
  switch (p.peek()) {
    case Tok.NAME:
      p.pos++;
      return new Name(p.valueAt(i), Load, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.NUMBER:
      p.pos++;
      return new Constant(numberAt(p, i), null, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.STRING:
    case Tok.FSTRING_START:
      return parseStrings(p);
    case Tok.KW_TRUE:
      p.pos++;
      return new Constant(true, null, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.KW_FALSE:
      p.pos++;
      return new Constant(false, null, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.KW_NONE:
      p.pos++;
      return new Constant(null, null, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.ELLIPSIS:
      p.pos++;
      return new Constant(ELLIPSIS, null, t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
    case Tok.LPAR:
      return parseParenthesized(p);
    case Tok.LSQB:
      return parseListDisplay(p);
    case Tok.LBRACE:
      return parseBraceDisplay(p);
    default:
      if (p.peek() === Tok.KW_NOT) diagnoseNotAfterOperator(p);
      p.fail();
  }
}

/** Token kinds that end an operand, so that a `+` or `-` after them is a binary operator. */
function endsOperand(k: Tok): boolean {
  return k === Tok.NAME || k === Tok.NUMBER || k === Tok.STRING || k === Tok.FSTRING_END || k === Tok.RPAR ||
    k === Tok.RSQB || k === Tok.RBRACE || k === Tok.ELLIPSIS || k === Tok.KW_TRUE || k === Tok.KW_FALSE || k === Tok.KW_NONE;
}

/**
 * `a + not b`, `-not b`: CPython 3.13's invalid_arithmetic (after `+ - * / % // @`, up to the
 * end of the inversion) and invalid_factor (after a unary `+ - ~`, up to the end of the factor).
 */
function diagnoseNotAfterOperator(p: Parser): void {
  if (p.pos < 1) return;
  const t = p.toks;
  const op = t.kind[p.pos - 1];
  const binary = (op === Tok.PLUS || op === Tok.MINUS || op === Tok.STAR || op === Tok.SLASH || op === Tok.PERCENT ||
    op === Tok.DOUBLESLASH || op === Tok.AT) && p.pos >= 2 && endsOperand(t.kind[p.pos - 2] as Tok);
  if (!binary && op !== Tok.PLUS && op !== Tok.MINUS && op !== Tok.TILDE) return;
  p.diagnose(() => {
    const not = p.pos++;
    const b = p.secondPass(() => (binary ? parseInversion(p) : parseFactor(p)));
    if (b !== null) p.raiseRange(p.tokenLoc(not), b, "'not' after an operator must be parenthesized");
  });
}

/** `(…)`: a tuple, a group, a generator expression or a parenthesized yield. */
function parseParenthesized(p: Parser): expr {
  const open = p.pos++;
  const t = p.toks;
  p.enter();
  try {
    const k = p.peek();
    if (k === Tok.RPAR) {
      const close = p.pos++;
      return new Tuple([], Load, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    if (k === Tok.KW_YIELD) {
      const y = parseYieldExpression(p);
      p.expect(Tok.RPAR);
      return y;
    }
    if (k === Tok.DOUBLESTAR) diagnoseDoubleStarGroup(p);
    const elementStart = p.pos;
    const first = parseFirstElement(p);
    const next = p.peek();
    if (next === Tok.RPAR) {
      p.pos++;
      if (first instanceof Starred) p.raiseNode(first, 'cannot use starred expression here');
      return first;
    }
    if (first instanceof Starred ? startsLaterComprehension(p) : startsComprehension(p)) {
      if (first instanceof Starred) diagnoseStarredComprehension(p, first);
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RPAR);
      return new GeneratorExp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    if (next !== Tok.COMMA) {
      diagnoseStarredFirst(p, first, elementStart);
      p.fail();
    }
    const elts = [first];
    parseMoreElements(p, elts, Tok.RPAR);
    const close = p.expect(Tok.RPAR);
    return new Tuple(elts, Load, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
  } finally {
    p.leave();
  }
}

/** `(**a)`: CPython's invalid_group, at the `**`. */
function diagnoseDoubleStarGroup(p: Parser): void {
  const star = p.pos;
  p.diagnose(() => {
    p.pos++;
    if (p.secondPass(() => parseExpression(p)) !== null && p.peek() === Tok.RPAR) {
      p.raiseAtToken(star, 'cannot use double starred expression here');
    }
  });
}

/**
 * `[*a for …]`: CPython's first pass reads no comprehension after a starred element, its
 * invalid_comprehension does, when the clauses parse.
 */
function diagnoseStarredComprehension(p: Parser, first: Starred): never {
  p.diagnose(() => {
    if (p.secondPass(() => parseComprehensionClauses(p)) !== null) p.raiseNode(first, 'iterable unpacking cannot be used in comprehension');
  });
  p.fail();
}

/** After a first element and at a comma: `(',' star_named_expression)* [',']` up to `close`. */
function parseMoreElements(p: Parser, elts: expr[], close: Tok): void {
  while (p.peek() === Tok.COMMA) {
    const comma = p.pos++;
    if (p.peek() === close) return;
    if (close !== Tok.RPAR && startsLaterComprehension(p)) diagnoseUnparenthesizedTarget(p, elts, comma);
    elts.push(parseStarNamedExpression(p));
    if (close !== Tok.RPAR && startsLaterComprehension(p)) diagnoseUnparenthesizedTarget(p, elts, -1);
  }
}

function startsComprehension(p: Parser): boolean {
  const k = p.peek();
  return k === Tok.KW_FOR || (k === Tok.KW_ASYNC && p.peek2() === Tok.KW_FOR);
}

/**
 * startsComprehension where CPython's first pass expects no comprehension (after a second
 * element or argument): the look past `async` is a diagnostic's.
 */
function startsLaterComprehension(p: Parser): boolean {
  const k = p.peek();
  return k === Tok.KW_FOR || (k === Tok.KW_ASYNC && p.diagnosticKindAt(p.pos + 1) === Tok.KW_FOR);
}

/** `[a, b for …]` (CPython's invalid_comprehension), when the clauses parse. */
function diagnoseUnparenthesizedTarget(p: Parser, elts: expr[], comma: number): void {
  p.diagnose(() => {
    if (p.secondPass(() => parseComprehensionClauses(p)) !== null) raiseUnparenthesizedTarget(p, elts, comma);
  });
}

/** From the first element to the last, or to the comma after a lone one. */
function raiseUnparenthesizedTarget(p: Parser, elts: expr[], comma: number): never {
  const msg = 'did you forget parentheses around the comprehension target?';
  if (elts.length === 1 && comma >= 0) p.raiseRange(elts[0], p.tokenLoc(comma), msg);
  p.raiseRange(elts[0], elts[elts.length - 1], msg);
}

function parseListDisplay(p: Parser): expr {
  const open = p.pos++;
  const t = p.toks;
  p.enter();
  try {
    if (p.peek() === Tok.RSQB) {
      const close = p.pos++;
      return new List([], Load, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    const elementStart = p.pos;
    const first = parseFirstElement(p);
    const next = p.peek();
    if (first instanceof Starred ? startsLaterComprehension(p) : startsComprehension(p)) {
      if (first instanceof Starred) diagnoseStarredComprehension(p, first);
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RSQB);
      return new ListComp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    const elts = [first];
    if (next !== Tok.COMMA && next !== Tok.RSQB) diagnoseStarredFirst(p, first, elementStart);
    parseMoreElements(p, elts, Tok.RSQB);
    const close = p.expect(Tok.RSQB);
    return new List(elts, Load, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
  } finally {
    p.leave();
  }
}

/** `{…}`: a dict, a set, or their comprehensions. */
function parseBraceDisplay(p: Parser): expr {
  const open = p.pos++;
  const t = p.toks;
  p.enter();
  try {
    if (p.peek() === Tok.RBRACE) {
      const close = p.pos++;
      return new Dict([], [], t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    if (p.peek() === Tok.DOUBLESTAR) return parseDictRest(p, open, [], []);
    const elementStart = p.pos;
    const first = parseFirstElement(p);
    if (p.peek() === Tok.COLON && !(first instanceof Starred)) {
      const value = parseDictValue(p);
      if (startsComprehension(p)) {
        const generators = parseComprehensionClauses(p);
        const close = p.expect(Tok.RBRACE);
        return new DictComp(first, value, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
      }
      return parseDictRest(p, open, [first], [value]);
    }
    const next = p.peek();
    if (first instanceof Starred ? startsLaterComprehension(p) : startsComprehension(p)) {
      if (first instanceof Starred) diagnoseStarredComprehension(p, first);
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RBRACE);
      return new SetComp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    const elts = [first];
    if (next !== Tok.COMMA && next !== Tok.RBRACE) diagnoseStarredFirst(p, first, elementStart);
    parseMoreElements(p, elts, Tok.RBRACE);
    const close = p.expect(Tok.RBRACE);
    return new Set(elts, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
  } finally {
    p.leave();
  }
}

/** At the `:` after a dict key: the value, with CPython's messages for a starred or missing one. */
function parseDictValue(p: Parser): expr {
  const colon = p.pos++;
  const k = p.peek();
  // These are `'{' invalid_double_starred_kvpairs '}'`, which CPython tries in either pass and
  // inside rules without invalid alternatives too: they stand wherever they are met.
  if (k === Tok.STAR) {
    const star = p.pos++;
    if (p.speculate(() => parseBitwiseOr(p)) === null) p.fail();
    throw p.fatal(p.errorFrom(p.tokenLoc(star), 'cannot use a starred expression in a dictionary value'));
  }
  if (k === Tok.RBRACE || k === Tok.COMMA) throw p.fatal(p.tokenError(colon, "expression expected after dictionary key and ':'"));
  return parseExpression(p);
}

/** The rest of a dict display, at `**` or at the comma after a first entry. */
function parseDictRest(p: Parser, open: number, keys: (expr | null)[], values: expr[]): Dict {
  const t = p.toks;
  let first = keys.length === 0;
  for (;;) {
    if (!first) {
      if (!p.eat(Tok.COMMA)) break;
      if (p.peek() === Tok.RBRACE) break;
    }
    first = false;
    if (p.eat(Tok.DOUBLESTAR)) {
      keys.push(null);
      values.push(parseBitwiseOr(p));
      continue;
    }
    // CPython's `'{' invalid_double_starred_kvpairs '}'` is no lone invalid rule, so its first
    // pass tries it too: a key after a first entry, read without invalid rules, must be
    // followed by `:`, before anything in the key is diagnosed.
    const keyStart = p.pos;
    let key = p.speculate(() => parseExpressionWithoutInvalid(p));
    if (key === null) {
      p.pos = keyStart;
      key = parseExpression(p);
    }
    if (p.peek() !== Tok.COLON) {
      // CPython's invalid_kvpair: at the key's last character, with no end.
      throw p.fatal(p.errorAt("':' expected after dictionary key", key.lineno, key.end_col_offset, key.end_lineno, 0));
    }
    values.push(parseDictValue(p));
    keys.push(key);
  }
  if (keys.length > 0 && keys[0] === null && startsComprehension(p)) {
    p.raiseAtToken(open + 1, 'dict unpacking cannot be used in dict comprehension');
  }
  const close = p.expect(Tok.RBRACE);
  return new Dict(keys, values, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
}

// ---- yield ----

/** `yield_expr`: `yield from expression` or `yield [star_expressions]`. */
export function parseYieldExpression(p: Parser): expr {
  const start = p.pos++;
  const t = p.toks;
  if (p.eat(Tok.KW_FROM)) {
    const value = parseExpression(p);
    return new YieldFrom(value, t.line[start], t.col[start], p.endLine(), p.endCol());
  }
  const k = p.peek();
  if (k === Tok.STAR || startsExpression(k)) {
    // `'yield' [star_expressions]`: as PEG, a bare yield where the operand does not parse.
    const value = p.withoutInvalid > 0 ? backtracking(p, p.pos, parseStarExpressions) : parseStarExpressions(p);
    if (value !== null) return new Yield(value, t.line[start], t.col[start], p.endLine(), p.endCol());
  }
  return new Yield(null, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
}
