// Number literals, scanned as CPython 3.13's tokenizer scans them (Parser/lexer/lexer.c,
// the number branch of tok_get_normal_mode and verify_end_of_number), with its errors at
// the same cursor positions.
import { PySyntaxError } from '../errors';
import { ASCII_CLASS, HEX_DIGIT, ID_CHAR, isDigit, isPotentialIdentifierChar } from './chars';
import { MSG } from './errors';

/** What the number scanner needs from the tokenizer. Cursors are source offsets. */
export interface NumberHost {
  /** The tokenizer's SyntaxError with its cursor at `cursor` on the current line. */
  error(msg: string, cursor: number): PySyntaxError;
  /** A SyntaxWarning (which may itself throw, when warnings are errors). */
  warn(msg: string, cursor: number): void;
  /** "leading zeros" for the number at `start` whose zeros end before `zerosEnd`. */
  leadingZeros(start: number, zerosEnd: number, cursor: number): PySyntaxError;
}

/** Scans the number at `start` (a digit, or a point before a digit); returns where it ends. */
export function scanNumber(src: string, start: number, host: NumberHost): number {
  let p = start;
  let c = src.charCodeAt(p);
  if (c === 46) return fraction(src, p + 1, host);
  if (c !== 48 /* 0 */) {
    p = decimalTail(src, p, host);
    return afterInteger(src, p, host);
  }
  c = src.charCodeAt(++p);
  const lc = c | 32;
  if (lc === 120 /* x */) {
    c = src.charCodeAt(++p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (!(c < 128 && ASCII_CLASS[c] & HEX_DIGIT)) throw host.error(MSG.invalidLiteral('hexadecimal'), p);
      do c = src.charCodeAt(++p);
      while (c < 128 && ASCII_CLASS[c] & HEX_DIGIT);
    } while (c === 95);
    endOfNumber(src, p, 'hexadecimal', host);
    return p;
  }
  if (lc === 111 /* o */ || lc === 98 /* b */) {
    const kind = lc === 111 ? 'octal' : 'binary';
    const max = lc === 111 ? 55 /* 7 */ : 49 /* 1 */;
    c = src.charCodeAt(++p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (!(c >= 48 && c <= max)) {
        if (isDigit(c)) throw host.error(MSG.invalidDigit(String.fromCharCode(c), kind), p + 1);
        throw host.error(MSG.invalidLiteral(kind), p);
      }
      do c = src.charCodeAt(++p);
      while (c >= 48 && c <= max);
    } while (c === 95);
    if (isDigit(c)) throw host.error(MSG.invalidDigit(String.fromCharCode(c), kind), p + 1);
    endOfNumber(src, p, kind, host);
    return p;
  }
  // Zeros, then maybe more digits: only a float or an imaginary may have them.
  for (;;) {
    if (c === 95) {
      c = src.charCodeAt(++p);
      if (!isDigit(c)) throw host.error(MSG.invalidLiteral('decimal'), p);
    }
    if (c !== 48) break;
    c = src.charCodeAt(++p);
  }
  const zerosEnd = p + 1;
  if (!isDigit(c)) return afterInteger(src, p, host);
  p = decimalTail(src, p, host);
  c = src.charCodeAt(p);
  if (c === 46 || (c | 32) === 101 || (c | 32) === 106) return afterInteger(src, p, host);
  throw host.leadingZeros(start, zerosEnd, p);
}

/** After the integer part, at `p`: a fraction, an exponent, `j`, or the end. */
function afterInteger(src: string, p: number, host: NumberHost): number {
  const c = src.charCodeAt(p);
  if (c === 46) return fraction(src, p + 1, host);
  if ((c | 32) === 101) return exponent(src, p, host);
  if ((c | 32) === 106) return imaginary(src, p, host);
  endOfNumber(src, p, 'decimal', host);
  return p;
}

/** Digits and single underscores from the digit at `p`; returns the offset after them. */
function decimalTail(src: string, p: number, host: NumberHost): number {
  for (;;) {
    let c: number;
    do c = src.charCodeAt(++p);
    while (isDigit(c));
    if (c !== 95) return p;
    if (!isDigit(src.charCodeAt(++p))) throw host.error(MSG.invalidLiteral('decimal'), p);
  }
}

/** After the decimal point (at `p`): digits, then an exponent or `j`. */
function fraction(src: string, p: number, host: NumberHost): number {
  let c = src.charCodeAt(p);
  if (isDigit(c)) {
    p = decimalTail(src, p, host);
    c = src.charCodeAt(p);
  }
  if ((c | 32) === 101) return exponent(src, p, host);
  if ((c | 32) === 106) return imaginary(src, p, host);
  endOfNumber(src, p, 'decimal', host);
  return p;
}

/** An `e` or `E` at `e`: an exponent, or, without digits, the end of the number before it. */
function exponent(src: string, e: number, host: NumberHost): number {
  let p = e + 1;
  let c = src.charCodeAt(p);
  if (c === 43 || c === 45) {
    c = src.charCodeAt(++p);
    if (!isDigit(c)) throw host.error(MSG.invalidLiteral('decimal'), p);
  } else if (!isDigit(c)) {
    endOfNumber(src, e, 'decimal', host);
    return e;
  }
  p = decimalTail(src, p, host);
  if ((src.charCodeAt(p) | 32) === 106) return imaginary(src, p, host);
  endOfNumber(src, p, 'decimal', host);
  return p;
}

function imaginary(src: string, j: number, host: NumberHost): number {
  endOfNumber(src, j + 1, 'imaginary', host);
  return j + 1;
}

/**
 * lexer.c verify_end_of_number: a number directly followed by a name character is an
 * error, except before the keywords that may follow a number in valid code (`1if x else
 * y`), which only warn.
 */
function endOfNumber(src: string, p: number, kind: string, host: NumberHost): void {
  const c = src.charCodeAt(p);
  let keyword = false;
  switch (c) {
    case 97: keyword = lookahead(src, p + 1, 'nd'); break; // and
    case 101: keyword = lookahead(src, p + 1, 'lse'); break; // else
    case 102: keyword = lookahead(src, p + 1, 'or'); break; // for
    case 105: { // if, in, is: CPython looks no further
      const d = src.charCodeAt(p + 1);
      keyword = d === 102 || d === 110 || d === 115;
      break;
    }
    case 111: keyword = lookahead(src, p + 1, 'r'); break; // or
    case 110: keyword = lookahead(src, p + 1, 'ot'); break; // not
  }
  if (keyword) host.warn(MSG.invalidLiteral(kind), p);
  else if (c < 128 && ASCII_CLASS[c] & ID_CHAR) throw host.error(MSG.invalidLiteral(kind), p);
}

function lookahead(src: string, p: number, rest: string): boolean {
  return src.startsWith(rest, p) && !isPotentialIdentifierChar(src.charCodeAt(p + rest.length));
}
