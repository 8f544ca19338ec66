// Where the errors of the stages after the parser point, and the factory that builds them
// (PySyntaxErrors at AST nodes) for the future-import check, the symbol table and the code
// generator.
//
// CPython fills in compiler errors differently from parser errors. The offsets are the node's
// UTF-8 byte columns plus one — never converted to characters as the parser's are, so on a line
// with non-ASCII text before the error they are larger than a character count — and `text` is
// read back from the file named `filename`, so a source compiled under a name that is no file
// (`<string>`, `<stdin>`) has none. See ErrorFactory.
import { PySyntaxError } from './errors';

/**
 * A source range as CPython's `location`: 1-based lines and 0-based UTF-8 byte columns, -1 where
 * there is none. Every positioned AST node is one.
 */
export interface Loc {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** CPython's NO_LOCATION, which the code generator gives artificial code after an unwinding. */
export const NO_LOCATION: Loc = Object.freeze({ lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 });

/** CPython's sizes for err_programtext's line buffer: it reads a line in pieces of this many bytes. */
const PROGRAM_TEXT_PIECE = 999;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');
/** Decodes as CPython reads lines back: strictly, a leading byte order mark kept. */
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text CPython reads back to fill in a compiler error's `text`: it reopens the file and
 * decodes the line strictly as UTF-8, whatever encoding the file declares, keeping a byte order
 * mark (_PyErr_ProgramDecodedTextObject in Python/errors.c); a line that is not UTF-8 gives no
 * text. Such a line stands here as UNREADABLE_LINE (decoded source never holds a lone surrogate).
 */
export function sourceTextForErrors(source: string | Uint8Array): string {
  if (typeof source === 'string') return source;
  try {
    return strictUtf8Decoder.decode(source);
  } catch {
    // Some line is not UTF-8: decode line by line, as CPython reads them.
  }
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source[i] !== 0x0a && source[i] !== 0x0d) continue;
    lines.push(decodeLine(source.subarray(start, i)));
    if (source[i] === 0x0d && source[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  return lines.join('\n');
}

/** A line of a bytes source that is not UTF-8, for which CPython gives no `text`. */
const UNREADABLE_LINE = '\udcff';

function decodeLine(bytes: Uint8Array): string {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return UNREADABLE_LINE;
  }
}

/** Builds the errors of the stages after the parser with the fields CPython's compiler gives them. */
export class ErrorFactory {
  /** The lines of the source, split lazily as universal newlines split them. */
  private lines: string[] | null = null;

  constructor(
    private readonly filename: string,
    private readonly sourceText: string,
  ) {}

  /**
   * compiler_error (compile.c) and PyErr_RangedSyntaxLocationObject (symtable.c): a range whose
   * offsets are byte columns + 1. NO_LOCATION gives line -1, offsets 0 and no text, as in CPython.
   */
  at(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError(
      'SyntaxError',
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      this.lineText(loc.lineno),
      loc.end_lineno,
      loc.end_col_offset + 1,
    );
  }

  /** PyErr_SyntaxLocationObject (future.c): a start only; the end line is the start line, no end offset. */
  atStart(msg: string, loc: Loc): PySyntaxError {
    const text = this.lineText(loc.lineno);
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, text, loc.lineno, null);
  }

  /**
   * The `text` CPython gives: line `lineno` as err_programtext (Python/errors.c) reads it back from
   * the file — universal newlines, the line end kept as '\n', of a line longer than the buffer
   * only its last piece, no text at all past the end of the file or for a pseudo-file name.
   */
  private lineText(lineno: number): string | null {
    if (lineno <= 0 || isPseudoFilename(this.filename)) return null;
    this.lines ??= this.sourceText.split(/\r\n|\r|\n/);
    const lines = this.lines;
    if (lineno > lines.length || (lineno === lines.length && lines[lineno - 1] === '')) return null;
    if (lines[lineno - 1] === UNREADABLE_LINE) return null;
    const text = lines[lineno - 1] + (lineno < lines.length ? '\n' : '');
    return lastBufferPiece(text);
  }
}

/** `<string>`, `<stdin>`, `<snippet>`, '': names CPython cannot open to read a line back. */
function isPseudoFilename(filename: string): boolean {
  return filename === '' || (filename.startsWith('<') && filename.endsWith('>'));
}

/**
 * err_programtext reads a line in pieces of 999 bytes and keeps the last piece, which has no text
 * when it starts inside a character; a line that ends the file exactly at a piece boundary reads
 * as end of file (no text).
 */
function lastBufferPiece(text: string): string | null {
  if (text.length < PROGRAM_TEXT_PIECE / 3) return text; // fewer than 999 bytes whatever the characters
  const bytes = utf8Encoder.encode(text);
  let start = 0;
  for (;;) {
    const end = Math.min(start + PROGRAM_TEXT_PIECE, bytes.length);
    if (end === start) return null;
    if (end - start === PROGRAM_TEXT_PIECE && bytes[end - 1] !== 0x0a) {
      start = end;
      continue;
    }
    if (start === 0) return text;
    try {
      return strictUtf8Decoder.decode(bytes.subarray(start, end));
    } catch {
      return null;
    }
  }
}

/** CPython formats some names in messages with `%.100s`: at most 100 bytes of UTF-8, a cut character replaced. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (s.length * 3 <= maxBytes) return s;
  const bytes = utf8Encoder.encode(s);
  return bytes.length <= maxBytes ? s : utf8Decoder.decode(bytes.subarray(0, maxBytes));
}
