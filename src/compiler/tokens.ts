// Token kinds and the token buffer shared by the tokenizer and the parser.
// The token stream is the one CPython's C tokenizer gives its parser (Parser/lexer/ in
// 3.13): no COMMENT or NL tokens; NEWLINE, INDENT and DEDENT as the grammar sees them;
// f-strings split into FSTRING_START / FSTRING_MIDDLE / FSTRING_END around the tokens
// of their replacement fields (PEP 701); TYPE_COMMENT tokens only in type-comments mode.
// Keywords get kinds of their own so the parser compares small integers, not strings;
// soft keywords (`match`, `case`, `type`, `_`) stay NAME.

export const enum Tok {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TYPE_COMMENT,
  /**
   * A printable ASCII character that is no operator (`$`, `?`, `` ` ``): CPython's tokenizer
   * hands it to the parser as a generic OP token, which no grammar rule accepts, so the
   * parser fails at it (with whatever message its error rules give at that point).
   */
  OP,
  // Operators and delimiters, as CPython's token module names them.
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  EXCLAMATION,
  // Hard keywords.
  KW_FALSE,
  KW_NONE,
  KW_TRUE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_ASYNC,
  KW_AWAIT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
}

/** How each token kind is spelled in source, for error messages ('(' , 'if'); '' for kinds with no fixed text. */
export const TOKEN_TEXT: readonly string[] = [
  '', '', '', '', '', '', '', '', '', '', '', '',
  '(', ')', '[', ']', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '{', '}',
  '==', '!=', '<=', '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '<<=', '>>=', '**=', '//', '//=', '@', '@=', '->', '...', ':=', '!',
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

/** CPython's token module names for the kinds below the keywords, in Tok order. */
const CPYTHON_TOKEN_NAMES: readonly string[] = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'FSTRING_START', 'FSTRING_MIDDLE',
  'FSTRING_END', 'TYPE_COMMENT', 'OP', 'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS',
  'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL',
  'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR',
  'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL',
  'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL',
  'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'EXCLAMATION',
];
if (CPYTHON_TOKEN_NAMES.length !== Tok.KW_FALSE || TOKEN_TEXT.length !== Tok.KW_YIELD + 1) {
  throw new Error('tokens.ts: the token tables are out of step with Tok');
}

/** The name CPython's token module gives a kind; keywords are NAME tokens to CPython's tokenizer. */
export function cpythonTokenName(kind: Tok): string {
  return kind >= Tok.KW_FALSE ? 'NAME' : CPYTHON_TOKEN_NAMES[kind];
}

/** The hard keywords, mapped to their token kinds. */
export const KEYWORDS: ReadonlyMap<string, Tok> = new Map(
  TOKEN_TEXT.map((text, kind) => [text, kind as Tok] as const).filter(([, kind]) => kind >= Tok.KW_FALSE),
);

/**
 * The tokens of one source, as parallel arrays indexed by token number (a struct of
 * arrays: the parser backtracks by index and reads kinds far more often than anything
 * else). Lines are 1-based. Columns are 0-based UTF-8 byte offsets within their line,
 * which is what AST nodes report; `start`/`end` are UTF-16 offsets into the decoded
 * source, from which error messages derive character offsets.
 */
export class TokenBuffer {
  count = 0;
  kind = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  line = new Int32Array(1024);
  col = new Int32Array(1024);
  endLine = new Int32Array(1024);
  endCol = new Int32Array(1024);
  /**
   * NAME: the identifier, NFKC-normalized when it is not ASCII. NUMBER, STRING: the source
   * text of the literal (prefix and quotes included). FSTRING_MIDDLE: the literal text as
   * written (escapes not yet decoded; a doubled brace stands for one brace and is given
   * as one). TYPE_COMMENT: the comment's text after `# type:` and its spaces.
   * OP: the character. NOTEQUAL: '<>' when spelled so (the parser rejects it), else undefined.
   * Other kinds: undefined.
   */
  value: (string | undefined)[] = [];

  push(kind: Tok, start: number, end: number, line: number, col: number, endLine: number, endCol: number, value?: string): number {
    const i = this.count;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.line[i] = line;
    this.col[i] = col;
    this.endLine[i] = endLine;
    this.endCol[i] = endCol;
    this.value[i] = value;
    this.count = i + 1;
    return i;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const kind = new Uint8Array(n);
    kind.set(this.kind);
    this.kind = kind;
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.line = grow32(this.line);
    this.col = grow32(this.col);
    this.endLine = grow32(this.endLine);
    this.endCol = grow32(this.endCol);
  }
}
