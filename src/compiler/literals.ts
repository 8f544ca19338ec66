// Turns the text of NUMBER, STRING and FSTRING_MIDDLE tokens into constant values, decoding
// escape sequences exactly as CPython 3.13 does (Parser/string_parser.c, the unicode-escape
// codec in Objects/unicodeobject.c, _PyBytes_DecodeEscape in Objects/bytesobject.c, and
// parsenumber in Parser/pegen.c).
//
// How the parser uses this file
// -----------------------------
// Every function here is pure: it returns the value, reports at most one SyntaxWarning per
// literal through a callback, and throws LiteralError for a literal CPython rejects. None of
// them knows positions; the parser turns a LiteralError into a PySyntaxError located as
// LiteralError.location says, and a warning into a SyntaxWarning at the token's line.
//
//   NUMBER          parseNumber(text)                  -> number | bigint | FloatConstant | ComplexConstant
//   STRING          decodeStringToken(text, onWarning) -> string | BytesConstant
//                   (or stringPrefix + decodeStringLiteral / decodeBytesLiteral on the body)
//   FSTRING_MIDDLE  decodeStringLiteral(text, raw, onWarning, true)
//                   where raw is whether FSTRING_START's prefix has r/R (stringPrefix & RAW).
//
// Warnings. CPython warns once per decoded literal, for its first invalid escape, and only
// when decoding succeeds:
//   invalid escape sequence '\d'          (any unknown escape; the character after '\')
//   invalid octal escape sequence '\777'  (an octal escape above 0o377; its three digits)
// onWarning(message, index) gets that message and the index in the body of the escape's
// backslash. CPython 3.13.0 reports the warning at the first line of the token being decoded,
// and, when warnings are errors (-W error), raises SyntaxError(message) spanning that token.
// The callback may throw to do that. In f-string parts (`fstring` true) `\{` and `\}` are
// not reported here: CPython's tokenizer warns about those itself.
//
// f-string parts. CPython's tokenizer ends an FSTRING_MIDDLE token after each doubled brace
// (keeping one brace) and after each `\N{...}` escape, and each token is decoded alone: so
// `f'\d{{\e'` warns twice, and error positions count from the start of the part. Giving this
// function the same parts gives the same warnings and messages.
//
// Errors (LiteralError.msg is the complete SyntaxError message):
//   (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape
//     also "truncated \uXXXX escape", "truncated \UXXXXXXXX escape", "illegal Unicode character",
//     "malformed \N character escape", "unknown Unicode character name". Positions are those
//     CPython reports: byte offsets into its internal copy of the body, in which every
//     non-ASCII character takes 10 bytes (it is rewritten as \UXXXXXXXX) and a backslash
//     before a non-ASCII character or at the end takes 6 (\u005c).
//   (value error) invalid \x escape at position 2     (bytes; offset of the backslash)
//   bytes can only contain ASCII literal characters
//   Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; ...
// Bodies are expected with newlines already normalized to '\n', as the tokenizer gives them.
import { BytesConstant, ComplexConstant, FloatConstant, SplitSurrogateStr, joinWouldPairSurrogates } from './ast/constants';
import { lookupUnicodeName } from './unicode-names';
import { DEFAULT_INT_MAX_STR_DIGITS } from '../objects/int-repr';

/**
 * Where CPython puts the SyntaxError for a rejected literal:
 * - 'token': from the start to the end of the literal's token (strings and bytes). For an
 *   f-string part CPython 3.13.0 blames the f-string's FSTRING_END token instead, except in a
 *   format spec, where it blames the part; warnings-as-errors are placed the same way;
 * - 'lines': the token's first and last lines with no columns: CPython passes column -1, so
 *   SyntaxError.offset and end_offset are 0 (the decimal integer digit limit, so that a huge
 *   literal doesn't get thousands of carets).
 */
export type LiteralErrorLocation = 'token' | 'lines';

/** A literal that CPython refuses to compile. The parser re-raises it as PySyntaxError(msg). */
export class LiteralError extends Error {
  constructor(
    readonly msg: string,
    readonly location: LiteralErrorLocation = 'token',
  ) {
    super(msg);
  }
}

/** Receives the one SyntaxWarning of a literal: the message and the index of its backslash in the body. */
export type EscapeWarningHandler = (message: string, index: number) => void;

// ---- numbers ----

/**
 * The value of a NUMBER token, which the tokenizer has already checked for syntax: an int
 * (a number when it is a safe integer, else a bigint), a FloatConstant (correctly rounded;
 * `1e999` is inf), or a ComplexConstant for an imaginary literal (`3j`, `1e5J`).
 * Throws LiteralError (location 'lines') for a decimal int longer than `maxStrDigits`
 * digits (0: no limit; `sys.get_int_max_str_digits()`, which PYTHONINTMAXSTRDIGITS and
 * -X int_max_str_digits set), as CPython does.
 */
export function parseNumber(
  text: string,
  maxStrDigits: number = DEFAULT_INT_MAX_STR_DIGITS,
): number | bigint | FloatConstant | ComplexConstant {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === 0x6a /* j */ || last === 0x4a /* J */) {
    return new ComplexConstant(0, parseFloatText(text.slice(0, n - 1)));
  }
  if (n > 1 && text.charCodeAt(0) === 0x30) {
    const base = text.charCodeAt(1) | 0x20;
    if (base === 0x78 /* x */) return parseRadixInt(text, 16);
    if (base === 0x6f /* o */) return parseRadixInt(text, 8);
    if (base === 0x62 /* b */) return parseRadixInt(text, 2);
  }
  // A decimal int or a float. Accumulate as an int until something says otherwise.
  let value = 0;
  let digits = 0;
  let underscores = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
    } else if (c === 0x5f) {
      underscores = true;
    } else {
      // '.', 'e' or 'E': a float.
      return new FloatConstant(parseFloatText(text));
    }
  }
  if (value <= Number.MAX_SAFE_INTEGER) return value;
  const clean = underscores ? text.replace(/_/g, '') : text;
  // Only an all-zero literal may start with 0, and CPython converts that without the limit.
  if (maxStrDigits > 0 && digits > maxStrDigits) {
    throw new LiteralError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer ' +
        'literals to avoid decimal conversion limits.',
      'lines',
    );
  }
  return BigInt(clean);
}

/** A float literal's value (underscores allowed). JS's Number() rounds decimal text correctly. */
function parseFloatText(text: string): number {
  return Number(text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text);
}

/** `0x…`, `0o…` or `0b…`: exact in a double while it stays a safe integer, else a bigint. */
function parseRadixInt(text: string, radix: number): number | bigint {
  let value = 0;
  const n = text.length;
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) continue;
    const d = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10;
    value = value * radix + d;
    // Rounding is monotonic, so a true value past the safe range never rounds back into it.
    if (value > Number.MAX_SAFE_INTEGER) {
      return BigInt('0' + text.slice(1, 2) + text.slice(2).replace(/_/g, ''));
    }
  }
  return value;
}

// ---- string tokens ----

/** Prefix flags of a string token (`stringPrefix`). */
export const enum StringPrefix {
  RAW = 1,
  BYTES = 2,
  /** `u'...'`: the first string of a Constant having it gives `kind='u'`. */
  UNICODE = 4,
  FORMAT = 8,
}

/** The prefix flags of a STRING or FSTRING_START token's text. */
export function stringPrefix(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i) | 0x20) {
      case 0x72:
        flags |= StringPrefix.RAW;
        break;
      case 0x62:
        flags |= StringPrefix.BYTES;
        break;
      case 0x75:
        flags |= StringPrefix.UNICODE;
        break;
      case 0x66:
        flags |= StringPrefix.FORMAT;
        break;
      default:
        return flags;
    }
  }
  return flags;
}

/**
 * The value of a STRING token (not an f-string): prefix and quotes stripped, escapes decoded
 * unless raw. Bytes literals give a BytesConstant. Warnings and errors as described at the
 * top of this file.
 */
export function decodeStringToken(
  text: string,
  onWarning?: EscapeWarningHandler | null,
): string | SplitSurrogateStr | BytesConstant {
  let p = 0;
  let flags = 0;
  for (;;) {
    const c = text.charCodeAt(p) | 0x20;
    if (c === 0x72) flags |= StringPrefix.RAW;
    else if (c === 0x62) flags |= StringPrefix.BYTES;
    else if (c !== 0x75) break;
    p++;
  }
  const quote = text.charCodeAt(p);
  let start = p + 1;
  let end = text.length - 1;
  // A triple-quoted literal is at least six quotes long.
  if (end - start >= 4 && text.charCodeAt(start) === quote && text.charCodeAt(start + 1) === quote) {
    start += 2;
    end -= 2;
  }
  const body = text.slice(start, end);
  const raw = (flags & StringPrefix.RAW) !== 0;
  if (flags & StringPrefix.BYTES) return new BytesConstant(decodeBytesLiteral(body, raw, onWarning));
  return decodeStringLiteral(body, raw, onWarning);
}

// ---- str escapes ----

const MALFORMED_N = 'malformed \\N character escape';

/**
 * Decodes the escape sequences of a str literal's body (the text between the quotes), or of
 * an f-string's literal part with `fstring` true. A raw body is returned as it is.
 */
export function decodeStringLiteral(
  body: string,
  raw: boolean,
  onWarning?: EscapeWarningHandler | null,
  fstring = false,
): string | SplitSurrogateStr {
  if (raw) return body;
  const first = body.indexOf('\\');
  if (first < 0) return body;
  return decodeStrEscapes(body, first, onWarning, fstring);
}

function decodeStrEscapes(
  body: string,
  first: number,
  onWarning: EscapeWarningHandler | null | undefined,
  fstring: boolean,
): string | SplitSurrogateStr {
  const n = body.length;
  let out = '';
  // Text before each escaped low surrogate that follows an escaped high one (`\ud800\udc00`).
  let parts: string[] | null = null;
  let copied = 0;
  // Index of the first invalid escape's backslash: CPython reports only that one.
  let invalid = -1;
  for (let bs = first; bs >= 0; bs = body.indexOf('\\', copied)) {
    if (bs > copied) out += body.slice(copied, bs);
    let i = bs + 1;
    if (i >= n) {
      // A lone trailing backslash (an f-string part before `{`) stands for itself.
      out += '\\';
      copied = n;
      break;
    }
    const c = body.charCodeAt(i++);
    switch (c) {
      case 0x0a: // backslash-newline: a line continuation
        break;
      case 0x5c:
        out += '\\';
        break;
      case 0x27:
        out += "'";
        break;
      case 0x22:
        out += '"';
        break;
      case 0x62: // b
        out += '\b';
        break;
      case 0x66: // f
        out += '\f';
        break;
      case 0x74: // t
        out += '\t';
        break;
      case 0x6e: // n
        out += '\n';
        break;
      case 0x72: // r
        out += '\r';
        break;
      case 0x76: // v
        out += '\v';
        break;
      case 0x61: // a
        out += '\x07';
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = c - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i) - 0x30;
          if (d < 0 || d > 7) break;
          v = v * 8 + d;
          i++;
        }
        if (v > 0o377 && invalid < 0) invalid = bs;
        out += String.fromCharCode(v);
        break;
      }
      case 0x78: // x
      case 0x75: // u
      case 0x55: {
        // U
        const count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
        let v = 0;
        for (let k = 0; k < count; k++) {
          const d = i < n ? hexDigit(body.charCodeAt(i)) : -1;
          if (d < 0) {
            const what = c === 0x78 ? '\\xXX' : c === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
            throw unicodeEscapeError(body, bs, i, `truncated ${what} escape`);
          }
          v = v * 16 + d;
          i++;
        }
        if (v > 0x10ffff) throw unicodeEscapeError(body, bs, i, 'illegal Unicode character');
        const unit = String.fromCodePoint(v);
        if (joinWouldPairSurrogates(out, unit)) {
          (parts ??= []).push(out);
          out = '';
        }
        out += unit;
        break;
      }
      case 0x4e: {
        // N: \N{name}
        if (i >= n || body.charCodeAt(i) !== 0x7b) throw unicodeEscapeError(body, bs, i, MALFORMED_N);
        const close = body.indexOf('}', i + 1);
        if (close < 0) throw unicodeEscapeError(body, bs, n, MALFORMED_N);
        if (close === i + 1) throw unicodeEscapeError(body, bs, close, MALFORMED_N);
        const cp = lookupUnicodeName(body.slice(i + 1, close));
        if (cp < 0) throw unicodeEscapeError(body, bs, close + 1, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        if (c >= 0x80) {
          // CPython rewrites this backslash as \u005c: it stands for itself, with no warning,
          // and the character after it is read as an ordinary character.
          out += '\\';
          i = bs + 1;
        } else {
          if (invalid < 0 && !(fstring && (c === 0x7b || c === 0x7d))) invalid = bs;
          out += body.slice(bs, i);
        }
    }
    copied = i;
  }
  if (copied < n) out += body.slice(copied);
  if (invalid >= 0 && onWarning) onWarning(invalidEscapeMessage(body, invalid), invalid);
  if (parts !== null) return new SplitSurrogateStr([...parts, out]);
  return out;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

function invalidEscapeMessage(body: string, bs: number): string {
  const c = body.charCodeAt(bs + 1);
  // Only an octal escape above 0o377 can start with 4-7 and be invalid.
  if (c >= 0x34 && c <= 0x37) return `invalid octal escape sequence '\\${body.slice(bs + 1, bs + 4)}'`;
  return `invalid escape sequence '\\${body[bs + 1]}'`;
}

/** The UnicodeDecodeError CPython's unicode-escape codec raises, as the parser reports it. */
function unicodeEscapeError(body: string, start: number, end: number, reason: string): LiteralError {
  const a = codecOffset(body, start);
  const b = codecOffset(body, end);
  const where =
    b - a === 1 ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/**
 * Where body index `k` lands in the copy CPython decodes (Parser/string_parser.c,
 * decode_unicode_with_escapes): each non-ASCII character becomes a 10-byte \UXXXXXXXX escape,
 * and a backslash followed by a non-ASCII character or by nothing becomes \u005c. A backslash
 * and the ASCII character after it are copied as a pair.
 */
function codecOffset(body: string, k: number): number {
  const n = body.length;
  let pos = 0;
  let i = 0;
  while (i < k) {
    const c = body.charCodeAt(i);
    if (c === 0x5c) {
      i++;
      if (i >= n || body.charCodeAt(i) >= 0x80) {
        pos += 6;
      } else {
        pos += 2;
        i++;
      }
    } else if (c >= 0x80) {
      pos += 10;
      i += c >= 0xd800 && c < 0xdc00 && i + 1 < n && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    } else {
      pos++;
      i++;
    }
  }
  return pos;
}

// ---- bytes escapes ----

/**
 * Decodes a bytes literal's body. Throws LiteralError for a non-ASCII character (raw or not)
 * and for a bad `\x` escape; warns as decodeStringLiteral does.
 */
export function decodeBytesLiteral(body: string, raw: boolean, onWarning?: EscapeWarningHandler | null): Uint8Array {
  const n = body.length;
  let hasEscape = false;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters');
    if (c === 0x5c) hasEscape = true;
  }
  if (raw || !hasEscape) {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = body.charCodeAt(i);
    return bytes;
  }
  const out = new Uint8Array(n);
  let o = 0;
  let invalid = -1;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c || i + 1 >= n) {
      out[o++] = c;
      i++;
      continue;
    }
    const bs = i;
    const e = body.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case 0x0a:
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out[o++] = e;
        break;
      case 0x62:
        out[o++] = 0x08;
        break;
      case 0x66:
        out[o++] = 0x0c;
        break;
      case 0x74:
        out[o++] = 0x09;
        break;
      case 0x6e:
        out[o++] = 0x0a;
        break;
      case 0x72:
        out[o++] = 0x0d;
        break;
      case 0x76:
        out[o++] = 0x0b;
        break;
      case 0x61:
        out[o++] = 0x07;
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = e - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i) - 0x30;
          if (d < 0 || d > 7) break;
          v = v * 8 + d;
          i++;
        }
        if (v > 0o377 && invalid < 0) invalid = bs;
        out[o++] = v & 0xff;
        break;
      }
      case 0x78: {
        const hi = i + 1 < n ? hexDigit(body.charCodeAt(i)) : -1;
        const lo = hi >= 0 ? hexDigit(body.charCodeAt(i + 1)) : -1;
        if (lo < 0) throw new LiteralError(`(value error) invalid \\x escape at position ${bs}`);
        out[o++] = hi * 16 + lo;
        i += 2;
        break;
      }
      default:
        // Kept as written: the backslash, then the character as an ordinary one.
        if (invalid < 0) invalid = bs;
        out[o++] = 0x5c;
        i = bs + 1;
    }
  }
  if (invalid >= 0 && onWarning) onWarning(invalidEscapeMessage(body, invalid), invalid);
  return out.slice(0, o);
}
