// Character classes for the tokenizer: an ASCII table for the hot path, keyword lookup,
// and the Unicode checks CPython makes on non-ASCII identifiers (PEP 3131) and unexpected
// characters.
import { KEYWORDS, TOKEN_TEXT, Tok } from '../tokens';

/** An ASCII letter or `_`: may start a name (CPython's is_potential_identifier_start, below 128). */
export const ID_START = 1;
/** May continue a name: ID_START or a digit. */
export const ID_CHAR = 2;
export const DIGIT = 4;
export const HEX_DIGIT = 8;

/** Class bits of each ASCII code unit; non-ASCII characters are all potential name characters. */
export const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_]/.test(ch)) t[c] |= ID_START | ID_CHAR;
    if (/[0-9]/.test(ch)) t[c] |= ID_CHAR | DIGIT | HEX_DIGIT;
    if (/[A-Fa-f]/.test(ch)) t[c] |= HEX_DIGIT;
  }
  return t;
})();

/** is_potential_identifier_char: an ASCII name character or anything non-ASCII. NaN (end of input) is not. */
export function isPotentialIdentifierChar(c: number): boolean {
  return c < 128 ? (ASCII_CLASS[c] & ID_CHAR) !== 0 : c >= 128;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const VALID_NAME = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * The UTF-16 index of the first code point that makes `name` an invalid identifier (the
 * first must be XID_Start or `_`, the rest XID_Continue, as `_PyUnicode_ScanIdentifier`
 * checks), or -1 when it is valid.
 */
export function invalidIdentifierIndex(name: string): number {
  if (VALID_NAME.test(name)) return -1;
  let i = 0;
  let first = true;
  for (const ch of name) {
    if (!(first ? XID_START : XID_CONTINUE).test(ch)) return i;
    first = false;
    i += ch.length;
  }
  return -1;
}

/** Py_UNICODE_ISPRINTABLE: false for control, format, surrogate, private-use, unassigned and separator characters other than the space. */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NOT_PRINTABLE.test(ch);
}

/** Whether `text` holds a lone surrogate U+DC80..U+DCFF: a source byte that was not valid UTF-8 (see source.ts). */
export function hasEscapedByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    else if (c >= 0xdc80 && c <= 0xdcff) return true;
  }
  return false;
}

/** The UTF-8 length of text[from, to), counting an escaped source byte (lone U+DC80..U+DCFF) as the one byte it was. */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

/** The number of code points in text[from, to). */
export function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

const MAX_KEYWORD_LENGTH = 8;

/** The hard keywords indexed by first character and length, so a name is matched in place without slicing it. */
const KEYWORDS_BY_START: (Tok[] | undefined)[] = (() => {
  const table: (Tok[] | undefined)[] = new Array(128 * (MAX_KEYWORD_LENGTH + 1)).fill(undefined);
  for (const [text, kind] of KEYWORDS) {
    if (text.length > MAX_KEYWORD_LENGTH) throw new Error(`keyword ${text} is longer than MAX_KEYWORD_LENGTH`);
    (table[text.charCodeAt(0) * (MAX_KEYWORD_LENGTH + 1) + text.length] ??= []).push(kind);
  }
  return table;
})();

/** The keyword kind of the ASCII name src[start, start + n), or NAME. */
export function keywordAt(src: string, start: number, n: number): Tok {
  if (n > MAX_KEYWORD_LENGTH) return Tok.NAME;
  const candidates = KEYWORDS_BY_START[src.charCodeAt(start) * (MAX_KEYWORD_LENGTH + 1) + n];
  if (candidates === undefined) return Tok.NAME;
  for (let i = 0; i < candidates.length; i++) {
    if (src.startsWith(TOKEN_TEXT[candidates[i]], start)) return candidates[i];
  }
  return Tok.NAME;
}
