// Statements: CPython 3.13's `statements`, `simple_stmt` and `compound_stmt` rules, blocks
// and their indentation errors, and the `invalid_*` messages for the statements users get
// wrong most (missing colons, bad assignment targets, `print "x"`, misplaced `except*`).
import {
  AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, Attribute, AugAssign, Break, ClassDef,
  Continue, Del, Delete, ExceptHandler, Expr, For, FunctionDef, Global, If, Import, ImportFrom, List,
  Name, Nonlocal, ParamSpec, Pass, Raise, Return, Starred, Store, Subscript, Try, TryStar, Tuple, TypeAlias, TypeVar,
  TypeVarTuple, While, With, Yield, YieldFrom, alias, excepthandler, expr, keyword, operator, stmt, type_param,
  withitem, Add, Sub, Mult, MatMult, Div, Mod, BitAnd, BitOr, BitXor, LShift, RShift, Pow, FloorDiv,
} from '../../generated/ast';
import { Tok } from '../tokens';
import {
  diagnoseEquals, diagnoseWalrusTarget, parseCallArguments, parsePrimary, parseWithoutInvalid, parseWithRecovery, parseExpression, parseExpressions, parseNamedExpression,
  parseStarExpression, parseStarExpressions, parseStarNamedExpression, parseYieldExpression, startsExpression,
} from './expressions';
import { parseFunctionParameters } from './parameters';
import { Parser } from './parser';
import { diagnoseMatchSubject, parseMatchStatement } from './patterns';
import { diagnoseTargets, exprName, isValidTarget, parseForTargets, parseWithTarget, raiseInvalidTarget, setContext } from './targets';

// ---- statement sequences and blocks ----

/** `statements` up to a token of kind `end` (ENDMARKER for a file, DEDENT for a block). */
export function parseStatements(p: Parser, end: Tok): stmt[] {
  const body: stmt[] = [];
  while (p.peek() !== end) parseStatement(p, body);
  return body;
}

/** One `statement`: a compound statement, or a line of `;`-separated simple statements. */
export function parseStatement(p: Parser, out: stmt[]): void {
  switch (p.peek()) {
    case Tok.KW_DEF:
    case Tok.AT:
      out.push(parseFunctionOrClass(p));
      return;
    case Tok.KW_CLASS:
      out.push(parseClass(p, [], p.pos));
      return;
    case Tok.KW_IF:
      out.push(parseIf(p));
      return;
    case Tok.KW_WHILE:
      out.push(parseWhile(p));
      return;
    case Tok.KW_FOR:
      out.push(parseFor(p, p.pos));
      return;
    case Tok.KW_TRY:
      out.push(parseTry(p));
      return;
    case Tok.KW_WITH:
      out.push(parseWith(p, p.pos));
      return;
    case Tok.KW_ASYNC: {
      const next = p.peek2();
      if (next === Tok.KW_DEF) {
        out.push(parseFunction(p, [], p.pos));
        return;
      }
      if (next === Tok.KW_FOR) {
        out.push(parseFor(p, p.pos));
        return;
      }
      if (next === Tok.KW_WITH) {
        out.push(parseWith(p, p.pos));
        return;
      }
      p.pos++;
      p.fail();
    }
    // eslint-disable-next-line no-fallthrough
    case Tok.NAME:
      if (p.valueAt(p.pos) === 'match') {
        parseMatchOrSimpleStatements(p, out);
        return;
      }
      break;
    case Tok.INDENT:
      p.fail();
  }
  parseSimpleStatements(p, out);
}

/** A line that starts with the soft keyword `match`: a match statement, or simple statements. */
function parseMatchOrSimpleStatements(p: Parser, out: stmt[]): void {
  const start = p.pos;
  const missingColon = { at: -1 };
  const m = parseMatchStatement(p, missingColon);
  if (m !== null) {
    out.push(m);
    return;
  }
  const before = out.length;
  try {
    parseSimpleStatements(p, out);
  } catch (e) {
    if (!p.isParserError(e)) throw e;
    out.length = before;
    // CPython's second pass tries match_stmt first: its subject, read with the invalid rules,
    // then `match x` and a line end (invalid_match_stmt: "expected ':'").
    diagnoseMatchSubject(p, start);
    if (missingColon.at >= 0) p.raiseAtLastToken("expected ':'");
    throw e;
  }
}

/** `simple_stmts`: simple statements separated by `;`, ended by NEWLINE. */
function parseSimpleStatements(p: Parser, out: stmt[]): void {
  for (;;) {
    out.push(parseSimpleStatement(p));
    if (!p.eat(Tok.SEMI)) break;
    if (p.peek() === Tok.NEWLINE) break;
  }
  if (p.peek() !== Tok.NEWLINE) p.fail();
  p.pos++;
}

/**
 * `block`: an indented suite, or simple statements on the header's line. `what` names the
 * statement for "expected an indented block after … on line N".
 */
export function parseBlock(p: Parser, what: string, headerLine: number): stmt[] {
  if (p.peek() !== Tok.NEWLINE) {
    const out: stmt[] = [];
    parseSimpleStatements(p, out);
    return out;
  }
  p.pos++;
  if (p.peek() !== Tok.INDENT) {
    p.raiseAtLastToken(`expected an indented block after ${what} on line ${headerLine}`, 'IndentationError');
  }
  p.pos++;
  p.enter();
  const body = parseStatements(p, Tok.DEDENT);
  p.leave();
  p.pos++;
  return body;
}

/**
 * The `:` that opens a block. Where CPython's rule has `&&':'` (`forced`) any other token is
 * "expected ':'"; elsewhere only a line end is (the `invalid_*_stmt` rules), and anything
 * else is a plain syntax error.
 */
function expectColon(p: Parser, forced: boolean): void {
  const k = p.peek();
  if (k === Tok.COLON) {
    p.pos++;
    return;
  }
  if (forced) p.raiseAtToken(p.pos, "expected ':'");
  if (k === Tok.NEWLINE) p.raiseAtLastToken("expected ':'");
  p.fail();
}

// ---- simple statements ----

function parseSimpleStatement(p: Parser): stmt {
  const start = p.pos;
  const t = p.toks;
  const line = t.line[start];
  const col = t.col[start];
  switch (p.peek()) {
    case Tok.KW_PASS:
      p.pos++;
      return new Pass(line, col, t.endLine[start], t.endCol[start]);
    case Tok.KW_BREAK:
      p.pos++;
      return new Break(line, col, t.endLine[start], t.endCol[start]);
    case Tok.KW_CONTINUE:
      p.pos++;
      return new Continue(line, col, t.endLine[start], t.endCol[start]);
    case Tok.KW_RETURN: {
      p.pos++;
      const k = p.peek();
      const value = k === Tok.STAR || startsExpression(k) ? parseStarExpressions(p) : null;
      return new Return(value, line, col, p.endLine(), p.endCol());
    }
    case Tok.KW_RAISE:
      return parseRaise(p);
    case Tok.KW_GLOBAL:
    case Tok.KW_NONLOCAL:
      return parseGlobalOrNonlocal(p);
    case Tok.KW_DEL:
      return parseDel(p);
    case Tok.KW_ASSERT: {
      p.pos++;
      const test = parseExpression(p);
      const msg = p.eat(Tok.COMMA) ? parseExpression(p) : null;
      return new Assert(test, msg, line, col, p.endLine(), p.endCol());
    }
    case Tok.KW_IMPORT:
      return parseImport(p);
    case Tok.KW_FROM:
      return parseFromImport(p);
    case Tok.NAME:
      if (p.valueAt(start) === 'type' && p.peek2() === Tok.NAME) {
        const third = p.kindAt(start + 2);
        if (third === Tok.EQUAL || third === Tok.LSQB) return parseTypeAliasOrDiagnose(p);
      }
      break;
  }
  return parseExpressionStatement(p);
}

/** `raise [expression ['from' expression]]`. */
function parseRaise(p: Parser): Raise {
  const start = p.pos++;
  const t = p.toks;
  let exc: expr | null = null;
  let cause: expr | null = null;
  if (startsExpression(p.peek())) {
    exc = parseExpression(p);
    if (p.eat(Tok.KW_FROM)) cause = parseExpression(p);
  }
  return new Raise(exc, cause, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseGlobalOrNonlocal(p: Parser): stmt {
  const start = p.pos++;
  const t = p.toks;
  const names: string[] = [];
  do {
    names.push(p.valueAt(p.expect(Tok.NAME)));
  } while (p.eat(Tok.COMMA));
  const Node = t.kind[start] === Tok.KW_GLOBAL ? Global : Nonlocal;
  return new Node(names, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `del del_targets`: each target in Del context; `del a, b` has two targets, not a tuple. */
function parseDel(p: Parser): Delete {
  const start = p.pos++;
  const t = p.toks;
  const targets = parseDelTargets(p);
  if (targets === null) {
    // CPython's invalid_del_stmt reads star_expressions instead and names what cannot be deleted.
    p.diagnose(() => {
      p.pos = start + 1;
      const e = p.secondPass(() => parseStarExpressions(p));
      if (e !== null) raiseInvalidTarget(p, e, 'del');
    });
    p.fail();
  }
  return new Delete(targets, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `del_targets &(';' | NEWLINE)`: names, attributes, subscripts and bracketed lists of them; null when they are not there. */
function parseDelTargets(p: Parser): expr[] | null {
  const targets: expr[] = [];
  while (startsExpression(p.peek())) {
    const e = p.speculate(() => parsePrimary(p));
    if (e === null || !isValidTarget(e, 'del')) return null;
    targets.push(e);
    if (!p.eat(Tok.COMMA)) break;
  }
  const k = p.peek();
  if (targets.length === 0 || (k !== Tok.NEWLINE && k !== Tok.SEMI)) return null;
  for (const target of targets) setContext(p, target, Del, 'del');
  return targets;
}

/** `import dotted_as_names`. */
function parseImport(p: Parser): Import {
  const start = p.pos++;
  const t = p.toks;
  if (p.peek() === Tok.NEWLINE) p.raiseFrom(p.tokenLoc(p.pos), "Expected one or more names after 'import'");
  const names: alias[] = [];
  do {
    names.push(parseDottedAlias(p));
  } while (p.eat(Tok.COMMA));
  if (p.peek() === Tok.KW_FROM && names.every((n) => n.asname === null)) {
    // `import a from b`: CPython's invalid_import (`','.dotted_name+`, no `as`), from `import`
    // to the tokenizer's cursor.
    p.diagnose(() => {
      p.pos++;
      if (p.secondPass(() => parseDottedName(p)) !== null) {
        p.raiseFrom(p.tokenLoc(start), "Did you mean to use 'from ... import ...' instead?");
      }
    });
  }
  return new Import(names, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `dotted_name`: NAME ('.' NAME)*, returned as text. */
function parseDottedName(p: Parser): string {
  let name = p.valueAt(p.expect(Tok.NAME));
  // As PEG, a `.` without a name after it is not part of the name.
  while (p.peek() === Tok.DOT && p.peek2() === Tok.NAME) {
    name += '.' + p.valueAt(p.pos + 1);
    p.pos += 2;
  }
  return name;
}

function parseDottedAlias(p: Parser): alias {
  const start = p.pos;
  const t = p.toks;
  const name = parseDottedName(p);
  let asname: string | null = null;
  if (p.eat(Tok.KW_AS)) asname = p.valueAt(p.expect(Tok.NAME));
  return new alias(name, asname, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `from ('.' | '...')* dotted_name import …`. */
function parseFromImport(p: Parser): ImportFrom {
  const start = p.pos++;
  const t = p.toks;
  let level = 0;
  for (;;) {
    const k = p.peek();
    if (k === Tok.DOT) level += 1;
    else if (k === Tok.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  const module = level === 0 || p.peek() === Tok.NAME ? parseDottedName(p) : null;
  if (p.peek() !== Tok.KW_IMPORT) p.fail();
  p.pos++;
  const names: alias[] = [];
  if (p.peek() === Tok.NEWLINE) {
    p.raiseFrom(p.tokenLoc(p.pos), "Expected one or more names after 'import'");
  }
  if (p.peek() === Tok.STAR) {
    const star = p.pos++;
    names.push(new alias('*', null, t.line[star], t.col[star], t.endLine[star], t.endCol[star]));
  } else if (p.eat(Tok.LPAR)) {
    do {
      if (p.peek() === Tok.RPAR && names.length > 0) break;
      names.push(parseImportAlias(p));
    } while (p.eat(Tok.COMMA));
    p.expect(Tok.RPAR);
  } else {
    for (;;) {
      names.push(parseImportAlias(p));
      if (!p.eat(Tok.COMMA)) break;
      if (p.peek() === Tok.NEWLINE) p.raiseAtLastToken('trailing comma not allowed without surrounding parentheses');
    }
  }
  return new ImportFrom(module, names, level, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseImportAlias(p: Parser): alias {
  const name = p.expect(Tok.NAME);
  const t = p.toks;
  let asname: string | null = null;
  if (p.eat(Tok.KW_AS)) asname = p.valueAt(p.expect(Tok.NAME));
  return new alias(p.valueAt(name), asname, t.line[name], t.col[name], p.endLine(), p.endCol());
}

/**
 * A type alias. Where it does not parse, CPython's second pass has first read the line as an
 * assignment with `type` a name (simple_stmt tries `assignment` before `type_alias`), and the
 * invalid rules there may have raised.
 */
function parseTypeAliasOrDiagnose(p: Parser): TypeAlias {
  const start = p.pos;
  try {
    return parseTypeAlias(p);
  } catch (e) {
    if (!p.isParserError(e)) throw e;
    p.diagnose(() => {
      p.pos = start;
      p.secondPass(() => parseExpressionStatement(p));
    });
    // Raised again, so that positions taken from the tokenizer's cursor are where CPython's is.
    p.pos = start;
    return parseTypeAlias(p);
  }
}

/** `type NAME [type_params] = expression` (PEP 695). */
function parseTypeAlias(p: Parser): TypeAlias {
  const start = p.pos++;
  const t = p.toks;
  const nameTok = p.pos++;
  const name = new Name(p.valueAt(nameTok), Store, t.line[nameTok], t.col[nameTok], t.endLine[nameTok], t.endCol[nameTok]);
  const typeParams = p.peek() === Tok.LSQB ? parseTypeParams(p) : [];
  p.expect(Tok.EQUAL);
  const value = parseExpression(p);
  return new TypeAlias(name, typeParams, value, t.line[start], t.col[start], p.endLine(), p.endCol());
}

const AUGMENTED_OPERATOR: Partial<Record<Tok, operator>> = {
  [Tok.PLUSEQUAL]: Add,
  [Tok.MINEQUAL]: Sub,
  [Tok.STAREQUAL]: Mult,
  [Tok.ATEQUAL]: MatMult,
  [Tok.SLASHEQUAL]: Div,
  [Tok.PERCENTEQUAL]: Mod,
  [Tok.AMPEREQUAL]: BitAnd,
  [Tok.VBAREQUAL]: BitOr,
  [Tok.CIRCUMFLEXEQUAL]: BitXor,
  [Tok.LEFTSHIFTEQUAL]: LShift,
  [Tok.RIGHTSHIFTEQUAL]: RShift,
  [Tok.DOUBLESTAREQUAL]: Pow,
  [Tok.DOUBLESLASHEQUAL]: FloorDiv,
};

/** An expression statement, or an assignment, augmented assignment or annotated assignment. */
function parseExpressionStatement(p: Parser): stmt {
  const start = p.pos;
  const t = p.toks;
  const line = t.line[start];
  const col = t.col[start];
  const k0 = p.peek();
  if (k0 !== Tok.STAR && k0 !== Tok.KW_YIELD && !startsExpression(k0)) p.fail();
  const first = k0 === Tok.KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
  const k = p.peek();

  if (k === Tok.EQUAL) return parseAssignment(p, start, first);
  if (k === Tok.COLONEQUAL) {
    if (first instanceof Name) diagnoseStatementWalrus(p, start);
    else if (!(first instanceof Tuple) && !(first instanceof Starred) && k0 !== Tok.KW_YIELD) diagnoseWalrusTarget(p, first);
  }

  if (k === Tok.COLON) {
    // Annotated assignment: `x: int = 1`.
    const parenthesized = t.kind[start] === Tok.LPAR;
    if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
      // invalid_assignment reads the target as an expression, which a yield is not.
      if (k0 !== Tok.KW_YIELD) diagnoseAnnotationTarget(p, first, parenthesized);
      p.fail();
    }
    p.pos++;
    const annotation = parseExpression(p);
    let value: expr | null = null;
    if (p.eat(Tok.EQUAL)) {
      value = p.peek() === Tok.KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
    }
    setContext(p, first, Store, 'star');
    const simple = first instanceof Name && !parenthesized ? 1 : 0;
    return new AnnAssign(first, annotation, value, simple, line, col, p.endLine(), p.endCol());
  }

  const op = AUGMENTED_OPERATOR[k];
  if (op !== undefined) {
    if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
      // invalid_assignment reads the target as star_expressions, which a yield is not.
      if (k0 !== Tok.KW_YIELD) diagnoseAugmentedTarget(p, first);
      p.fail();
    }
    p.pos++;
    const value = p.peek() === Tok.KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
    setContext(p, first, Store, 'star');
    return new AugAssign(first, op, value, line, col, p.endLine(), p.endCol());
  }

  if (k !== Tok.NEWLINE && k !== Tok.SEMI && first instanceof Tuple && t.kind[start] !== Tok.LPAR) {
    diagnoseTupleStatement(p, start);
  }
  return new Expr(first, line, col, p.endLine(), p.endCol());
}

/**
 * `name := value` as a statement: CPython's invalid_assignment reads it as a named expression
 * (`star_named_expression`), with the invalid rules on in the value.
 */
function diagnoseStatementWalrus(p: Parser, start: number): void {
  p.diagnose(() => {
    p.pos = start;
    p.secondPass(() => parseNamedExpression(p));
  });
}

/**
 * A statement that starts as a tuple and goes on past it: CPython's invalid_assignment reads
 * `star_named_expression ',' star_named_expressions* ':' expression`, lists of named
 * expressions with no comma between them, with the invalid rules on.
 */
function diagnoseTupleStatement(p: Parser, start: number): void {
  p.diagnose(() => {
    p.pos = start;
    const first = p.secondPass(() => parseStarNamedExpression(p));
    if (first === null || !p.eat(Tok.COMMA)) return;
    while (p.peek() === Tok.STAR || startsExpression(p.peek())) {
      if (p.secondPass(() => parseStarNamedExpressionList(p)) === null) return;
    }
    if (!p.eat(Tok.COLON)) return;
    if (p.secondPass(() => parseExpression(p)) !== null) p.raiseNode(first, 'only single target (not tuple) can be annotated');
  });
}

/** `star_named_expressions`: `','.star_named_expression+ [',']`. */
function parseStarNamedExpressionList(p: Parser): void {
  parseStarNamedExpression(p);
  while (p.eat(Tok.COMMA)) {
    const k = p.peek();
    if (k !== Tok.STAR && !startsExpression(k)) break;
    parseStarNamedExpression(p);
  }
}

/** At the `:` after `first`, which cannot be annotated: CPython's invalid_assignment, when an annotation follows. */
function diagnoseAnnotationTarget(p: Parser, first: expr, parenthesized: boolean): void {
  p.diagnose(() => {
    p.pos++;
    if (p.secondPass(() => parseExpression(p)) === null) return;
    if (first instanceof Tuple && !parenthesized) p.raiseNode(first.elts[0], 'only single target (not tuple) can be annotated');
    if (first instanceof Tuple || first instanceof List) {
      p.raiseNode(first, `only single target (not ${exprName(first)}) can be annotated`);
    }
    p.raiseNode(first, 'illegal target for annotation');
  });
}

/** At the operator after `first`, which cannot be assigned: CPython's invalid_assignment, when a value follows. */
function diagnoseAugmentedTarget(p: Parser, first: expr): void {
  p.diagnose(() => {
    p.pos++;
    const value = p.secondPass(() => (p.peek() === Tok.KW_YIELD ? parseYieldExpression(p) : parseWithRecovery(p, parseStarExpressions)));
    if (value !== null) p.raiseNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
  });
}

/** `(star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]`, at the first `=`. */
function parseAssignment(p: Parser, start: number, first: expr): Assign {
  const t = p.toks;
  const targets: expr[] = [first];
  const firstEquals = p.pos;
  let value = first;
  let index = 0;
  let valueStart = p.pos;
  try {
    while (p.peek() === Tok.EQUAL) {
      const target = targets[index];
      if (!isValidTarget(target, 'star')) raiseAssignmentError(p, start, firstEquals, first, target);
      valueStart = ++p.pos;
      value = p.peek() === Tok.KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
      targets.push(value);
      index++;
    }
  } catch (e) {
    // A last value with no prefix that parses fails CPython's assignment rule as a whole, and
    // its second pass reaches invalid_named_expression on the first target.
    if (p.isGenericFailure(e) && noValuePrefix(p, valueStart)) diagnoseStatementStart(p, start, firstEquals, first);
    throw e;
  }
  targets.pop();
  for (const target of targets) setContext(p, target, Store, 'star');
  let typeComment: string | null = null;
  if (p.peek() === Tok.TYPE_COMMENT) typeComment = p.valueAt(p.pos++);
  return new Assign(targets, value, typeComment, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/**
 * CPython's messages for `target = value` with a target that cannot be assigned. Its assignment
 * rule fails as a whole then, and `invalid_named_expression` speaks first ("… here. Maybe you
 * meant '=='…"), on the statement's first target and the `=` after it (at `firstEquals`),
 * whichever target is wrong; then `invalid_assignment`.
 */
function raiseAssignmentError(p: Parser, start: number, firstEquals: number, first: expr, target: expr): never {
  diagnoseStatementStart(p, start, firstEquals, first);
  if (target instanceof Yield || target instanceof YieldFrom) p.raiseNode(target, 'assignment to yield expression not possible');
  raiseInvalidTarget(p, target, 'star');
  p.fail();
}

/** Whether nothing that is an assignment's value parses at token `at` (as CPython's first pass reads it). */
function noValuePrefix(p: Parser, at: number): boolean {
  p.pos = at;
  const parse = p.peek() === Tok.KW_YIELD ? parseYieldExpression : parseStarExpressions;
  return p.speculate(() => parseWithoutInvalid(p, parse)) === null;
}

/**
 * invalid_named_expression on a statement's first target and the `=` after it, at `firstEquals`:
 * the first target, or the last element of an unparenthesized tuple, is what directly precedes it.
 */
function diagnoseStatementStart(p: Parser, start: number, firstEquals: number, first: expr): void {
  const mark = p.pos;
  p.pos = firstEquals;
  if (first instanceof Tuple && p.toks.kind[start] !== Tok.LPAR) {
    const last = first.elts[first.elts.length - 1];
    const endsWithComma = p.toks.kind[firstEquals - 1] === Tok.COMMA;
    if (!endsWithComma && !(last instanceof Starred)) diagnoseEquals(p, last, elementStart(p, start, last));
  } else {
    diagnoseEquals(p, first, start);
  }
  p.pos = mark;
}

/** The index of the token where `e`, an element of the expression that starts at token `from`, begins. */
function elementStart(p: Parser, from: number, e: expr): number {
  const t = p.toks;
  let i = from;
  while (i < p.pos && (t.line[i] < e.lineno || (t.line[i] === e.lineno && t.col[i] < e.col_offset))) i++;
  // A parenthesized element begins at its parenthesis.
  while (i > from && t.kind[i - 1] === Tok.LPAR) i--;
  return i;
}

// ---- compound statements ----

function parseIf(p: Parser): If {
  const start = p.pos++;
  const t = p.toks;
  const keyword = t.kind[start] === Tok.KW_IF ? "'if' statement" : "'elif' statement";
  const test = parseNamedExpression(p);
  expectColon(p, false);
  const body = parseBlock(p, keyword, t.line[start]);
  let orelse: stmt[] = [];
  if (p.peek() === Tok.KW_ELIF) {
    orelse = [parseIf(p)];
  } else if (p.peek() === Tok.KW_ELSE) {
    orelse = parseElse(p);
  }
  return new If(test, body, orelse, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseElse(p: Parser): stmt[] {
  const start = p.pos++;
  expectColon(p, true);
  return parseBlock(p, "'else' statement", p.toks.line[start]);
}

function parseWhile(p: Parser): While {
  const start = p.pos++;
  const t = p.toks;
  const test = parseNamedExpression(p);
  expectColon(p, false);
  const body = parseBlock(p, "'while' statement", t.line[start]);
  const orelse = p.peek() === Tok.KW_ELSE ? parseElse(p) : [];
  return new While(test, body, orelse, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseFor(p: Parser, start: number): For | AsyncFor {
  const t = p.toks;
  const isAsync = t.kind[start] === Tok.KW_ASYNC;
  p.pos = start + (isAsync ? 2 : 1);
  const targetStart = p.pos;
  const target = parseForTargets(p);
  if (target === null || p.peek() !== Tok.KW_IN) {
    diagnoseTargets(p, targetStart, 'for');
    p.fail();
  }
  p.pos++;
  const iter = parseStarExpressions(p);
  expectColon(p, false);
  const typeComment = p.peek() === Tok.TYPE_COMMENT ? p.valueAt(p.pos++) : null;
  const body = parseBlock(p, "'for' statement", t.line[start]);
  const orelse = p.peek() === Tok.KW_ELSE ? parseElse(p) : [];
  const Node = isAsync ? AsyncFor : For;
  return new Node(target, iter, body, orelse, typeComment, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseWith(p: Parser, start: number): With | AsyncWith {
  const t = p.toks;
  const isAsync = t.kind[start] === Tok.KW_ASYNC;
  p.pos = start + (isAsync ? 2 : 1);
  // `with (a as b, c):` — the parentheses group the items, not a tuple. CPython tries that
  // first; where it does not parse, the `(` begins an expression.
  const attempt = { closedAtLineEnd: false };
  let items = p.peek() === Tok.LPAR ? p.secondPass(() => parseParenthesizedWithItems(p, attempt)) : null;
  if (items === null) {
    items = [];
    try {
      do {
        items.push(parseWithItem(p));
      } while (p.eat(Tok.COMMA));
    } catch (e) {
      // invalid_with_stmt: `with (items)` and a line end.
      if (attempt.closedAtLineEnd && p.isGenericFailure(e)) p.raiseAtLastToken("expected ':'");
      throw e;
    }
  }
  expectColon(p, false);
  const typeComment = p.peek() === Tok.TYPE_COMMENT ? p.valueAt(p.pos++) : null;
  const body = parseBlock(p, "'with' statement", t.line[start]);
  const Node = isAsync ? AsyncWith : With;
  return new Node(items, body, typeComment, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `'(' ','.with_item+ ','? ')'`, followed by `:`; `attempt` records a line end there instead. */
function parseParenthesizedWithItems(p: Parser, attempt: { closedAtLineEnd: boolean }): withitem[] {
  p.pos++;
  const items = [parseWithItem(p)];
  while (p.eat(Tok.COMMA) && p.peek() !== Tok.RPAR) items.push(parseWithItem(p));
  p.expect(Tok.RPAR);
  if (p.peek() !== Tok.COLON) {
    attempt.closedAtLineEnd = p.peek() === Tok.NEWLINE;
    p.fail();
  }
  return items;
}

/** `with_item`: `expression ['as' star_target]`. */
function parseWithItem(p: Parser): withitem {
  const contextExpr = parseExpression(p);
  let optionalVars: expr | null = null;
  if (p.eat(Tok.KW_AS)) {
    optionalVars = parseWithTarget(p);
  }
  return new withitem(contextExpr, optionalVars);
}

function parseTry(p: Parser): Try | TryStar {
  const start = p.pos++;
  const t = p.toks;
  expectColon(p, true);
  const body = parseBlock(p, "'try' statement", t.line[start]);
  const handlers: excepthandler[] = [];
  let star: boolean | null = null;
  while (p.peek() === Tok.KW_EXCEPT) {
    const exceptTok = p.pos;
    const isStar = p.peek2() === Tok.STAR;
    if (star !== null && star !== isStar) {
      if (isStar) p.raiseRange(p.tokenLoc(exceptTok), p.tokenLoc(exceptTok + 1), "cannot have both 'except' and 'except*' on the same 'try'");
      p.raiseAtToken(exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = isStar;
    handlers.push(parseExceptHandler(p, isStar));
  }
  const orelse = handlers.length > 0 && p.peek() === Tok.KW_ELSE ? parseElse(p) : [];
  let finalbody: stmt[] = [];
  if (p.peek() === Tok.KW_FINALLY) {
    const finallyTok = p.pos++;
    expectColon(p, true);
    finalbody = parseBlock(p, "'finally' statement", t.line[finallyTok]);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.raiseAtLastToken("expected 'except' or 'finally' block");
  }
  const Node = star ? TryStar : Try;
  return new Node(body, handlers, orelse, finalbody, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseExceptHandler(p: Parser, isStar: boolean): ExceptHandler {
  const start = p.pos++;
  const t = p.toks;
  if (isStar) p.pos++;
  let type: expr | null = null;
  let name: string | null = null;
  if (p.peek() !== Tok.COLON) {
    if (p.peek() === Tok.NEWLINE) p.raiseAtLastToken("expected ':'");
    if (isStar && !startsExpression(p.peek())) p.raiseAtLastToken('expected one or more exception types');
    type = parseExpression(p);
    if (p.peek() === Tok.COMMA) {
      // `except A, B [as e]:`, Python 2's spelling (invalid_except_stmt; the first pass stops at the comma).
      const first = type;
      p.diagnose(() => {
        p.pos++;
        if (p.secondPass(() => parseExpressions(p)) === null) return;
        if (p.peek() === Tok.KW_AS && p.peek2() === Tok.NAME) p.pos += 2;
        if (p.peek() === Tok.COLON) p.raiseFrom(first, 'multiple exception types must be parenthesized');
      });
      p.fail();
    }
    if (p.eat(Tok.KW_AS)) name = p.valueAt(p.expect(Tok.NAME));
  } else if (isStar) {
    p.raiseAtLastToken('expected one or more exception types');
  }
  expectColon(p, false);
  const what = isStar ? "'except*' statement" : "'except' statement";
  const body = parseBlock(p, what, t.line[start]);
  return new ExceptHandler(type, name, body, t.line[start], t.col[start], p.endLine(), p.endCol());
}

// ---- functions and classes ----

/** Decorators, then the function or class they decorate. */
function parseFunctionOrClass(p: Parser): stmt {
  const decorators: expr[] = [];
  while (p.eat(Tok.AT)) {
    decorators.push(parseNamedExpression(p));
    if (p.peek() !== Tok.NEWLINE) p.fail();
    p.pos++;
  }
  const k = p.peek();
  if (k === Tok.KW_CLASS) return parseClass(p, decorators, p.pos);
  if (k === Tok.KW_DEF || (k === Tok.KW_ASYNC && p.peek2() === Tok.KW_DEF)) return parseFunction(p, decorators, p.pos);
  p.fail();
}

function parseFunction(p: Parser, decorators: expr[], start: number): FunctionDef | AsyncFunctionDef {
  const t = p.toks;
  const isAsync = t.kind[start] === Tok.KW_ASYNC;
  p.pos = start + (isAsync ? 2 : 1);
  const name = p.valueAt(p.expect(Tok.NAME));
  // `[type_params]` is optional in invalid_def_raw: when it does not parse, `&&'('` is at its `[`.
  const typeParams = p.peek() === Tok.LSQB ? p.secondPass(() => parseTypeParams(p)) ?? [] : [];
  p.expectForced(Tok.LPAR);
  const args = parseFunctionParameters(p);
  p.expect(Tok.RPAR);
  let returns: expr | null = null;
  if (p.peek() === Tok.RARROW) {
    // `['->' expression]` is optional: without an expression the `->` is where `:` was expected.
    const arrow = p.pos++;
    returns = startsExpression(p.peek()) ? p.secondPass(() => parseWithRecovery(p, parseExpression)) : null;
    if (returns === null) p.raiseAtToken(arrow, "expected ':'");
  }
  expectColon(p, true);
  let typeComment: string | null = null;
  if (p.peek() === Tok.TYPE_COMMENT) {
    typeComment = p.valueAt(p.pos++);
  } else if (p.peek() === Tok.NEWLINE && p.peek2() === Tok.TYPE_COMMENT) {
    // The signature's type comment on the first line of the body.
    if (p.kindAt(p.pos + 2) === Tok.NEWLINE && p.kindAt(p.pos + 3) === Tok.INDENT) {
      typeComment = p.valueAt(p.pos + 1);
      p.pos += 2;
    }
  }
  const body = parseBlock(p, 'function definition', t.line[start]);
  const Node = isAsync ? AsyncFunctionDef : FunctionDef;
  return new Node(name, args, body, decorators, returns, typeComment, typeParams, t.line[start], t.col[start], p.endLine(), p.endCol());
}

function parseClass(p: Parser, decorators: expr[], start: number): ClassDef {
  p.pos = start + 1;
  const t = p.toks;
  const name = p.valueAt(p.expect(Tok.NAME));
  const typeParams = p.peek() === Tok.LSQB ? parseTypeParams(p) : [];
  let bases: expr[] = [];
  let keywords: keyword[] = [];
  if (p.peek() === Tok.LPAR) {
    const call = parseCallArguments(p, true);
    bases = call.args;
    keywords = call.keywords;
  }
  expectColon(p, false);
  const body = parseBlock(p, 'class definition', t.line[start]);
  return new ClassDef(name, bases, keywords, body, decorators, typeParams, t.line[start], t.col[start], p.endLine(), p.endCol());
}

/** `type_params`: `[T: bound = default, *Ts, **P]` (PEP 695, PEP 696). */
export function parseTypeParams(p: Parser): type_param[] {
  const open = p.pos++;
  const t = p.toks;
  if (p.peek() === Tok.RSQB) p.raiseFrom(p.tokenLoc(p.pos), 'Type parameter list cannot be empty');
  void open;
  const params: type_param[] = [];
  do {
    if (p.peek() === Tok.RSQB) break;
    const start = p.pos;
    const k = p.peek();
    if (k === Tok.STAR || k === Tok.DOUBLESTAR) {
      p.pos++;
      const name = p.valueAt(p.expect(Tok.NAME));
      const what = k === Tok.STAR ? 'TypeVarTuple' : 'ParamSpec';
      if (p.peek() === Tok.COLON) {
        const colon = p.pos++;
        const bound = parseExpression(p);
        const kind = bound instanceof Tuple ? 'constraints' : 'bound';
        // CPython raises this in its first pass already.
        const c = p.tokenLoc(colon);
        throw p.fatal(p.errorAt(`cannot use ${kind} with ${what}`, c.lineno, c.col_offset + 1, bound.end_lineno, bound.end_col_offset + 1));
      }
      let defaultValue: expr | null = null;
      if (p.eat(Tok.EQUAL)) defaultValue = k === Tok.STAR ? parseStarExpression(p) : parseExpression(p);
      const Node = k === Tok.STAR ? TypeVarTuple : ParamSpec;
      params.push(new Node(name, defaultValue, t.line[start], t.col[start], p.endLine(), p.endCol()));
    } else {
      const name = p.valueAt(p.expect(Tok.NAME));
      const bound = p.eat(Tok.COLON) ? parseExpression(p) : null;
      const defaultValue = p.eat(Tok.EQUAL) ? parseExpression(p) : null;
      params.push(new TypeVar(name, bound, defaultValue, t.line[start], t.col[start], p.endLine(), p.endCol()));
    }
  } while (p.eat(Tok.COMMA));
  p.expect(Tok.RSQB);
  return params;
}

