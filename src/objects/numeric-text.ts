// Numbers read from text, as int(), float() and complex() read strs and bytes: CPython's
// PyLong_FromString (Objects/longobject.c), _Py_string_to_number_with_underscores and
// PyOS_string_to_double (Python/pystrtod.c), and complex_from_string_inner
// (Objects/complexobject.c). Each parser returns undefined where CPython reports a malformed
// literal; the callers raise with their own messages.
import type { PyInt } from './object';
import { canonical } from './int-arith';

/** Py_UNICODE_ISSPACE: the code points str.isspace() accepts. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Py_ISSPACE: C's isspace in the C locale, which the ASCII parsers use. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const DECIMAL = /\p{Nd}/u;

/**
 * The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1. Unicode keeps each run of
 * decimal digits contiguous and starting at its zero, so the value is the offset in the run.
 */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !DECIMAL.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode decimal digits
 * their ASCII digit; at the first other non-ASCII character the text ends in '?', which no
 * parser accepts.
 */
export function asciiNumberText(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x7f) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

/** The value of an ASCII digit or letter as a digit (_PyLong_DigitValue), 37 for others. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 37;
}

/** What parseIntText found: the value, or how many digits it would have had past the limit. */
export type ParsedInt = { readonly value: PyInt } | { readonly tooManyDigits: number } | undefined;

/**
 * PyLong_FromString on ASCII text (see asciiNumberText): surrounding whitespace, a sign, a
 * prefix matching the base (any of 0x/0o/0b for base 0, where a leading 0 is only allowed for
 * zero), single underscores between digits and after a prefix. A base that is not a power of
 * two refuses more than `maxDigits` digits (0: no limit) before converting them.
 */
export function parseIntText(s: string, base: number, maxDigits: number): ParsedInt {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let zeroOnly = false;
  if (base === 0) {
    const p = s[i + 1];
    if (s[i] !== '0') base = 10;
    else if (p === 'x' || p === 'X') base = 16;
    else if (p === 'o' || p === 'O') base = 8;
    else if (p === 'b' || p === 'B') base = 2;
    else {
      // An old C-style octal literal: only zero may be written so.
      zeroOnly = true;
      base = 10;
    }
  }
  if (s[i] === '0') {
    const p = s[i + 1];
    if ((base === 16 && (p === 'x' || p === 'X')) || (base === 8 && (p === 'o' || p === 'O')) || (base === 2 && (p === 'b' || p === 'B'))) {
      i += 2;
      if (s[i] === '_') i++;
    }
  }
  const start = i;
  if (i >= n || digitValue(s.charCodeAt(i)) >= base) return undefined;
  let digits = 0;
  let underscores = false;
  let prevUnderscore = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      underscores = true;
    } else if (digitValue(c) < base) {
      prevUnderscore = false;
      digits++;
    } else break;
  }
  if (prevUnderscore) return undefined;
  const end = i;
  if ((base & (base - 1)) !== 0 && maxDigits > 0 && digits > maxDigits) return { tooManyDigits: digits };
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return undefined;
  let text = s.slice(start, end);
  if (underscores) text = text.replace(/_/g, '');
  let value = digitsToInt(text, base);
  if (zeroOnly && value !== 0) return undefined;
  if (negative) value = typeof value === 'number' ? (value === 0 ? 0 : -value) : canonical(-value);
  return { value };
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** The int written by `text`, digits valid in `base` (2..36) and nothing else. */
export function digitsToInt(text: string, base: number): PyInt {
  // parseInt is exact while the value stays below 2^53.
  if (text.length <= Math.floor(53 / Math.log2(base))) return parseInt(text, base);
  if (base === 10) return canonical(BigInt(text));
  const prefix = PREFIX[base];
  if (prefix !== undefined) return canonical(BigInt(prefix + text));
  // Other bases: chunks small enough for parseInt, combined with bigints.
  const chunk = Math.floor(53 / Math.log2(base));
  const first = text.length % chunk || chunk;
  let v = BigInt(parseInt(text.slice(0, first), base));
  const scale = BigInt(base) ** BigInt(chunk);
  for (let i = first; i < text.length; i += chunk) v = v * scale + BigInt(parseInt(text.slice(i, i + chunk), base));
  return canonical(v);
}

/**
 * _Py_string_to_number_with_underscores: the text without its underscores, or undefined when an
 * underscore is not between two digits.
 */
export function removeUnderscores(s: string): string | undefined {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch === '_') {
      if (!(prev >= '0' && prev <= '9')) return undefined;
    } else {
      if (prev === '_' && !(ch >= '0' && ch <= '9')) return undefined;
      out += ch;
    }
    prev = ch;
  }
  return prev === '_' ? undefined : out;
}

const INF_NAN = /^[+-]?(?:inf(?:inity)?|nan)/i;

/**
 * A quiet NaN with its sign bit set, made from its bits: what `-NaN` gives in JS depends on
 * which of V8's tiers computes it (a negation flips the sign bit, a multiplication by -1 keeps
 * the operand's, and a folded constant is the canonical NaN).
 */
const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];
const DECIMAL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/**
 * _PyOS_ascii_strtod: the longest prefix of s[pos..] that is a float (a decimal number or
 * inf/infinity/nan, any case, signed), as [value, end], or undefined when there is none.
 */
export function scanDouble(s: string, pos: number): [number, number] | undefined {
  const rest = pos === 0 ? s : s.slice(pos);
  let m = INF_NAN.exec(rest);
  if (m !== null) {
    const text = m[0];
    // '-nan' is a NaN with its sign bit set, as C's strtod makes it (math.copysign shows it).
    if (/nan$/i.test(text)) return [text[0] === '-' ? NEGATIVE_NAN : NaN, pos + text.length];
    return [text[0] === '-' ? -Infinity : Infinity, pos + text.length];
  }
  m = DECIMAL_NUMBER.exec(rest);
  if (m === null) return undefined;
  // JS reads decimal text with correct rounding, as dtoa's strtod does.
  return [Number(m[0]), pos + m[0].length];
}

/** float_from_string_inner on ASCII text without underscores: whitespace around one float. */
export function parseFloatText(s: string): number | undefined {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  const r = scanDouble(s.slice(start, end), 0);
  if (r === undefined || r[1] !== end - start) return undefined;
  return r[0];
}

/**
 * complex_from_string_inner on ASCII text without underscores: `<float>`, `<float>j`,
 * `<float><signed-float>j`, and the older `<float><sign>j`, `<sign>j`, `j`, optionally in
 * parentheses, with whitespace around (and inside the parentheses).
 */
export function parseComplexText(s: string): [number, number] | undefined {
  const n = s.length;
  let i = 0;
  const skipSpace = (): void => {
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  };
  skipSpace();
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    skipSpace();
  }
  let re = 0;
  let im = 0;
  const isJ = (c: string | undefined): boolean => c === 'j' || c === 'J';
  const first = scanDouble(s, i);
  if (first !== undefined) {
    i = first[1];
    if (s[i] === '+' || s[i] === '-') {
      re = first[0];
      const second = scanDouble(s, i);
      if (second !== undefined) {
        im = second[0];
        i = second[1];
      } else {
        im = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) return undefined;
      i++;
    } else if (isJ(s[i])) {
      im = first[0];
      i++;
    } else {
      re = first[0];
    }
  } else {
    if (s[i] === '+' || s[i] === '-') {
      im = s[i] === '+' ? 1 : -1;
      i++;
    } else im = 1;
    if (!isJ(s[i])) return undefined;
    i++;
  }
  skipSpace();
  if (bracket) {
    if (s[i] !== ')') return undefined;
    i++;
    skipSpace();
  }
  return i === n ? [re, im] : undefined;
}
