// The `match` statement and its patterns (PEP 634), as CPython 3.13's `match_stmt` and
// pattern rules build them, with the `invalid_*` messages for patterns.
import {
  Add, Attribute, BinOp, Constant, Load, Match, MatchAs, MatchClass, MatchMapping, MatchOr, MatchSequence,
  MatchSingleton, MatchStar, MatchValue, Name, Sub, Tuple, UnaryOp, USub, expr, match_case, pattern,
} from '../../generated/ast';
import { ComplexConstant } from '../ast/constants';
import { Tok } from '../tokens';
import { parseExpression, parseNamedExpression, parseStarNamedExpression, startsExpression } from './expressions';
import { Parser } from './parser';
import { parseBlock } from './statements';
import { numberAt, parseStrings } from './strings';

/**
 * At the soft keyword `match`: the match statement, or null (position unchanged) when the
 * line is not one, such as `match(x)` or `match = 1`. `missingColon` is set when a subject
 * is followed by the end of the line: if the line is no other statement either, CPython's
 * invalid_match_stmt says "expected ':'".
 */
export function parseMatchStatement(p: Parser, missingColon: { at: number }): Match | null {
  const start = p.pos;
  const k = p.peek2();
  if (k !== Tok.STAR && !startsExpression(k)) return null;
  p.pos++;
  const subject = p.speculate(() => parseSubject(p));
  if (subject === null || p.peek() !== Tok.COLON || p.peek2() !== Tok.NEWLINE) {
    if (subject !== null && p.peek() === Tok.NEWLINE) missingColon.at = p.pos;
    p.pos = start;
    return null;
  }
  const t = p.toks;
  p.pos += 2;
  if (p.peek() !== Tok.INDENT) {
    p.raiseAtLastToken(`expected an indented block after 'match' statement on line ${t.line[start]}`, 'IndentationError');
  }
  p.pos++;
  const cases: match_case[] = [];
  while (p.atSoftKeyword('case')) cases.push(parseCase(p));
  if (cases.length === 0 || p.peek() !== Tok.DEDENT) p.fail();
  p.pos++;
  return new Match(subject, cases, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** The subject of a would-be match statement at `start`, read as CPython's second pass reads it (its errors stand). */
export function diagnoseMatchSubject(p: Parser, start: number): void {
  if (p.kindAt(start + 1) !== Tok.STAR && !startsExpression(p.kindAt(start + 1))) return;
  p.diagnose(() => {
    p.pos = start + 1;
    p.secondPass(() => parseSubject(p));
  });
}

/** `subject_expr`: a tuple of star_named_expressions, or a named expression. */
function parseSubject(p: Parser): expr {
  const start = p.pos;
  const first = parseStarNamedExpression(p);
  if (p.peek() !== Tok.COMMA) {
    if (first._kind === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.eat(Tok.COMMA)) {
    const k = p.peek();
    if (k !== Tok.STAR && !startsExpression(k)) break;
    elts.push(parseStarNamedExpression(p));
  }
  const t = p.toks;
  return new Tuple(elts, Load, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseCase(p: Parser): match_case {
  const start = p.pos++;
  const pat = parsePatterns(p);
  const guard = p.eat(Tok.KW_IF) ? parseNamedExpression(p) : null;
  if (p.peek() !== Tok.COLON) {
    if (p.peek() === Tok.NEWLINE) p.raiseAtLastToken("expected ':'");
    p.fail();
  }
  p.pos++;
  const body = parseBlock(p, "'case' statement", p.toks.line[start]);
  return new match_case(pat, guard, body);
}

/** `patterns`: an open sequence pattern (`case a, *b:`) or a single pattern. */
function parsePatterns(p: Parser): pattern {
  const start = p.pos;
  const first = parseMaybeStarPattern(p);
  if (p.peek() !== Tok.COMMA) {
    if (first instanceof MatchStar) p.fail();
    return first;
  }
  const patterns = [first];
  while (p.eat(Tok.COMMA)) {
    if (!startsPattern(p.peek())) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  const t = p.toks;
  return new MatchSequence(patterns, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function startsPattern(k: Tok): boolean {
  return k === Tok.STAR || k === Tok.NAME || k === Tok.NUMBER || k === Tok.MINUS || k === Tok.STRING ||
    k === Tok.FSTRING_START || k === Tok.LPAR || k === Tok.LSQB || k === Tok.LBRACE || k === Tok.KW_NONE ||
    k === Tok.KW_TRUE || k === Tok.KW_FALSE;
}

/** `maybe_star_pattern`: `*name`, `*_`, or a pattern. */
function parseMaybeStarPattern(p: Parser): pattern {
  if (p.peek() !== Tok.STAR) return parsePattern(p);
  const start = p.pos++;
  const nameTok = p.expect(Tok.NAME);
  const name = p.valueAt(nameTok);
  const t = p.toks;
  return new MatchStar(name === '_' ? null : name, t.line[start], t.col[start], t.endLine[nameTok], t.endCol[nameTok]);
}

/** `pattern`: an or-pattern, optionally `as name`. */
function parsePattern(p: Parser): pattern {
  const start = p.pos;
  p.enter();
  const inner = parseOrPattern(p);
  p.leave();
  if (p.peek() !== Tok.KW_AS) return inner;
  p.pos++;
  const nameTok = p.pos;
  if (p.peek() === Tok.NAME) {
    const name = p.valueAt(nameTok);
    if (name === '_') p.raiseAtToken(nameTok, "cannot use '_' as a target");
    const after = p.peek2();
    if (after === Tok.DOT || after === Tok.LPAR || after === Tok.EQUAL) p.fail();
    p.pos++;
    const t = p.toks;
    return new MatchAs(inner, name, t.line[start], t.col[start], t.endLine[nameTok], t.endCol[nameTok]);
  }
  if (startsExpression(p.peek())) {
    const target = parseExpression(p);
    p.raiseNode(target, 'invalid pattern target');
  }
  p.fail();
}

function parseOrPattern(p: Parser): pattern {
  const start = p.pos;
  const first = parseClosedPattern(p);
  if (p.peek() !== Tok.VBAR) return first;
  const patterns = [first];
  while (p.eat(Tok.VBAR)) patterns.push(parseClosedPattern(p));
  const t = p.toks;
  return new MatchOr(patterns, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseClosedPattern(p: Parser): pattern {
  const start = p.pos;
  const t = p.toks;
  switch (p.peek()) {
    case Tok.NUMBER:
    case Tok.MINUS: {
      const value = parseSignedOrComplexNumber(p);
      return new MatchValue(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset);
    }
    case Tok.STRING:
    case Tok.FSTRING_START: {
      const value = parseStrings(p);
      return new MatchValue(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset);
    }
    case Tok.KW_NONE:
    case Tok.KW_TRUE:
    case Tok.KW_FALSE: {
      p.pos++;
      const k = t.kind[start];
      const value = k === Tok.KW_NONE ? null : k === Tok.KW_TRUE;
      return new MatchSingleton(value, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
    }
    case Tok.NAME:
      return parseNamePattern(p);
    case Tok.LPAR:
      return parseParenthesizedPattern(p);
    case Tok.LSQB: {
      p.pos++;
      const patterns = parseSequenceItems(p, Tok.RSQB);
      const close = p.expect(Tok.RSQB);
      return new MatchSequence(patterns, t.line[start], t.col[start], t.endLine[close], t.endCol[close]);
    }
    case Tok.LBRACE:
      return parseMappingPattern(p);
    default:
      p.fail();
  }
}

/** Capture (`x`), wildcard (`_`), value (`a.b`) and class (`C(…)`, `a.C(…)`) patterns. */
function parseNamePattern(p: Parser): pattern {
  const start = p.pos++;
  const t = p.toks;
  const name = p.valueAt(start);
  let e: expr = new Name(name, Load, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
  let dotted = false;
  while (p.peek() === Tok.DOT) {
    p.pos++;
    const attr = p.expect(Tok.NAME);
    e = new Attribute(e, p.valueAt(attr), Load, e.lineno, e.col_offset, t.endLine[attr], t.endCol[attr]);
    dotted = true;
  }
  if (p.peek() === Tok.LPAR) return parseClassPattern(p, e);
  if (dotted) return new MatchValue(e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (p.peek() === Tok.EQUAL) p.fail();
  if (name === '_') return new MatchAs(null, null, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  return new MatchAs(null, name, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
}

/** `(pattern)` is a group; `()` and `(a,)`, `(a, b)` are sequences. */
function parseParenthesizedPattern(p: Parser): pattern {
  const open = p.pos++;
  const t = p.toks;
  if (p.peek() === Tok.RPAR) {
    const close = p.pos++;
    return new MatchSequence([], t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
  }
  const first = parseMaybeStarPattern(p);
  if (p.peek() === Tok.RPAR && !(first instanceof MatchStar)) {
    p.pos++;
    return first;
  }
  const patterns = [first];
  if (p.peek() !== Tok.RPAR) {
    p.expect(Tok.COMMA);
    patterns.push(...parseSequenceItems(p, Tok.RPAR));
  }
  const close = p.expect(Tok.RPAR);
  return new MatchSequence(patterns, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
}

/** `maybe_sequence_pattern`: comma-separated patterns with an optional trailing comma, up to `close`. */
function parseSequenceItems(p: Parser, close: Tok): pattern[] {
  const patterns: pattern[] = [];
  while (p.peek() !== close) {
    patterns.push(parseMaybeStarPattern(p));
    if (!p.eat(Tok.COMMA)) break;
  }
  return patterns;
}

function parseMappingPattern(p: Parser): MatchMapping {
  const open = p.pos++;
  const t = p.toks;
  const keys: expr[] = [];
  const patterns: pattern[] = [];
  let rest: string | null = null;
  while (p.peek() !== Tok.RBRACE) {
    if (p.peek() === Tok.DOUBLESTAR) {
      p.pos++;
      const nameTok = p.expect(Tok.NAME);
      rest = p.valueAt(nameTok);
      // `pattern_capture_target` excludes the wildcard.
      if (rest === '_') p.fail();
      p.eat(Tok.COMMA);
      break;
    }
    keys.push(parseMappingKey(p));
    p.expect(Tok.COLON);
    patterns.push(parsePattern(p));
    if (!p.eat(Tok.COMMA)) break;
  }
  const close = p.expect(Tok.RBRACE);
  return new MatchMapping(keys, patterns, rest, t.line[open], t.col[open], t.endLine[close], t.endCol[close]);
}

/** `literal_expr | attr`: what may stand as a key in a mapping pattern. */
function parseMappingKey(p: Parser): expr {
  const start = p.pos;
  const t = p.toks;
  switch (p.peek()) {
    case Tok.NUMBER:
    case Tok.MINUS:
      return parseSignedOrComplexNumber(p);
    case Tok.STRING:
    case Tok.FSTRING_START:
      return parseStrings(p);
    case Tok.KW_NONE:
    case Tok.KW_TRUE:
    case Tok.KW_FALSE: {
      p.pos++;
      const k = t.kind[start];
      const value = k === Tok.KW_NONE ? null : k === Tok.KW_TRUE;
      return new Constant(value, null, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
    }
    case Tok.NAME: {
      p.pos++;
      let e: expr = new Name(p.valueAt(start), Load, t.line[start], t.col[start], t.endLine[start], t.endCol[start]);
      if (p.peek() !== Tok.DOT) p.fail();
      while (p.eat(Tok.DOT)) {
        const attr = p.expect(Tok.NAME);
        e = new Attribute(e, p.valueAt(attr), Load, e.lineno, e.col_offset, t.endLine[attr], t.endCol[attr]);
      }
      return e;
    }
    default:
      p.fail();
  }
}

function parseClassPattern(p: Parser, cls: expr): MatchClass {
  p.pos++;
  const t = p.toks;
  const patterns: pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: pattern[] = [];
  let firstPositionalAfterKeyword: pattern | null = null;
  let lastPositionalAfterKeyword: pattern | null = null;
  while (p.peek() !== Tok.RPAR) {
    if (p.peek() === Tok.NAME && p.peek2() === Tok.EQUAL) {
      kwdAttrs.push(p.valueAt(p.pos));
      p.pos += 2;
      kwdPatterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwdAttrs.length > 0) {
        firstPositionalAfterKeyword ??= pat;
        lastPositionalAfterKeyword = pat;
      } else {
        patterns.push(pat);
      }
    }
    if (!p.eat(Tok.COMMA)) break;
  }
  if (firstPositionalAfterKeyword !== null && lastPositionalAfterKeyword !== null && p.peek() === Tok.RPAR) {
    p.raiseRange(firstPositionalAfterKeyword, lastPositionalAfterKeyword, 'positional patterns follow keyword patterns');
  }
  const close = p.expect(Tok.RPAR);
  return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.lineno, cls.col_offset, t.endLine[close], t.endCol[close]);
}

/** `signed_number !('+' | '-')` or `complex_number`: `1`, `-1`, `1+2j`, `-1.5-2j`. */
function parseSignedOrComplexNumber(p: Parser): expr {
  const real = parseSignedNumber(p);
  const k = p.peek();
  if (k !== Tok.PLUS && k !== Tok.MINUS) return real;
  const realValue = real instanceof UnaryOp ? (real.operand as Constant).value : (real as Constant).value;
  if (realValue instanceof ComplexConstant) p.raiseNode(real, 'real number required in complex literal');
  p.pos++;
  const imagTok = p.expect(Tok.NUMBER);
  const t = p.toks;
  const imagValue = numberAt(p, imagTok);
  const imag = new Constant(imagValue, null, t.line[imagTok], t.col[imagTok], t.endLine[imagTok], t.endCol[imagTok]);
  if (!(imagValue instanceof ComplexConstant)) p.raiseNode(imag, 'imaginary number required in complex literal');
  return new BinOp(real, k === Tok.PLUS ? Add : Sub, imag, real.lineno, real.col_offset, imag.end_lineno, imag.end_col_offset);
}

function parseSignedNumber(p: Parser): expr {
  const start = p.pos;
  const negative = p.eat(Tok.MINUS);
  const numberTok = p.expect(Tok.NUMBER);
  const t = p.toks;
  const value = new Constant(numberAt(p, numberTok), null, t.line[numberTok], t.col[numberTok], t.endLine[numberTok], t.endCol[numberTok]);
  if (!negative) return value;
  return new UnaryOp(USub, value, t.line[start], t.col[start], value.end_lineno, value.end_col_offset);
}
