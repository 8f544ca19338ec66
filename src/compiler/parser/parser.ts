// The parser's state and the primitives every grammar file uses: lazy token access,
// positions for new nodes, and raising SyntaxErrors where CPython raises them.
//
// The grammar is CPython 3.13's (Grammar/python.gram), parsed by hand with recursive
// descent and precedence climbing instead of a generated PEG parser. CPython parses twice:
// a fast pass, then, on failure, a pass with its `invalid_*` rules that find the precise
// message. We parse once and, where the fast path fails, look at what is there to give
// the message the matching `invalid_*` rule would give. What that emulation has to keep
// (scripts/fuzz-syntax-errors.ts holds it to CPython):
// - A diagnostic (diagnose()) is a look CPython's second pass takes; the tokens it fetches
//   do not move a generic error, which CPython places at its first pass's last token.
// - Inside a diagnostic, secondPass() runs a nested rule: a specific error it raises stands,
//   a generic failure means "no match".
// - Some rules CPython runs without invalid rules (`expression_without_invalid`, its first
//   pass): withoutInvalid turns our diagnostics off and makes operators and trailers
//   backtrack as PEG does, so the parse ends on the longest prefix that parses.
// - Errors CPython raises in either pass (rule actions, and the few `invalid_*` rules that
//   are not a lone alternative) are fatal(): no speculation swallows them.
import { PyCompileError, PySyntaxError, SyntaxErrorType } from '../errors';
import { Tok, TokenBuffer, TOKEN_TEXT } from '../tokens';
import type { Tokenizer } from '../tokenizer';
import type { ParseOptions } from './index';

/** Something with a start and an end position, as AST nodes have. Columns are UTF-8 bytes. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * How deep the nesting constructs (unary operators, `not`, conditional expressions, lambdas,
 * brackets, blocks) may go before giving up as CPython does when its parser stack overflows
 * (MAXSTACK, 6000). A JS stack overflow before that gives the same error (see parse()).
 */
const MAX_DEPTH = 6000;

export class Parser {
  /** The tokens read so far; the tokenizer appends to it on demand. */
  readonly toks: TokenBuffer;
  /** Index of the current token. Backtracking resets it. */
  pos = 0;
  /** Recursion depth of the nesting constructs, checked against MAX_DEPTH. */
  depth = 0;
  /** Set when the tokenizer raised, so speculative parses never swallow its errors. */
  tokenizerFailed = false;
  /** Inside an f-string replacement field, nesting count: `lambda` and `:` behave differently there. */
  fstringDepth = 0;
  /**
   * Above 0 while a diagnostic reads ahead: tokens that CPython's second pass (its `invalid_*`
   * rules) reads but its first pass does not. CPython places a generic error at the last token
   * of the first pass, so tokens fetched only by diagnostics must not move it.
   */
  diagnosing = 0;
  /** The index of the first token fetched by a diagnostic rather than by the grammar (2^31 - 1: none). */
  diagnosticFrom = 0x7fffffff;
  /** Above 0 inside a rule CPython parses without its invalid_* alternatives (`expression_without_invalid`). */
  withoutInvalid = 0;
  /** The errors fail() raised: generic failures, which in a nested second-pass parse mean "no match". */
  private readonly genericFailures = new WeakSet<PySyntaxError>();
  /** Errors CPython raises in a rule's action (see fatal()), which no speculation may swallow. */
  private readonly actionErrors = new WeakSet<PySyntaxError>();

  constructor(
    readonly tokenizer: Tokenizer,
    /** The decoded source text, which token start/end offsets index. */
    readonly source: string,
    readonly filename: string,
    readonly options: ParseOptions,
  ) {
    this.toks = tokenizer.tokens;
  }

  // ---- token access ----

  /** Makes sure token `i` exists (or the stream ended). */
  fill(i: number): void {
    const toks = this.toks;
    try {
      while (toks.count <= i) {
        if (toks.count > 0 && toks.kind[toks.count - 1] === Tok.ENDMARKER) return;
        if (this.diagnosing > 0 && toks.count < this.diagnosticFrom) this.diagnosticFrom = toks.count;
        this.tokenizer.next();
      }
    } catch (e) {
      this.tokenizerFailed = true;
      throw e;
    }
  }

  kindAt(i: number): Tok {
    if (i >= this.toks.count) {
      this.fill(i);
      if (i >= this.toks.count) return Tok.ENDMARKER;
    }
    return this.toks.kind[i] as Tok;
  }

  peek(): Tok {
    const i = this.pos;
    return i < this.toks.count ? (this.toks.kind[i] as Tok) : this.kindAt(i);
  }

  peek2(): Tok {
    return this.kindAt(this.pos + 1);
  }

  /** The value of token `i` (identifier, literal text). */
  valueAt(i: number): string {
    return this.toks.value[i] as string;
  }

  /** Consumes the current token if it is `kind`. */
  eat(kind: Tok): boolean {
    if (this.peek() === kind) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Consumes a token of `kind` or fails with "invalid syntax" where CPython's generic error would point. */
  expect(kind: Tok): number {
    if (this.peek() !== kind) this.fail();
    return this.pos++;
  }

  /** Consumes `kind`, or raises "expected 'X'" at the current token (CPython's `expect_forced_token`). */
  expectForced(kind: Tok): number {
    if (this.peek() !== kind) {
      this.raiseAtToken(this.pos, `expected '${TOKEN_TEXT[kind]}'`);
    }
    return this.pos++;
  }

  /** Whether the current token is the soft keyword `word` (`match`, `case`, `type`, `_`). */
  atSoftKeyword(word: string): boolean {
    return this.peek() === Tok.NAME && this.toks.value[this.pos] === word;
  }

  // ---- positions ----

  /** The index of the last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER (CPython's EXTRA end). */
  lastTokenIndex(): number {
    let i = this.pos - 1;
    const kinds = this.toks.kind;
    while (i > 0) {
      const k = kinds[i];
      if (k !== Tok.ENDMARKER && (k < Tok.NEWLINE || k > Tok.DEDENT)) break;
      i--;
    }
    return i;
  }

  endLine(): number {
    return this.toks.endLine[this.lastTokenIndex()];
  }

  endCol(): number {
    return this.toks.endCol[this.lastTokenIndex()];
  }

  /**
   * Runs `attempt` from the current position; if the parser (not the tokenizer) rejects what
   * it reads, the position is restored and the result is null. Stack overflows and bugs still
   * propagate: only a PySyntaxError means "this alternative does not match".
   */
  speculate<T>(attempt: () => T): T | null {
    const mark = this.pos;
    try {
      return attempt();
    } catch (e) {
      if (!this.isParserError(e)) throw e;
      this.pos = mark;
      return null;
    }
  }

  /**
   * A look at tokens past where CPython's first pass fails, as its second pass takes one: the
   * tokens `look` fetches do not count as read by the first pass (see fail()), and the position
   * is restored. Not run where the invalid rules are off (withoutInvalid).
   */
  diagnose(look: () => void): void {
    // Inside a rule CPython reads without its invalid_* alternatives, no diagnostic runs.
    if (this.withoutInvalid > 0) return;
    const mark = this.pos;
    this.diagnosing++;
    try {
      look();
    } finally {
      this.diagnosing--;
      this.pos = mark;
    }
  }

  /** Whether `e` is the generic failure fail() raised (not a specific message, not the tokenizer's). */
  isGenericFailure(e: unknown): boolean {
    return this.isParserError(e) && this.genericFailures.has(e);
  }

  /** The kind of token `i` as a diagnostic sees it: fetching it does not count as the first pass reading it. */
  diagnosticKindAt(i: number): Tok {
    this.diagnosing++;
    try {
      return this.kindAt(i);
    } finally {
      this.diagnosing--;
    }
  }

  /**
   * Runs `attempt` as CPython's second pass runs a rule with its `invalid_*` alternatives: a
   * specific error raised inside stands, a generic failure means the rule does not match (null,
   * position restored).
   */
  secondPass<T>(attempt: () => T): T | null {
    const mark = this.pos;
    try {
      return attempt();
    } catch (e) {
      if (!this.isGenericFailure(e)) throw e;
      this.pos = mark;
      return null;
    }
  }

  /** The bracket nesting of token `i` as CPython's tokenizer records it (after the token, for a closing one). */
  bracketLevelAt(i: number): number {
    const kinds = this.toks.kind;
    let level = 0;
    for (let j = 0; j <= i; j++) {
      const k = kinds[j];
      if (k === Tok.LPAR || k === Tok.LSQB || k === Tok.LBRACE) level++;
      else if (k === Tok.RPAR || k === Tok.RSQB || k === Tok.RBRACE) level--;
    }
    return level;
  }

  /** Whether `e` is a SyntaxError the parser raised (as opposed to the tokenizer, or no SyntaxError). */
  isParserError(e: unknown): e is PySyntaxError {
    return e instanceof PySyntaxError && !this.tokenizerFailed && !this.actionErrors.has(e);
  }

  /**
   * Marks `e` as raised by a rule's action rather than by the grammar (a literal that does not
   * decode, bytes mixed with str): CPython raises those in either pass and inside any lookahead,
   * so they stand wherever our parser meets them.
   */
  fatal(e: PySyntaxError): PySyntaxError {
    this.actionErrors.add(e);
    return e;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw parserStackOverflow();
  }

  /** For nesting parsed by a loop (a chain of unary operators): as if `levels` more were entered. */
  checkDepth(levels: number): void {
    if (this.depth + levels > MAX_DEPTH) throw parserStackOverflow();
  }

  leave(): void {
    this.depth--;
  }

  // ---- errors ----
  // CPython locates errors in three ways (Parser/pegen.h): at a node or token it names
  // (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE), at the last token the parser fetched
  // (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR), or from a node to the tokenizer's cursor
  // (RAISE_SYNTAX_ERROR_STARTING_FROM). Columns below are CPython's: 1-based UTF-8 byte
  // offsets, where 0 and -1 are passed through as they are.

  /** A SyntaxError at 1-based byte columns of the given lines, converted to character offsets. */
  errorAt(
    msg: string,
    line: number,
    col1: number,
    endLine: number,
    endCol1: number,
    type: SyntaxErrorType = 'SyntaxError',
  ): PySyntaxError {
    const text = this.tokenizer.errorLineText(line);
    // Both offsets are measured in the first line's text, as CPython does.
    const offset = col1 > 0 ? charsInBytes(text, col1) : col1;
    const endOffset = endCol1 > 0 ? charsInBytes(text, endCol1) : endCol1;
    return new PySyntaxError(type, msg, this.filename, line, offset, text, endLine, endOffset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on token `i`. */
  raiseAtToken(i: number, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    throw this.tokenError(i, msg, type);
  }

  /** The error raiseAtToken throws. */
  tokenError(i: number, msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    this.fill(i);
    const t = this.toks;
    if (i >= t.count) i = t.count - 1;
    return this.errorAt(msg, t.line[i], t.col[i] + 1, t.endLine[i], t.endCol[i] + 1, type);
  }

  /**
   * RAISE_SYNTAX_ERROR: at the last token fetched, or for a token without a column (INDENT,
   * DEDENT, ENDMARKER) at the tokenizer's cursor, with no end.
   */
  raiseAtLastToken(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    throw this.lastTokenError(msg, type);
  }

  /** The error raiseAtLastToken throws. */
  lastTokenError(msg: string, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    const t = this.toks;
    // Both of CPython's passes have read up to here, diagnostics included.
    const i = t.count - 1;
    if (t.col[i] < 0) {
      return this.errorAt(msg, t.line[i], this.tokenizer.cursorByteColumn(), t.endLine[i], -1, type);
    }
    return this.errorAt(msg, t.line[i], t.col[i] + 1, t.endLine[i], t.endCol[i] + 1, type);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`. */
  raiseRange(a: Located, b: Located, msg: string): never {
    throw this.errorAt(msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node: its start to its end. */
  raiseNode(a: Located, msg: string): never {
    this.raiseRange(a, a, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from the start of `a` to the tokenizer's cursor. */
  raiseFrom(a: Located, msg: string): never {
    throw this.errorFrom(a, msg);
  }

  /** The error raiseFrom throws. */
  errorFrom(a: Located, msg: string): PySyntaxError {
    const line = this.toks.line[this.toks.count - 1];
    return this.errorAt(msg, a.lineno, a.col_offset + 1, line, this.tokenizer.cursorByteColumn());
  }

  /** A token as a Located (for ranges that start or end at a token). */
  tokenLoc(i: number): Located {
    const t = this.toks;
    return { lineno: t.line[i], col_offset: t.col[i], end_lineno: t.endLine[i], end_col_offset: t.endCol[i] };
  }

  /**
   * The generic failure: CPython's `_PyPegen_set_syntax_error`. It blames the last token the
   * parser fetched, turns a stray INDENT/DEDENT into an IndentationError, and an end of input
   * inside brackets into "'(' was never closed".
   */
  fail(): never {
    try {
      this.failAt(this.firstPassLastToken());
    } catch (e) {
      if (e instanceof PySyntaxError) this.genericFailures.add(e);
      throw e;
    }
  }

  /** The last token CPython's first pass read: the last one fetched, but for those only diagnostics fetched. */
  private firstPassLastToken(): number {
    const last = this.toks.count - 1;
    if (last < this.diagnosticFrom) return last;
    // Failing inside a diagnostic, the first pass is where the diagnostic began to read.
    if (this.diagnosing > 0) return this.diagnosticFrom - 1;
    // Tokens the grammar has consumed since were read by the first pass too.
    return Math.max(this.diagnosticFrom - 1, Math.min(this.pos, last));
  }

  private failAt(last: number): never {
    const kind = this.toks.kind[last];
    if (kind === Tok.ENDMARKER && this.tokenizer.openBrackets.length > 0) this.raiseUnclosedBracket();
    if (kind === Tok.INDENT) this.raiseAtLastToken('unexpected indent', 'IndentationError');
    if (kind === Tok.DEDENT) this.raiseAtLastToken('unexpected unindent', 'IndentationError');
    this.raiseAtToken(last, 'invalid syntax');
  }

  raiseUnclosedBracket(): never {
    throw this.unclosedBracketError();
  }

  /** "'(' was never closed", at the innermost open bracket, with no end. */
  unclosedBracketError(): PySyntaxError {
    const open = this.tokenizer.openBrackets;
    const b = open[open.length - 1];
    const text = this.tokenizer.errorLineText(b.line);
    return new PySyntaxError('SyntaxError', `'${b.char}' was never closed`, this.filename, b.line, b.col + 1, text, b.line, 0);
  }
}

/** CPython's error when its parser stack overflows (`_Pypegen_stack_overflow`). */
export function parserStackOverflow(): PyCompileError {
  return new PyCompileError('MemoryError', 'Parser stack overflowed - Python source too complex to parse');
}

/**
 * How many characters (code points) of `text` the first `bytes` bytes of its UTF-8 encoding
 * hold, a partial character counting as one and `bytes` capped at the length plus one:
 * CPython's `_PyPegen_byte_offset_to_character_offset`.
 */
export function charsInBytes(text: string, bytes: number): number {
  let seen = 0;
  let chars = 0;
  let i = 0;
  for (; i < text.length && seen < bytes; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) seen += 1;
    else if (c < 0x800) seen += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      seen += 4;
      i++;
    } else seen += 3;
    chars++;
  }
  // Past the end CPython decodes at most one byte beyond the text.
  return seen < bytes ? chars + Math.min(1, bytes - seen) : chars;
}
