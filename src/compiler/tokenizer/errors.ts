// The tokenizer's error messages, each written once, and the two ways CPython turns a
// tokenizer failure into a SyntaxError's position and text:
//  - raised by the tokenizer itself (Parser/tokenizer/helpers.c `_syntaxerror_range`): the
//    offset counts the characters of the line up to the tokenizer's cursor, and the text
//    is the physical line without its newline;
//  - reported through the tokenizer's state and raised by the parser (Parser/pegen_errors.c
//    `_Pypegen_tokenizer_error`, `_PyPegen_raise_error_known_location`): byte offsets
//    converted to characters over the "error line", which is the text the tokenizer has
//    buffered for the current statement, newline included.
import { PySyntaxError, SyntaxErrorType } from '../errors';
import { codePointCount, utf8Length } from './chars';

export const MSG = {
  unterminatedString: (line: number) => `unterminated string literal (detected at line ${line})`,
  unterminatedStringEscapedQuote: (line: number) =>
    `unterminated string literal (detected at line ${line}); perhaps you escaped the end quote?`,
  unterminatedTripleString: (line: number) => `unterminated triple-quoted string literal (detected at line ${line})`,
  unterminatedFString: (line: number) => `unterminated f-string literal (detected at line ${line})`,
  unterminatedTripleFString: (line: number) => `unterminated triple-quoted f-string literal (detected at line ${line})`,
  fstringExpectingBrace: "f-string: expecting '}'",
  fstringSingleBrace: "f-string: single '}' is not allowed",
  fstringUnmatched: (ch: string) => `f-string: unmatched '${ch}'`,
  fstringNestedTooDeeply: 'f-string: expressions nested too deeply',
  tooManyNestedFStrings: 'too many nested f-strings',
  invalidEscape: (ch: string) => `invalid escape sequence '\\${ch}'`,
  tooManyParens: 'too many nested parentheses',
  unmatched: (ch: string) => `unmatched '${ch}'`,
  mismatchedParen: (close: string, open: string) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
  mismatchedParenOnLine: (close: string, open: string, line: number) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${line}`,
  neverClosed: (ch: string) => `'${ch}' was never closed`,
  invalidLiteral: (kind: string) => `invalid ${kind} literal`,
  invalidDigit: (digit: string, kind: string) => `invalid digit '${digit}' in ${kind} literal`,
  leadingZeros: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  invalidCharacter: (ch: string) => `invalid character '${ch}' (U+${hexCode(ch)})`,
  invalidNonPrintable: (ch: string) => `invalid non-printable character U+${hexCode(ch)}`,
  unicodeError: (detail: string) => `(unicode error) ${detail}`,
  lineContinuation: 'unexpected character after line continuation character',
  unexpectedEof: 'unexpected EOF while parsing',
  tabError: 'inconsistent use of tabs and spaces in indentation',
  dedentError: 'unindent does not match any outer indentation level',
  tooDeep: 'too many levels of indentation',
  nullBytes: 'source code string cannot contain null bytes',
} as const;

function hexCode(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

const REPLACE_DECODER = new TextDecoder('utf-8');
const ENCODER = new TextEncoder();

/**
 * `text` as CPython shows it after decoding its UTF-8 with errors="replace": each maximal
 * invalid byte sequence (our escaped bytes U+DC80..U+DCFF) becomes one U+FFFD.
 */
export function replaceInvalid(text: string): string {
  let escaped = false;
  for (let i = 0; i < text.length && !escaped; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    else if (c >= 0xdc80 && c <= 0xdcff) escaped = true;
  }
  if (!escaped) return text;
  const bytes = new Uint8Array(utf8Length(text, 0, text.length));
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes[j++] = c;
    else if (c >= 0xdc80 && c <= 0xdcff) bytes[j++] = c - 0xdc00;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      j += ENCODER.encodeInto(String.fromCodePoint(cp), bytes.subarray(j)).written;
    }
  }
  return REPLACE_DECODER.decode(bytes);
}

/**
 * `_PyPegen_byte_offset_to_character_offset`: how many characters the first `byteOffset`
 * bytes of `text`'s UTF-8 decode to, a cut character counting as one, and the offset clamped
 * to one past the end (where CPython's terminating NUL counts as a character).
 */
export function pegenCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return chars;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  return byteOffset > bytes ? chars + 1 : chars;
}

/**
 * An error raised by the tokenizer itself: its cursor is at `cursor` on the physical line
 * that starts at `lineStart`. `col`/`endCol`, when given, are the 1-based columns CPython
 * passes as they are (`_PyTokenizer_syntaxerror_known_range`, byte based in 3.13).
 */
export function tokenizerError(
  src: string,
  filename: string,
  msg: string,
  lineno: number,
  lineStart: number,
  cursor: number,
  col = -1,
  endCol = -1,
): PySyntaxError {
  let lineEnd = src.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = src.length;
  if (col === -1) {
    const before = replaceInvalid(src.slice(lineStart, cursor));
    col = codePointCount(before, 0, before.length);
  }
  if (endCol === -1) endCol = col;
  const text = replaceInvalid(src.slice(lineStart, lineEnd));
  return new PySyntaxError('SyntaxError', msg, filename, lineno, col, text, lineno, endCol);
}

/**
 * An error CPython's parser raises from the tokenizer's state, at 1-based byte columns over
 * `errorLine` (which the caller got from the tokenizer's `errorLineText`). An end column of
 * zero or less is reported as it is, as CPython does.
 */
export function pegenError(
  type: SyntaxErrorType,
  filename: string,
  msg: string,
  lineno: number,
  col: number,
  endLineno: number,
  endCol: number,
  errorLine: string,
): PySyntaxError {
  const offset = pegenCharOffset(errorLine, col);
  const endOffset = endCol > 0 ? pegenCharOffset(errorLine, endCol) : endCol;
  return new PySyntaxError(type, msg, filename, lineno, offset, errorLine, endLineno, endOffset);
}
