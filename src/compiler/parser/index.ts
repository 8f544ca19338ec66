// The front end's entry point: source (text or bytes) in, an AST exactly as CPython 3.13's
// `ast.parse` builds it out, or a PySyntaxError.
import { Expression, FunctionType, Interactive, Module, TypeIgnore, expr, mod, stmt } from '../../generated/ast';
import { PySyntaxError } from '../errors';
import { decodeSource } from '../source';
import { Tok } from '../tokens';
import { Tokenizer } from '../tokenizer';
import { parseExpression, parseExpressions, parseStarExpression } from './expressions';
import { Parser, parserStackOverflow } from './parser';
import { parseStatement, parseStatements } from './statements';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** `ast.parse(..., type_comments=True)`: TYPE_COMMENT tokens and TypeIgnore nodes. */
  readonly typeComments?: boolean;
  /** Receives SyntaxWarnings (for example invalid escape sequences) as CPython would emit them. */
  readonly onWarning?: (message: string, lineno: number, col: number) => void;
}

/**
 * Parses `source` as `ast.parse(source, filename, mode)` does. Bytes are decoded as CPython
 * decodes source files (BOM, PEP 263 coding declaration, UTF-8 by default).
 * Throws PySyntaxError for invalid source and PyCompileError for input too deep to parse.
 */
export function parse(source: string | Uint8Array, filename: string, mode: ParseMode, options: ParseOptions = {}): mod {
  const text = typeof source === 'string' ? source : decodeSource(source, filename);
  const tokenizer = new Tokenizer(text, filename, {
    typeComments: options.typeComments ?? false,
    // CPython ends only file input with a newline of its own.
    execInput: mode === 'exec',
    singleInput: mode === 'single',
    onWarning: options.onWarning,
  });
  // Token offsets index the tokenizer's text: newlines normalized, a final one added.
  const p = new Parser(tokenizer, tokenizer.source, filename, options);
  try {
    return parseMode(p, mode);
  } catch (e) {
    // The JS stack ran out before our own depth limit: the same condition as CPython's.
    if (e instanceof RangeError) throw parserStackOverflow();
    if (e instanceof PySyntaxError && !p.tokenizerFailed && !isStrayIndentation(e)) {
      throw tokenizerErrorLaterInFile(p, e, p.toks.line[p.toks.count - 1]);
    }
    throw e;
  }
}

function parseMode(p: Parser, mode: ParseMode): mod {
  switch (mode) {
    case 'exec': {
      const body = parseStatements(p, Tok.ENDMARKER);
      const ignores = p.tokenizer.typeIgnores.map((ti) => new TypeIgnore(ti.lineno, ti.tag));
      return new Module(body, ignores);
    }
    case 'eval': {
      const body = parseExpressions(p);
      while (p.eat(Tok.NEWLINE));
      if (p.peek() !== Tok.ENDMARKER) p.fail();
      return new Expression(body);
    }
    case 'single':
      return new Interactive(parseInteractive(p));
    case 'func_type':
      return parseFunctionType(p);
  }
}

/** `statement_newline`: one statement, as the interactive prompt compiles it. */
function parseInteractive(p: Parser): stmt[] {
  const body: stmt[] = [];
  const k = p.peek();
  if (k === Tok.NEWLINE || k === Tok.ENDMARKER) return body;
  parseStatement(p, body);
  const compound = body.length === 1 && !isSimpleStatement(body[0]);
  if (compound && p.peek() !== Tok.NEWLINE && p.peek() !== Tok.ENDMARKER) p.fail();
  if (codeFollows(p.source, p.toks.end[p.toks.count - 1])) {
    p.raiseAtLastToken('multiple statements found while compiling a single statement');
  }
  return body;
}

function isSimpleStatement(s: stmt): boolean {
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
    case 'If':
    case 'While':
    case 'For':
    case 'AsyncFor':
    case 'With':
    case 'AsyncWith':
    case 'Try':
    case 'TryStar':
    case 'Match':
      return false;
    default:
      return true;
  }
}

/** Whether anything but blanks and comments follows `from` (CPython's `bad_single_statement`). */
function codeFollows(source: string, from: number): boolean {
  let i = from;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) i++;
    else if (c === 0x23) {
      while (i < source.length && source.charCodeAt(i) !== 0x0a) i++;
    } else return true;
  }
  return false;
}

/** `func_type`: `(argument types) -> return type`, the signature type comments of PEP 484. */
function parseFunctionType(p: Parser): FunctionType {
  p.expect(Tok.LPAR);
  const argtypes: expr[] = [];
  while (p.peek() !== Tok.RPAR) {
    if (p.peek() === Tok.DOUBLESTAR) {
      p.pos++;
      argtypes.push(parseExpression(p));
    } else {
      argtypes.push(parseStarExpression(p));
    }
    if (!p.eat(Tok.COMMA)) break;
  }
  p.expect(Tok.RPAR);
  p.expect(Tok.RARROW);
  const returns = parseExpression(p);
  while (p.eat(Tok.NEWLINE));
  if (p.peek() !== Tok.ENDMARKER) p.fail();
  return new FunctionType(argtypes, returns);
}

/**
 * The generic error at a stray INDENT or DEDENT, which CPython raises without looking at the
 * rest of the file (`_Pypegen_set_syntax_error` returns before it tokenizes the rest).
 */
function isStrayIndentation(e: PySyntaxError): boolean {
  return e.type === 'IndentationError' && (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent');
}

/**
 * CPython reports a tokenizer error anywhere after a parser error in preference to it
 * (`_PyPegen_tokenize_full_source_to_check_for_errors`), and an end of input inside a
 * bracket opened before the error's line as that bracket never closed.
 */
function tokenizerErrorLaterInFile(p: Parser, parserError: PySyntaxError, lastLine: number): PySyntaxError {
  const tokenizer = p.tokenizer;
  try {
    while (tokenizer.next() !== Tok.ENDMARKER);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython 3.13 reports no error met inside an f-string from this scan, not even an
    // unclosed bracket (`x -\nf'` is "invalid syntax" on line 1).
    if (tokenizer.insideFString) return parserError;
    // Errors CPython's tokenizer only signals there (the end of input inside brackets, bad
    // indentation, a stray continuation) leave the parser's error standing, but for the
    // bracket rule below.
    if (tokenizer.deferredError) return unclosedBracketBefore(p, lastLine) ?? parserError;
    return e;
  }
  return unclosedBracketBefore(p, lastLine) ?? parserError;
}

/**
 * The end of input inside a bracket opened on a line before `line`, the line of the last token
 * the parser fetched when it failed, if it is so.
 */
function unclosedBracketBefore(p: Parser, line: number): PySyntaxError | null {
  const open = p.tokenizer.openBrackets;
  if (open.length > 0 && line > open[open.length - 1].line) {
    return p.unclosedBracketError();
  }
  return null;
}
