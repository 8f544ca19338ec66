// repr() of str and bytes as CPython 3.13 writes them (unicode_repr in Objects/unicodeobject.c,
// PyBytes_Repr in Objects/bytesobject.c), and str.isprintable() for one code point.
// A str is a JS string; its code points are read as Python's, so a lone surrogate is one code
// point (and escaped), while a well-formed surrogate pair is one astral character. A Python
// str holding a high and a low surrogate as two code points is given as parts split between them.
import { PRINTABLE_BOUNDARY_DELTAS } from './unicode-printable-data';

let boundaries: Int32Array | null = null;

function printableBoundaries(): Int32Array {
  if (boundaries) return boundaries;
  const b = new Int32Array(PRINTABLE_BOUNDARY_DELTAS.length);
  let cp = 0;
  for (let i = 0; i < b.length; i++) b[i] = cp += PRINTABLE_BOUNDARY_DELTAS[i];
  return (boundaries = b);
}

/**
 * Python's `str.isprintable()` for one code point (Py_UNICODE_ISPRINTABLE): false for the
 * categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space, in Unicode 15.1.
 */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  const b = printableBoundaries();
  // Count the boundaries <= cp: runs alternate, starting with a non-printable one at U+0000.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 0;
}

const HEX = '0123456789abcdef';

/** `repr(s)` for a str. */
export function strRepr(s: string): string {
  return strReprOfParts([s]);
}

/**
 * `repr()` of the str made of `parts` in order, where a surrogate pair split across two
 * parts stays two code points (see SplitSurrogateStr in src/compiler/ast/constants.ts).
 */
export function strReprOfParts(parts: readonly string[]): string {
  let squote = false;
  let dquote = false;
  let plain = true;
  for (const s of parts) {
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x27) squote = true;
      else if (c === 0x22) dquote = true;
      else if (c < 0x20 || c >= 0x7f || c === 0x5c) plain = false;
    }
  }
  // Single quotes unless the text has a single quote and no double quote.
  const quote = squote && !dquote ? 0x22 : 0x27;
  const q = quote === 0x22 ? '"' : "'";
  if (plain && !(squote && dquote)) return q + parts.join('') + q;
  let out = q;
  for (const s of parts) out += escapeStr(s, quote);
  return out + q;
}

function escapeStr(s: string, quote: number): string {
  const n = s.length;
  let out = '';
  let copied = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 0x5c) continue;
    let width = 1;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if ((lo & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    let esc: string;
    if (c === quote || c === 0x5c) esc = c === 0x5c ? '\\\\' : quote === 0x27 ? "\\'" : '\\"';
    else if (c === 0x09) esc = '\\t';
    else if (c === 0x0a) esc = '\\n';
    else if (c === 0x0d) esc = '\\r';
    else if (c < 0x20 || c === 0x7f) esc = '\\x' + HEX[c >> 4] + HEX[c & 15];
    else if (isPrintable(c)) {
      i += width - 1;
      continue;
    } else if (c <= 0xff) esc = '\\x' + HEX[c >> 4] + HEX[c & 15];
    else if (c <= 0xffff) esc = '\\u' + hex(c, 4);
    else esc = '\\U' + hex(c, 8);
    if (i > copied) out += s.slice(copied, i);
    out += esc;
    i += width - 1;
    copied = i + 1;
  }
  return copied === 0 ? s : copied < n ? out + s.slice(copied) : out;
}

function hex(v: number, digits: number): string {
  let s = v.toString(16);
  while (s.length < digits) s = '0' + s;
  return s;
}

/**
 * `repr(b)` for a bytes object. bytearray's repr (`escapeSingle`) picks its quote the same way
 * but escapes every single quote, even inside double quotes.
 */
export function bytesRepr(bytes: Uint8Array, escapeSingle = false): string {
  const n = bytes.length;
  let squote = false;
  let dquote = false;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0x27) squote = true;
    else if (c === 0x22) dquote = true;
  }
  const quote = squote && !dquote ? 0x22 : 0x27;
  const q = quote === 0x22 ? '"' : "'";
  let out = 'b' + q;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === quote || c === 0x5c || (escapeSingle && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/**
 * What ascii() makes of a repr: every non-ASCII code point escaped as \xhh, \uhhhh or
 * \Uhhhhhhhh (a lone surrogate as \udxxx).
 */
export function asciiEscape(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}
