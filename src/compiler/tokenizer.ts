// The tokenizer: source text in, the token stream CPython 3.13's C tokenizer gives its
// parser (Parser/lexer/lexer.c) out, one token per `next()` call so that a tokenizer error
// late in a file surfaces only when the parser gets there, as in CPython.
//
// Positions follow CPython's tokenizer state machine exactly, including its quirks: the
// line number only advances when the character after a newline is read (so a NEWLINE token
// and anything raised right after it belong to the line it ends), a NEWLINE that follows a
// comment starts at the `#`, INDENT/DEDENT/ENDMARKER have no column (-1), and the text and
// offsets of errors are computed as CPython computes them (see tokenizer/errors.ts).
import { PySyntaxError, SyntaxErrorType } from './errors';
import { Tok, TokenBuffer } from './tokens';
import {
  ASCII_CLASS, ID_CHAR, ID_START, codePointCount, hasEscapedByte, invalidIdentifierIndex, isDigit, isPrintable,
  keywordAt, utf8Length,
} from './tokenizer/chars';
import { FMode, FString } from './tokenizer/fstring';
import { MSG, pegenError, replaceInvalid, tokenizerError } from './tokenizer/errors';
import { NumberHost, scanNumber } from './tokenizer/numbers';
import { operatorAt } from './tokenizer/operators';
import { escapedBytes, utf8ErrorMessage } from './source';

export interface TokenizerOptions {
  /** `ast.parse(..., type_comments=True)`: emit TYPE_COMMENT tokens and collect `# type: ignore` comments. */
  typeComments?: boolean;
  /**
   * Whether a newline is added at the end of a source that lacks one. CPython does so for
   * "exec" input only; "eval", "single" and "func_type" sources end without NEWLINE and
   * DEDENT tokens. Defaults to true.
   */
  execInput?: boolean;
  /**
   * "single" input (the interactive prompt, `compile(..., 'single')`): at the end of the
   * source the statement is closed with a NEWLINE and the DEDENTs it still needs, as
   * CPython's parser does with the first ENDMARKER it is given (_PyPegen_fill_token).
   */
  singleInput?: boolean;
  /**
   * Receives the SyntaxWarnings the tokenizer emits ("invalid decimal literal" for `1if`,
   * "invalid escape sequence '\{'" in f-strings): message, line and 0-based character
   * column. If it throws, the warning becomes a SyntaxError at that point, as CPython does
   * when warnings are errors.
   */
  onWarning?: (message: string, lineno: number, col: number) => void;
}

/** CPython's limits (Parser/lexer/state.h, Parser/tokenizer.h). */
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

export class Tokenizer {
  readonly tokens = new TokenBuffer();
  /** TypeIgnore comments seen so far: line and tag (text after "ignore"), in order. */
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  /**
   * The text token offsets index: the source with CRLF and CR newlines turned into LF and,
   * for exec input, a final newline added when it lacks one (CPython tokenizes this text).
   */
  readonly source: string;
  /**
   * Set when the error `next()` threw is one CPython's tokenizer only records in its state
   * (a bad indentation or dedent, a bad line continuation, an unexpected end of input, an
   * unclosed bracket at the end) for the parser to raise. When CPython re-tokenizes the rest
   * of a file after a parser error, such errors do not replace the parser's.
   */
  deferredError = false;

  private readonly filename: string;
  private readonly len: number;
  private readonly typeComments: boolean;
  private readonly onWarning: TokenizerOptions['onWarning'];

  /** Offset of the next character to read (CPython's tok->cur). */
  private pos = 0;
  /** The current line number, 0 before the first line is read (tok->lineno). */
  private line: number;
  /** Offset where the current line starts (tok->line_start). */
  private lineStart = 0;
  /**
   * Offset where the text the tokenizer holds for the current statement starts (tok->buf):
   * a line read between tokens starts it; lines read inside a token or after a backslash
   * continuation extend it. Error texts are taken from here.
   */
  private bufStart = 0;
  /** A newline ended the last token (NEWLINE), but the next line is not read yet. */
  private pendingLine = false;
  /** At the beginning of a line, where indentation must be measured. */
  private atBol = true;
  /** INDENTs (positive) or DEDENTs (negative) still to emit. */
  private pendin = 0;
  /** Top of the indentation stacks. */
  private indent = 0;
  /** Indentation columns with tabs to multiples of 8, and with tabs counting 1 (to detect inconsistent use). */
  private readonly indStack = new Int32Array(MAXINDENT);
  private readonly altIndStack = new Int32Array(MAXINDENT);
  /** Open brackets: count, and for each its character, line and offset. */
  private level = 0;
  private readonly parenChar = new Uint8Array(MAXLEVEL);
  private readonly parenLine = new Int32Array(MAXLEVEL);
  private readonly parenOffset = new Int32Array(MAXLEVEL);
  /** The f-strings being tokenized, innermost at `fTop` (index 0 is unused: 0 means none). Entries are reused. */
  private readonly fstrings: FString[] = [new FString()];
  private fTop = 0;
  /** ENDMARKER was emitted. */
  private ended = false;
  private readonly singleInput: boolean;
  /** The NEWLINE that ends "single" input was added. */
  private closedSingle = false;
  /** The error thrown, thrown again by later calls. */
  private error: PySyntaxError | null = null;
  /** Offset of the first non-ASCII character at or after some line start: columns before it are byte counts for free. */
  private nonAscii = -1;
  /** Cache for byte columns on lines with non-ASCII text: line start, offset and its byte column. */
  private colLine = -1;
  private colOffset = 0;
  private colBytes = 0;
  /** Start offset of each line, built when error reporting first asks for a line. */
  private lineStarts: Int32Array | null = null;
  /** The number scanner's access to errors and warnings. */
  private readonly numberHost: NumberHost = {
    error: (msg, cursor) => this.error_(msg, cursor),
    warn: (msg, cursor) => this.warn(msg, cursor),
    // CPython passes this error's columns as byte counts, unconverted.
    leadingZeros: (start, zerosEnd, cursor) => {
      const ls = this.lineStart;
      const src = this.source;
      return tokenizerError(src, this.filename, MSG.leadingZeros, this.line, ls, cursor, utf8Length(src, ls, start) + 1, utf8Length(src, ls, zerosEnd));
    },
  };

  constructor(source: string, filename: string, options: TokenizerOptions = {}) {
    if (source.indexOf('\0') >= 0) {
      // compile() refuses these before it reads the source, naming no file.
      throw new PySyntaxError('SyntaxError', MSG.nullBytes, null, null, null, null, null, null);
    }
    if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
    if ((options.execInput ?? true) && source.length > 0 && source.charCodeAt(source.length - 1) !== 10) source += '\n';
    this.source = source;
    this.len = source.length;
    this.filename = filename;
    this.typeComments = options.typeComments ?? false;
    this.singleInput = options.singleInput ?? false;
    this.onWarning = options.onWarning;
    this.line = source.length > 0 ? 1 : 0;
  }

  /** Tokenizes one more token and appends it to `tokens`; returns its kind. After ENDMARKER keeps returning ENDMARKER without appending. Throws PySyntaxError on a tokenizer error. */
  next(): Tok {
    if (this.ended) return Tok.ENDMARKER;
    if (this.error !== null) throw this.error;
    try {
      const f = this.fstrings[this.fTop];
      return this.fTop > 0 && f.mode === FMode.LITERAL ? this.literalToken(f) : this.token();
    } catch (e) {
      if (e instanceof PySyntaxError) this.error = e;
      throw e;
    }
  }

  /** Whether the tokenizer is inside an f-string (its literal text or a replacement field). */
  get insideFString(): boolean {
    return this.fTop > 0;
  }

  /** Brackets open at the current position, innermost last: the char, its line and 0-based char column. */
  get openBrackets(): { char: string; line: number; col: number }[] {
    const out = [];
    for (let i = 0; i < this.level; i++) {
      out.push({ char: String.fromCharCode(this.parenChar[i]), line: this.parenLine[i], col: this.charColumn(this.parenOffset[i]) });
    }
    return out;
  }

  /** The text of line N (with its newline), '' past the end. */
  lineText(line: number): string {
    const starts = this.getLineStarts();
    if (line < 1 || line > starts.length) return '';
    const end = line < starts.length ? starts[line] : this.len;
    return this.source.slice(starts[line - 1], end);
  }

  /** The 0-based character (code point) column of a UTF-16 offset. */
  charColumn(offset: number): number {
    const ls = this.source.lastIndexOf('\n', offset - 1) + 1;
    return codePointCount(this.source, ls, offset);
  }

  /**
   * The line text CPython puts in a SyntaxError the parser raises at `lineno` now: while
   * the tokenizer has not gone past that line, the text it holds for the current statement
   * (possibly several lines, newline included); otherwise the line alone without newline.
   * Invalid source bytes show as U+FFFD.
   */
  errorLineText(lineno: number): string {
    const inp = this.lineEnd();
    if (this.line <= lineno && inp > this.bufStart) return replaceInvalid(this.source.slice(this.bufStart, inp));
    const text = this.lineText(lineno);
    return replaceInvalid(text.endsWith('\n') ? text.slice(0, -1) : text);
  }

  /**
   * Where CPython's parser puts an error at a token without a column (INDENT, DEDENT,
   * ENDMARKER): the tokenizer cursor's byte column in its line, 0 when no line is read.
   */
  cursorByteColumn(): number {
    return this.pos === this.bufStart ? 0 : utf8Length(this.source, this.lineStart, this.pos);
  }

  // ---- regular mode ----

  /** One token outside f-string literal text (CPython's tok_get_normal_mode). */
  private token(): Tok {
    const src = this.source;
    const len = this.len;
    nextline: for (;;) {
      let blankline = false;
      if (this.atBol) blankline = this.indentation();
      if (this.pendin !== 0) {
        const p = this.pos;
        let kind: Tok;
        if (this.pendin < 0) {
          this.pendin++;
          kind = Tok.DEDENT;
        } else {
          this.pendin--;
          kind = Tok.INDENT;
        }
        this.tokens.push(kind, p, p, this.line, -1, this.line, -1);
        return kind;
      }
      let pos = this.pos;
      for (;;) {
        let c = src.charCodeAt(pos);
        while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++pos);
        const start = pos;

        if (c === 35 /* # */) {
          let end = src.indexOf('\n', pos);
          if (end < 0) end = len;
          if (this.typeComments) {
            const r = this.typeComment(start, end, blankline);
            if (r === Tok.TYPE_COMMENT) return r;
            if (r === IGNORED) continue nextline; // the parser never sees a `type: ignore`
          }
          pos = end;
          c = src.charCodeAt(pos);
        }

        if (pos >= len) {
          this.pos = pos;
          if (this.level > 0) throw this.unclosedBracketError();
          if (this.singleInput && !this.closedSingle && this.tokens.count > 0) {
            this.closedSingle = true;
            const lastKind = this.tokens.kind[this.tokens.count - 1];
            if (lastKind !== Tok.NEWLINE) this.tokens.push(Tok.NEWLINE, pos, pos, this.line, -1, this.line, -1);
            for (; this.indent > 0; this.indent--) this.tokens.push(Tok.DEDENT, pos, pos, this.line, -1, this.line, -1);
          }
          this.tokens.push(Tok.ENDMARKER, pos, pos, this.line, -1, this.line, -1);
          this.ended = true;
          return Tok.ENDMARKER;
        }

        if (c < 128 ? (ASCII_CLASS[c] & ID_START) !== 0 : true) return this.nameOrString(pos);

        if (c === 10) {
          this.pos = pos + 1;
          this.atBol = true;
          this.pendingLine = true;
          if (blankline || this.level > 0) continue nextline;
          const col = this.byteCol(start);
          this.tokens.push(Tok.NEWLINE, start, pos + 1, this.line, col, this.line, this.byteCol(pos) + 1);
          return Tok.NEWLINE;
        }

        if (c === 46 /* . */) {
          const d = src.charCodeAt(pos + 1);
          if (isDigit(d)) return this.number(pos);
          if (d === 46 && src.charCodeAt(pos + 2) === 46) return this.simple(Tok.ELLIPSIS, pos, 3);
          return this.simple(Tok.DOT, pos, 1);
        }

        if (isDigit(c)) return this.number(pos);

        if (c === 34 || c === 39) return this.string(pos, pos);

        if (c === 92 /* \ */) {
          if (src.charCodeAt(pos + 1) !== 10) {
            this.pos = Math.min(pos + 2, len);
            throw this.lineContinuationError();
          }
          if (pos + 2 >= len) {
            this.pos = len;
            throw this.unexpectedEofError();
          }
          pos += 2;
          this.advanceLine(pos, false);
          continue;
        }

        this.pos = pos;
        return this.operator(c, pos);
      }
    }
  }

  /**
   * Measures the indentation of a new line and queues INDENT/DEDENT tokens; returns whether
   * the line is blank or holds only a comment (those affect nothing).
   */
  private indentation(): boolean {
    const src = this.source;
    this.atBol = false;
    let pos = this.pos;
    if (this.pendingLine) {
      this.pendingLine = false;
      if (pos < this.len) this.newLine(pos, true);
    }
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = src.charCodeAt(pos);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
        altcol++;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92) {
        // The first backslash decides the indentation of what a continued line holds.
        contLineCol = contLineCol || col;
        if (src.charCodeAt(pos + 1) !== 10) {
          this.pos = Math.min(pos + 2, this.len);
          throw this.lineContinuationError();
        }
        if (pos + 2 >= this.len) {
          this.pos = this.len;
          throw this.unexpectedEofError();
        }
        pos += 2;
        this.newLine(pos, true);
        continue;
      } else break;
      pos++;
    }
    this.pos = pos;
    const blank = c === 35 || c === 10;
    if (!blank && this.level === 0) {
      if (contLineCol) col = altcol = contLineCol;
      const ind = this.indent;
      const ind0 = this.indStack[ind];
      if (col === ind0) {
        if (altcol !== this.altIndStack[ind]) throw this.indentError('TabError', MSG.tabError);
      } else if (col > ind0) {
        if (ind + 1 >= MAXINDENT) throw this.indentError('IndentationError', MSG.tooDeep);
        if (altcol <= this.altIndStack[ind]) throw this.indentError('TabError', MSG.tabError);
        this.pendin++;
        this.indStack[++this.indent] = col;
        this.altIndStack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < this.indStack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indStack[this.indent]) throw this.dedentError();
        if (altcol !== this.altIndStack[this.indent]) throw this.indentError('TabError', MSG.tabError);
      }
    }
    return blank;
  }

  /**
   * A comment at `start` ending at `end`, in type-comments mode: emits TYPE_COMMENT and
   * returns it, records a `type: ignore` and returns IGNORED (having consumed the newline
   * too when the comment is alone on its line), or returns NOT_TYPE_COMMENT.
   */
  private typeComment(start: number, end: number, blankline: boolean): number {
    const src = this.source;
    // "# type: " where each space stands for any run of spaces and tabs; CPython's bound
    // includes the newline it has read.
    const bound = end < this.len ? end + 1 : end;
    const prefix = '# type: ';
    let p = start;
    let i = 0;
    for (; i < prefix.length && p < bound; i++) {
      const pc = prefix.charCodeAt(i);
      if (pc === 32) {
        while (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9) p++;
      } else if (src.charCodeAt(p) === pc) p++;
      else break;
    }
    if (i < prefix.length) return NOT_TYPE_COMMENT;
    const ignoreEnd = p + 6;
    let isIgnore = end >= ignoreEnd && src.startsWith('ignore', p);
    if (isIgnore && end > ignoreEnd) {
      const c = src.charCodeAt(ignoreEnd);
      if (c >= 128 || (ASCII_CLASS[c] & ID_CHAR && c !== 95)) isIgnore = false;
    }
    if (isIgnore) {
      this.pos = end;
      if (blankline) {
        this.atBol = true;
        if (end < this.len) {
          this.pos = end + 1;
          this.pendingLine = true;
        }
      }
      // pegen copies the token's column span, which includes a newline consumed with it.
      this.typeIgnores.push({ lineno: this.line, tag: src.slice(ignoreEnd, this.pos) });
      return IGNORED;
    }
    this.pos = end;
    this.tokens.push(Tok.TYPE_COMMENT, p, end, this.line, this.byteCol(p), this.line, this.byteCol(end), src.slice(p, end));
    return Tok.TYPE_COMMENT;
  }

  /** A name, keyword, or a string or f-string with a prefix, starting at `start`. */
  private nameOrString(start: number): Tok {
    const src = this.source;
    let p = start;
    let c = src.charCodeAt(p);
    // String prefixes: b, r, u, f in the combinations Python allows, any case.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const lc = c | 32;
      if (lc === 98 /* b */ && !(sawB || sawU || sawF)) sawB = true;
      else if (lc === 117 /* u */ && !(sawB || sawU || sawR || sawF)) sawU = true;
      else if (lc === 114 /* r */ && !(sawR || sawU)) sawR = true;
      else if (lc === 102 /* f */ && !(sawF || sawB || sawU)) sawF = true;
      else break;
      c = src.charCodeAt(++p);
      if (c === 34 || c === 39) return sawF ? this.fstringStart(start, p) : this.string(start, p);
    }
    let nonAscii = false;
    for (;;) {
      if (c < 128) {
        if ((ASCII_CLASS[c] & ID_CHAR) === 0) break;
      } else if (c >= 128) nonAscii = true;
      else break; // end of input
      c = src.charCodeAt(++p);
    }
    this.pos = p;
    const col = this.byteCol(start);
    const endCol = this.byteCol(p);
    if (nonAscii) {
      // Keywords are ASCII: a name that NFKC-normalizes to one (`ｉｆ`) stays a NAME, as in CPython.
      const text = src.slice(start, p);
      this.verifyIdentifier(text, start);
      this.tokens.push(Tok.NAME, start, p, this.line, col, this.line, endCol, text.normalize('NFKC'));
      return Tok.NAME;
    }
    const kw = keywordAt(src, start, p - start);
    if (kw !== Tok.NAME) {
      this.tokens.push(kw, start, p, this.line, col, this.line, endCol);
      return kw;
    }
    this.tokens.push(Tok.NAME, start, p, this.line, col, this.line, endCol, src.slice(start, p));
    return Tok.NAME;
  }

  /** PEP 3131 (lexer.c verify_identifier): raises for undecodable bytes or a character that cannot be in a name. */
  private verifyIdentifier(text: string, start: number): void {
    if (hasEscapedByte(text)) {
      // CPython fails to decode the name; its parser reports it at the cursor, after the name.
      const detail = utf8ErrorMessage(escapedBytes(text))!;
      const e = this.stateError('SyntaxError', MSG.unicodeError(detail), this.line, this.cursorByteColumn(), this.line, -1);
      this.deferredError = false;
      throw e;
    }
    const bad = invalidIdentifierIndex(text);
    if (bad < 0) return;
    const ch = String.fromCodePoint(text.codePointAt(bad)!);
    const msg = isPrintable(ch) ? MSG.invalidCharacter(ch) : MSG.invalidNonPrintable(ch);
    throw this.error_(msg, start + bad + ch.length);
  }

  /** A string literal whose prefix starts at `start` and whose opening quote is at `q`. */
  private string(start: number, q: number): Tok {
    const src = this.source;
    const quote = src.charCodeAt(q);
    const line0 = this.line;
    const lineStart0 = this.lineStart;
    const col0 = this.byteCol(start);
    let quoteSize = 1;
    let endQuote = 0;
    let p = q + 1;
    if (src.charCodeAt(p) === quote) {
      if (src.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        p++;
        endQuote = 1; // the empty string
      }
    }
    let escapedQuote = false;
    while (endQuote !== quoteSize) {
      const c = src.charCodeAt(p);
      if (c === 10) {
        if (quoteSize === 1) throw this.unterminatedString(start, line0, lineStart0, quote, 1, escapedQuote);
        this.advanceLine(p + 1, false);
      } else if (c !== c) {
        throw this.unterminatedString(start, line0, lineStart0, quote, quoteSize, escapedQuote);
      }
      p++;
      if (c === quote) endQuote++;
      else {
        endQuote = 0;
        if (c === 92) {
          const d = src.charCodeAt(p);
          if (d === d) {
            p++;
            if (d === quote) escapedQuote = true;
            else if (d === 10) this.advanceLine(p, false);
          }
        }
      }
    }
    this.pos = p;
    this.tokens.push(Tok.STRING, start, p, line0, col0, this.line, this.byteCol(p), src.slice(start, p));
    return Tok.STRING;
  }

  private unterminatedString(
    start: number,
    line0: number,
    lineStart0: number,
    quote: number,
    quoteSize: number,
    escapedQuote: boolean,
  ): PySyntaxError {
    const detected = this.line;
    const f = this.fstrings[this.fTop];
    let msg: string;
    if (this.fTop > 0 && f.quote === quote && f.quoteSize === quoteSize) msg = MSG.fstringExpectingBrace;
    else if (quoteSize === 3) msg = MSG.unterminatedTripleString(detected);
    else if (escapedQuote) msg = MSG.unterminatedStringEscapedQuote(detected);
    else msg = MSG.unterminatedString(detected);
    return tokenizerError(this.source, this.filename, msg, line0, lineStart0, start + 1);
  }

  /** FSTRING_START: the prefix at `start`, the quote at `q`. */
  private fstringStart(start: number, q: number): Tok {
    const src = this.source;
    const quote = src.charCodeAt(q);
    const quoteSize = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote ? 3 : 1;
    const p = q + quoteSize;
    this.pos = p;
    if (this.fTop + 1 >= MAXFSTRINGLEVEL) throw this.error_(MSG.tooManyNestedFStrings, p);
    const top = ++this.fTop;
    if (top === this.fstrings.length) this.fstrings.push(new FString());
    const f = this.fstrings[top];
    f.mode = FMode.LITERAL;
    f.quote = quote;
    f.quoteSize = quoteSize;
    const c0 = src.charCodeAt(start) | 32;
    f.raw = c0 === 114 || (src.charCodeAt(start + 1) | 32) === 114;
    f.start = start;
    f.startLine = this.line;
    f.startLineStart = this.lineStart;
    f.depth = 0;
    f.exprDepth = -1;
    f.inFormatSpec = false;
    this.tokens.push(Tok.FSTRING_START, start, p, this.line, this.byteCol(start), this.line, this.byteCol(p));
    return Tok.FSTRING_START;
  }

  /** A NUMBER starting at `start` (a digit, or a point before a digit). */
  private number(start: number): Tok {
    const p = scanNumber(this.source, start, this.numberHost);
    this.pos = p;
    this.tokens.push(Tok.NUMBER, start, p, this.line, this.byteCol(start), this.line, this.byteCol(p), this.source.slice(start, p));
    return Tok.NUMBER;
  }

  /** An operator, delimiter or bracket at `pos` (whose first character is `c`), or OP for any other printable character. */
  private operator(c: number, pos: number): Tok {
    switch (c) {
      case 40: case 91: case 123: // ( [ {
        return this.openBracket(c, pos);
      case 41: case 93: case 125: // ) ] }
        return this.closeBracket(c, pos);
      case 58: // :
        if (this.fTop > 0 && this.formatSpecColon(pos)) return Tok.COLON;
    }
    const op = operatorAt(this.source, pos, c);
    if (op >= 0) {
      const kind = (op & 0xff) as Tok;
      const n = op >> 8;
      if (kind === Tok.NOTEQUAL && c === 60) {
        this.pos = pos + 2;
        const col = this.byteCol(pos);
        this.tokens.push(Tok.NOTEQUAL, pos, pos + 2, this.line, col, this.line, col + 2, '<>');
        return Tok.NOTEQUAL;
      }
      return this.simple(kind, pos, n);
    }
    if (c < 32 || c === 127) throw this.error_(MSG.invalidNonPrintable(String.fromCharCode(c)), pos + 1);
    this.pos = pos + 1;
    const col = this.byteCol(pos);
    this.tokens.push(Tok.OP, pos, pos + 1, this.line, col, this.line, col + 1, this.source[pos]);
    return Tok.OP;
  }

  private simple(kind: Tok, pos: number, n: number): Tok {
    this.pos = pos + n;
    const col = this.byteCol(pos);
    this.tokens.push(kind, pos, pos + n, this.line, col, this.line, col + n);
    return kind;
  }

  /**
   * A `:` inside an f-string: when it is at the level of the replacement field itself (not
   * nested in brackets), it starts the format spec; emits the COLON and returns true.
   */
  private formatSpecColon(pos: number): boolean {
    const f = this.fstrings[this.fTop];
    if (f.exprDepth < 0 || f.depth - 1 !== f.exprDepth) return false;
    f.mode = FMode.LITERAL;
    f.inFormatSpec = true;
    this.simple(Tok.COLON, pos, 1);
    return true;
  }

  private openBracket(c: number, pos: number): Tok {
    if (this.level >= MAXLEVEL) throw this.error_(MSG.tooManyParens, pos + 1);
    this.parenChar[this.level] = c;
    this.parenLine[this.level] = this.line;
    this.parenOffset[this.level] = pos;
    this.level++;
    if (this.fTop > 0) this.fstrings[this.fTop].depth++;
    return this.simple(c === 40 ? Tok.LPAR : c === 91 ? Tok.LSQB : Tok.LBRACE, pos, 1);
  }

  private closeBracket(c: number, pos: number): Tok {
    const ch = String.fromCharCode(c);
    const f = this.fTop > 0 ? this.fstrings[this.fTop] : null;
    if (f !== null && f.depth === 0 && c === 125) throw this.error_(MSG.fstringSingleBrace, pos + 1);
    if (this.level === 0) throw this.error_(MSG.unmatched(ch), pos + 1);
    this.level--;
    const open = this.parenChar[this.level];
    if (!((open === 40 && c === 41) || (open === 91 && c === 93) || (open === 123 && c === 125))) {
      if (f !== null && open === 123 && f.depth - 1 === f.exprDepth) throw this.error_(MSG.fstringUnmatched(ch), pos + 1);
      const openCh = String.fromCharCode(open);
      const openLine = this.parenLine[this.level];
      throw this.error_(
        openLine !== this.line ? MSG.mismatchedParenOnLine(ch, openCh, openLine) : MSG.mismatchedParen(ch, openCh),
        pos + 1,
      );
    }
    if (f !== null) {
      f.depth--;
      if (f.depth < 0) throw this.error_(MSG.fstringUnmatched(ch), pos + 1);
      if (c === 125 && f.depth === f.exprDepth) {
        f.exprDepth--;
        f.mode = FMode.LITERAL;
        f.inFormatSpec = false;
      }
    }
    return this.simple(c === 41 ? Tok.RPAR : c === 93 ? Tok.RSQB : Tok.RBRACE, pos, 1);
  }

  // ---- f-string literal text ----

  /** FSTRING_MIDDLE or FSTRING_END, or the first token of a replacement field (CPython's tok_get_fstring_mode). */
  private literalToken(f: FString): Tok {
    const src = this.source;
    if (this.pendingLine) {
      this.pendingLine = false;
      if (this.pos < this.len) this.newLine(this.pos, false);
    }
    const start = this.pos;
    const line0 = this.line;
    let p = start;
    let c = src.charCodeAt(p);
    if (c === 123 && src.charCodeAt(p + 1) !== 123) {
      if (++f.exprDepth >= MAX_EXPR_NESTING) throw this.error_(MSG.fstringNestedTooDeeply, p);
      f.mode = FMode.FIELD;
      return this.token();
    }
    let q = 0;
    while (q < f.quoteSize && src.charCodeAt(p + q) === f.quote) q++;
    if (q === f.quoteSize) {
      p += q;
      this.pos = p;
      this.fTop--;
      this.tokens.push(Tok.FSTRING_END, start, p, line0, this.byteCol(start), this.line, this.byteCol(p));
      return Tok.FSTRING_END;
    }
    const col0 = this.byteCol(start);
    let endQuote = 0;
    let unicodeEscape = false;
    for (;;) {
      c = src.charCodeAt(p);
      const inSpec = f.inFormatSpec && f.exprDepth >= 0;
      if (c !== c || (c === 10 && f.quoteSize === 1)) {
        if (inSpec && c === 10) {
          f.mode = FMode.FIELD;
          f.inFormatSpec = false;
          return this.middle(start, p, p, line0, col0);
        }
        const detected = this.line;
        const msg = f.quoteSize === 3 ? MSG.unterminatedTripleFString(detected) : MSG.unterminatedFString(detected);
        throw tokenizerError(src, this.filename, msg, f.startLine, f.startLineStart, f.start + 1);
      }
      p++;
      if (c === f.quote) {
        if (++endQuote === f.quoteSize) break;
        continue;
      }
      endQuote = 0;
      if (c === 123) {
        if (src.charCodeAt(p) !== 123 || inSpec) {
          p--;
          if (++f.exprDepth >= MAX_EXPR_NESTING) throw this.error_(MSG.fstringNestedTooDeeply, p);
          f.mode = FMode.FIELD;
          f.inFormatSpec = false;
          return this.middle(start, p, p, line0, col0);
        }
        return this.middle(start, p, p + 1, line0, col0); // `{{` stands for one brace
      }
      if (c === 125) {
        if (unicodeEscape) return this.middle(start, p, p, line0, col0);
        if (src.charCodeAt(p) === 125 && !inSpec && f.depth === 0) return this.middle(start, p, p + 1, line0, col0);
        p--;
        f.mode = FMode.FIELD;
        f.inFormatSpec = false;
        return this.middle(start, p, p, line0, col0);
      }
      if (c === 92) {
        const d = src.charCodeAt(p);
        if (d === 123 || d === 125) {
          if (!f.raw) this.warn(MSG.invalidEscape(String.fromCharCode(d)), p + 1);
          continue; // the brace is read again, as a brace
        }
        if (d !== d) continue;
        p++;
        if (d === 10) this.advanceLine(p, false);
        else if (d === 78 /* N */ && !f.raw && src.charCodeAt(p) === 123) {
          p++;
          unicodeEscape = true;
        }
      } else if (c === 10) this.advanceLine(p, false);
    }
    return this.middle(start, p - f.quoteSize, p - f.quoteSize, line0, col0);
  }

  /** Emits FSTRING_MIDDLE with text [start, valueEnd) spanning [start, end) (a doubled brace spans two characters, gives one). */
  private middle(start: number, valueEnd: number, end: number, line0: number, col0: number): Tok {
    this.pos = end;
    this.tokens.push(Tok.FSTRING_MIDDLE, start, end, line0, col0, this.line, this.byteCol(end), this.source.slice(start, valueEnd));
    return Tok.FSTRING_MIDDLE;
  }

  // ---- positions ----

  /** The line that starts at `p` is read; one read between tokens starts a new statement text (bufStart). */
  private newLine(p: number, betweenTokens: boolean): void {
    this.line++;
    this.lineStart = p;
    if (betweenTokens) this.bufStart = p;
  }

  /** Inside a token, a newline ended just before `p`: the next line is read unless the input ends. */
  private advanceLine(p: number, betweenTokens: boolean): void {
    if (p < this.len) this.newLine(p, betweenTokens);
  }

  /** The end of the current line (tok->inp): after its newline, or the end of input. */
  private lineEnd(): number {
    if (this.len === 0) return 0;
    const nl = this.source.indexOf('\n', this.lineStart);
    return nl < 0 ? this.len : nl + 1;
  }

  /** The UTF-8 byte column of `offset`, which must be on the current line. */
  private byteCol(offset: number): number {
    const ls = this.lineStart;
    if (this.nonAscii < ls) this.nonAscii = findNonAscii(this.source, ls);
    if (offset <= this.nonAscii) return offset - ls;
    let from = ls;
    let bytes = 0;
    if (this.colLine === ls && offset >= this.colOffset) {
      from = this.colOffset;
      bytes = this.colBytes;
    }
    bytes += utf8Length(this.source, from, offset);
    this.colLine = ls;
    this.colOffset = offset;
    this.colBytes = bytes;
    return bytes;
  }

  private getLineStarts(): Int32Array {
    if (this.lineStarts === null) {
      const starts = [0];
      const src = this.source;
      for (let i = src.indexOf('\n'); i >= 0 && i + 1 < src.length; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = this.len === 0 ? new Int32Array(0) : Int32Array.from(starts);
    }
    return this.lineStarts;
  }

  // ---- errors and warnings ----

  /** A SyntaxError raised by the tokenizer with its cursor at `cursor` on the current line. */
  private error_(msg: string, cursor: number): PySyntaxError {
    return tokenizerError(this.source, this.filename, msg, this.line, this.lineStart, cursor);
  }

  private warn(msg: string, cursor: number): void {
    if (this.onWarning === undefined) return;
    try {
      this.onWarning(msg, this.line, codePointCount(this.source, this.lineStart, cursor));
    } catch {
      throw this.error_(msg, cursor);
    }
  }

  /** An error CPython's parser raises from the tokenizer's state, at 1-based byte columns (RAISE_ERROR_KNOWN_LOCATION). */
  private stateError(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    this.deferredError = true;
    return pegenError(type, this.filename, msg, lineno, col, endLineno, endCol, this.errorLineText(lineno));
  }

  /** TabError and "too many levels of indentation": CPython points at column 1 of the line. */
  private indentError(type: SyntaxErrorType, msg: string): PySyntaxError {
    this.pos = this.lineEnd();
    return this.stateError(type, msg, this.line, 1, this.line, 0);
  }

  /** E_DEDENT, raised without a known column: the cursor, moved to the end of the line. */
  private dedentError(): PySyntaxError {
    this.pos = this.lineEnd();
    return this.stateError('IndentationError', MSG.dedentError, this.line, this.cursorByteColumn(), this.line, -1);
  }

  /** A backslash not followed by a newline; the cursor is after the character that follows it. */
  private lineContinuationError(): PySyntaxError {
    const col = utf8Length(this.source, this.bufStart, this.pos) - 1;
    return this.stateError('SyntaxError', MSG.lineContinuation, this.line, Math.max(col, 0) + 1, this.line, 0);
  }

  /** A backslash continuation at the end of input. */
  private unexpectedEofError(): PySyntaxError {
    if (this.level > 0) return this.unclosedBracketError();
    this.pos = this.lineEnd();
    return this.stateError('SyntaxError', MSG.unexpectedEof, this.line, this.cursorByteColumn(), this.line, -1);
  }

  /** The end of input inside brackets: CPython's parser reports the innermost one. */
  private unclosedBracketError(): PySyntaxError {
    const i = this.level - 1;
    const line = this.parenLine[i];
    const off = this.parenOffset[i];
    const ls = this.source.lastIndexOf('\n', off - 1) + 1;
    const col = utf8Length(this.source, ls, off);
    return this.stateError('SyntaxError', MSG.neverClosed(String.fromCharCode(this.parenChar[i])), line, col + 1, line, 0);
  }
}

/** typeComment results besides Tok.TYPE_COMMENT. */
const IGNORED = -1;
const NOT_TYPE_COMMENT = -2;

const NON_ASCII = /[^\x00-\x7f]/g;

/** The offset of the first non-ASCII character at or after `from`, or a huge number. */
function findNonAscii(src: string, from: number): number {
  NON_ASCII.lastIndex = from;
  const m = NON_ASCII.exec(src);
  return m === null ? Number.MAX_SAFE_INTEGER : m.index;
}
