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
import { Parser } from './parser';
import { parseLambdaParameters } from './parameters';
import { numberAt, parseStrings } from './strings';
import { exprName, isKeywordConstant, parseStarTargets } from './targets';

/** Token kinds that can begin an expression (`expression`, not `star_expression`). */
export function startsExpression(k: Tok): boolean {
  switch (k) {
    case Tok.NAME:
    case Tok.NUMBER:
    case Tok.STRING:
    case Tok.FSTRING_START:
    case Tok.LPAR:
    case Tok.LSQB:
    case Tok.LBRACE:
    case Tok.MINUS:
    case Tok.PLUS:
    case Tok.TILDE:
    case Tok.ELLIPSIS:
    case Tok.KW_NOT:
    case Tok.KW_LAMBDA:
    case Tok.KW_AWAIT:
    case Tok.KW_TRUE:
    case Tok.KW_FALSE:
    case Tok.KW_NONE:
      return true;
    default:
      return false;
  }
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
    elts.push(parseStarExpression(p));
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
  if (!startsExpression(p.peek())) p.raiseAtLastToken('Invalid star expression');
  const value = parseExpression(p);
  if (p.peek() === Tok.EQUAL) raiseAssignedUnpacking(p, start, 'iterable argument unpacking');
  const t = p.toks;
  return new Starred(value, Load, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `*a = b` or `**a = b` among call arguments: "cannot assign to … unpacking", from the star to `b`. */
function raiseAssignedUnpacking(p: Parser, star: number, what: string): void {
  p.pos++;
  const b = p.speculate(() => parseExpression(p));
  if (b !== null) p.raiseRange(p.tokenLoc(star), b, `cannot assign to ${what}`);
  p.fail();
}

/**
 * `named_expression`: `NAME ':=' expression`, or an expression not followed by `:=`. Where
 * a `=` follows, CPython's `invalid_named_expression` suspects a comparison.
 */
export function parseNamedExpression(p: Parser): expr {
  const start = p.pos;
  const e = parseAssignmentExpression(p);
  if (p.peek() === Tok.EQUAL) diagnoseEquals(p, e, start);
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
  const e = parseExpression(p);
  if (p.peek() === Tok.COLONEQUAL) {
    p.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`);
  }
  return e;
}

/**
 * `invalid_named_expression`: `x = 1` where an expression was expected. `a` was parsed from
 * token `start`; when that token is a parenthesis around `a`, `a` is an atom whatever it holds.
 */
export function diagnoseEquals(p: Parser, a: expr, start: number): void {
  const mark = p.pos;
  p.pos++;
  if (!startsExpression(p.peek())) {
    p.pos = mark;
    return;
  }
  const b = p.speculate(() => parseBitwiseOr(p));
  if (b === null) {
    p.pos = mark;
    return;
  }
  const next = p.peek();
  p.pos = mark;
  if (next === Tok.EQUAL || next === Tok.COLONEQUAL) return;
  if (a instanceof Name) p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  const t = p.toks;
  const parenthesized = t.kind[start] === Tok.LPAR && (t.line[start] !== a.lineno || t.col[start] !== a.col_offset);
  const excluded = !parenthesized && (a instanceof List || a instanceof Tuple || a instanceof GeneratorExp || isKeywordConstant(a));
  if (!excluded && (parenthesized || isBitwiseOrLevel(a))) {
    p.raiseNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
  }
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
  if (p.peek() !== Tok.KW_IF) return body;
  p.pos++;
  const test = parseDisjunction(p);
  if (p.peek() !== Tok.KW_ELSE) {
    const k = p.peek();
    if (k !== Tok.COLON) p.raiseRange(body, test, "expected 'else' after 'if' expression");
    p.fail();
  }
  p.pos++;
  p.enter();
  const orelse = parseExpression(p);
  p.leave();
  const t = p.toks;
  return new IfExp(test, body, orelse, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseLambda(p: Parser): Lambda {
  const start = p.pos++;
  const args = parseLambdaParameters(p);
  if (p.peek() !== Tok.COLON) p.fail();
  const colon = p.pos++;
  if (p.fstringDepth > 0 && (p.peek() === Tok.FSTRING_MIDDLE || p.peek() === Tok.LBRACE)) {
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
  while (p.eat(Tok.KW_OR)) values.push(parseConjunction(p));
  const t = p.toks;
  return new BoolOp(Or, values, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseConjunction(p: Parser): expr {
  const start = p.pos;
  const first = parseInversion(p);
  if (p.peek() !== Tok.KW_AND) return first;
  const values = [first];
  while (p.eat(Tok.KW_AND)) values.push(parseInversion(p));
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
  let op = eatComparisonOperator(p);
  if (op === null) return left;
  const ops: cmpop[] = [];
  const comparators: expr[] = [];
  while (op !== null) {
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
    op = eatComparisonOperator(p);
  }
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
    p.pos++;
    const right = parseBinary(p, precedence + 1);
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
  p.pos++;
  p.enter();
  const right = parseFactor(p);
  p.leave();
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
        p.pos++;
        const name = p.expect(Tok.NAME);
        e = new Attribute(e, p.valueAt(name), Load, t.line[start], t.col[start], t.endLine[name], t.endCol[name]);
        break;
      }
      case Tok.LPAR: {
        const { args, keywords, close } = parseCallArguments(p);
        e = new Call(e, args, keywords, t.line[start], t.col[start], t.endLine[close], t.endCol[close]);
        break;
      }
      case Tok.LSQB: {
        p.pos++;
        const slice = parseSlices(p);
        const close = p.expect(Tok.RSQB);
        e = new Subscript(e, slice, Load, t.line[start], t.col[start], t.endLine[close], t.endCol[close]);
        break;
      }
      default:
        return e;
    }
  }
}

/** `slices`: one slice, or a tuple of slices and starred expressions. */
function parseSlices(p: Parser): expr {
  const start = p.pos;
  const first = parseSliceItem(p);
  const next = p.peek();
  if (next !== Tok.COMMA && next !== Tok.RSQB && !(first instanceof Slice)) diagnoseMissingComma(p, start, first);
  // A lone starred item is still a tuple: `slice` itself has no starred form.
  if (p.peek() !== Tok.COMMA && !(first instanceof Starred)) return first;
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    if (p.peek() === Tok.RSQB) break;
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
export function parseCallArguments(p: Parser): { args: expr[]; keywords: keyword[]; close: number } {
  const open = p.pos++;
  const args: expr[] = [];
  const keywords: keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  // A positional argument after keywords: CPython reports it once the rest is read, at the
  // last token fetched (`_PyPegen_arguments_parsing_error`).
  let misplaced: string | null = null;
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
    } else if (k === Tok.STAR) {
      const starred = parseStarredExpression(p);
      if (sawDoubleStar) {
        p.raiseRange(p.tokenLoc(argStart - 1), starred, 'iterable argument unpacking follows keyword argument unpacking');
      }
      args.push(starred);
    } else if (k === Tok.NAME && p.peek2() === Tok.EQUAL) {
      p.pos += 2;
      if (!startsExpression(p.peek())) {
        p.raiseRange(p.tokenLoc(argStart), p.tokenLoc(argStart + 1), 'expected argument value expression');
      }
      const value = parseExpression(p);
      const t = p.toks;
      keywords.push(new keyword(p.valueAt(argStart), value, t.line[argStart], t.col[argStart], p.endLine(), p.endCol()));
      sawKeyword = true;
    } else {
      const value = parseAssignmentExpression(p);
      const next = p.peek();
      if (next === Tok.KW_FOR || next === Tok.KW_ASYNC) {
        // A generator expression as an argument: alone it may drop its own parentheses.
        const generators = parseComprehensionClauses(p);
        const onlyArgument = args.length === 0 && keywords.length === 0 && p.peek() === Tok.RPAR;
        if (!onlyArgument) {
          const last = generators[generators.length - 1];
          const end = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
          p.raiseRange(value, end, 'Generator expression must be parenthesized');
        }
        const close = p.pos++;
        const t = p.toks;
        const genexp = new GeneratorExp(value, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
        return { args: [genexp], keywords, close };
      }
      if (next === Tok.EQUAL) {
        // `f(a.b=1)`: CPython's invalid_kwarg.
        const eq = p.pos;
        if (isKeywordConstant(value)) p.raiseRange(value, p.tokenLoc(eq), `cannot assign to ${exprName(value)}`);
        p.raiseRange(value, p.tokenLoc(eq), 'expression cannot contain assignment, perhaps you meant "=="?');
      }
      if (sawDoubleStar) misplaced ??= 'positional argument follows keyword argument unpacking';
      else if (sawKeyword) misplaced ??= 'positional argument follows keyword argument';
      args.push(value);
      if (next !== Tok.COMMA && next !== Tok.RPAR) diagnoseMissingComma(p, argStart, value);
    }
    if (!p.eat(Tok.COMMA)) break;
  }
  if (misplaced !== null && p.peek() === Tok.RPAR) p.raiseAtLastToken(misplaced);
  const close = p.expect(Tok.RPAR);
  return { args, keywords, close };
}

/**
 * CPython's `invalid_expression`, first alternative: inside brackets, an expression
 * directly followed by another one is most likely a missing comma.
 */
export function diagnoseMissingComma(p: Parser, start: number, a: expr): void {
  if (!startsExpression(p.peek()) || p.peek() === Tok.KW_NOT) return;
  const first = p.toks.kind[start];
  if (first === Tok.NAME) {
    const second = p.kindAt(start + 1);
    if (second === Tok.STRING || second === Tok.FSTRING_START) return;
    const word = p.valueAt(start);
    if (word === 'match' || word === 'case' || word === 'type' || word === '_') return;
  }
  if (a instanceof Lambda || a instanceof IfExp || a instanceof NamedExpr || a instanceof Starred) return;
  if (a instanceof Name && (a.id === 'print' || a.id === 'exec')) return;
  const b = p.speculate(() => parseExpression(p));
  if (b !== null) p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
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
    const target = parseStarTargets(p, 'for');
    if (!p.eat(Tok.KW_IN)) p.raiseAtLastToken("'in' expected after for-loop variables");
    const iter = parseDisjunction(p);
    const ifs: expr[] = [];
    while (p.eat(Tok.KW_IF)) ifs.push(parseDisjunction(p));
    generators.push(new comprehension(target, iter, ifs, isAsync));
  }
  return generators;
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
      p.fail();
  }
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
    const elementStart = p.pos;
    const first = parseStarNamedExpression(p);
    const next = p.peek();
    if (next === Tok.RPAR) {
      p.pos++;
      if (first instanceof Starred) p.raiseNode(first, 'cannot use starred expression here');
      return first;
    }
    if (next === Tok.KW_FOR || next === Tok.KW_ASYNC) {
      if (first instanceof Starred) p.raiseNode(first, 'iterable unpacking cannot be used in comprehension');
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RPAR);
      return new GeneratorExp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    if (next !== Tok.COMMA) {
      diagnoseMissingComma(p, elementStart, first);
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

/** After a first element and at a comma: `(',' star_named_expression)* [',']` up to `close`. */
function parseMoreElements(p: Parser, elts: expr[], close: Tok): void {
  while (p.peek() === Tok.COMMA) {
    const comma = p.pos++;
    if (p.peek() === close) return;
    if (close !== Tok.RPAR && startsComprehension(p)) raiseUnparenthesizedTarget(p, elts, comma);
    const start = p.pos;
    const e = parseStarNamedExpression(p);
    elts.push(e);
    const k = p.peek();
    if (close !== Tok.RPAR && startsComprehension(p)) raiseUnparenthesizedTarget(p, elts, -1);
    if (k !== Tok.COMMA && k !== close) diagnoseMissingComma(p, start, e);
  }
}

function startsComprehension(p: Parser): boolean {
  const k = p.peek();
  return k === Tok.KW_FOR || (k === Tok.KW_ASYNC && p.peek2() === Tok.KW_FOR);
}

/** `[a, b for …]` (CPython's invalid_comprehension): from the first element to the last, or to the comma after a lone one. */
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
    const first = parseStarNamedExpression(p);
    const next = p.peek();
    if (next === Tok.KW_FOR || next === Tok.KW_ASYNC) {
      if (first instanceof Starred) p.raiseNode(first, 'iterable unpacking cannot be used in comprehension');
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RSQB);
      return new ListComp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    const elts = [first];
    if (next !== Tok.COMMA && next !== Tok.RSQB) diagnoseMissingComma(p, elementStart, first);
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
    const first = parseStarNamedExpression(p);
    if (p.peek() === Tok.COLON && !(first instanceof Starred)) {
      const value = parseDictValue(p);
      const k = p.peek();
      if (k === Tok.KW_FOR || k === Tok.KW_ASYNC) {
        const generators = parseComprehensionClauses(p);
        const close = p.expect(Tok.RBRACE);
        return new DictComp(first, value, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
      }
      if (k !== Tok.COMMA && k !== Tok.RBRACE) diagnoseMissingComma(p, elementStart, value);
      return parseDictRest(p, open, [first], [value]);
    }
    const next = p.peek();
    if (next === Tok.KW_FOR || next === Tok.KW_ASYNC) {
      if (first instanceof Starred) p.raiseNode(first, 'iterable unpacking cannot be used in comprehension');
      const generators = parseComprehensionClauses(p);
      const close = p.expect(Tok.RBRACE);
      return new SetComp(first, generators, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
    }
    const elts = [first];
    if (next !== Tok.COMMA && next !== Tok.RBRACE) diagnoseMissingComma(p, elementStart, first);
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
  if (k === Tok.STAR) {
    const star = p.pos++;
    parseBitwiseOr(p);
    p.raiseFrom(p.tokenLoc(star), 'cannot use a starred expression in a dictionary value');
  }
  if (k === Tok.RBRACE || k === Tok.COMMA) p.raiseAtToken(colon, "expression expected after dictionary key and ':'");
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
    const key = parseExpression(p);
    if (p.peek() !== Tok.COLON) {
      // CPython's invalid_kvpair: at the key's last character, with no end.
      throw p.errorAt("':' expected after dictionary key", key.lineno, key.end_col_offset, key.end_lineno, 0);
    }
    values.push(parseDictValue(p));
    keys.push(key);
  }
  if (keys.length > 0 && keys[0] === null && (p.peek() === Tok.KW_FOR || p.peek() === Tok.KW_ASYNC)) {
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
    const value = parseStarExpressions(p);
    return new Yield(value, t.line[start], t.col[start], p.endLine(), p.endCol());
  }
  return new Yield(null, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
}
