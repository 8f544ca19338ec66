// Source bytes to source text, as CPython 3.13 decodes a bytes source for `compile` and
// `ast.parse` (Parser/tokenizer/string_tokenizer.c `decode_str`, Parser/tokenizer/helpers.c):
// newlines translated, a UTF-8 BOM dropped, a PEP 263 coding declaration on line 1 or 2
// honoured.
//
// CPython does not validate UTF-8 up front when it compiles bytes: a byte that is not valid
// UTF-8 only fails where a token that contains it is decoded (a string literal, an
// identifier; in a comment it is never noticed). To keep that behaviour, such bytes are
// decoded as lone surrogates U+DC80..U+DCFF, one per byte (Python's "surrogateescape"), and
// the stage that meets one raises CPython's "(unicode error) 'utf-8' codec can't decode ..."
// with the original bytes recovered from them (see `escapedBytes`).
import { PySyntaxError } from './errors';

/**
 * Decodes `bytes` as CPython decodes a bytes source: CRLF and CR become LF, a UTF-8 BOM is
 * dropped, a coding declaration selects the codec. Throws PySyntaxError (lineno 0, offset -1,
 * as CPython) for an unknown or unusable encoding and for bytes the declared codec rejects,
 * and (without a position) for NUL bytes.
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  if (bytes.indexOf(0) >= 0) {
    // compile() refuses these before it looks at the encoding.
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', null, null, null, null, null, null);
  }
  if (bytes.indexOf(13) >= 0) bytes = translateNewlines(bytes);
  let start = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    bom = true;
  }
  const spec = findCodingSpec(bytes, start);
  if (spec !== null && (bom || spec !== 'utf-8')) {
    if (bom) {
      if (spec !== 'utf-8') throw initError(`encoding problem: ${spec} with BOM`, filename);
    } else {
      return decodeWith(spec, bytes.subarray(start), filename);
    }
  }
  return decodeUtf8(bytes.subarray(start));
}

/**
 * The bytes a piece of decoded source stood for: lone surrogates U+DC80..U+DCFF give back
 * the invalid byte they escape, everything else its UTF-8 encoding. Lets later stages build
 * CPython's UnicodeDecodeError messages.
 */
export function escapedBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * CPython's message for the first invalid UTF-8 sequence in `bytes` ("'utf-8' codec can't
 * decode byte 0xf6 in position 1: invalid start byte"), or null when the bytes are valid.
 * Follows the checks of Objects/stringlib/codecs.h (maximal invalid subparts).
 */
export function utf8ErrorMessage(bytes: Uint8Array): string | null {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return decodeMessage(i, i + 1, 'invalid start byte');
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return decodeMessage(i, n, 'unexpected end of data');
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return decodeMessage(i, i + k, 'invalid continuation byte');
    }
    i += need + 1;
  }
  return null;

  function decodeMessage(from: number, to: number, reason: string): string {
    return to - from === 1
      ? `'utf-8' codec can't decode byte 0x${hex2(bytes[from])} in position ${from}: ${reason}`
      : `'utf-8' codec can't decode bytes in position ${from}-${to - 1}: ${reason}`;
  }
}

function hex2(b: number): string {
  return b.toString(16).padStart(2, '0');
}

/** CPython reports decoding failures of the whole source as SyntaxError(msg, (filename, 0, -1, None)). */
function initError(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, 0, -1, null, null, null);
}

function translateNewlines(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 13) {
      out[j++] = 10;
      if (bytes[i + 1] === 10) i++;
    } else out[j++] = b;
  }
  return out.subarray(0, j);
}

// ---- PEP 263 ----

/**
 * The coding declared on line 1, or on line 2 when line 1 holds nothing but whitespace or a
 * comment (helpers.c `_PyTokenizer_check_coding_spec`), normalized as `get_normal_name` does.
 * CPython has added the final newline of exec input before it looks, so the end of the data
 * ends a line too.
 */
function findCodingSpec(bytes: Uint8Array, start: number): string | null {
  if (start >= bytes.length) return null;
  let nl1 = bytes.indexOf(10, start);
  if (nl1 < 0) nl1 = bytes.length;
  const first = codingSpecIn(bytes, start, nl1);
  if (first !== undefined) return first;
  if (nl1 + 1 >= bytes.length || !onlyCommentOrBlank(bytes, start, nl1)) return null;
  let nl2 = bytes.indexOf(10, nl1 + 1);
  if (nl2 < 0) nl2 = bytes.length;
  // CPython passes line 2 with its newline counted in its size, line 1 without.
  return codingSpecIn(bytes, nl1 + 1, nl2 + 1) ?? null;
}

function onlyCommentOrBlank(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b === 35 /* # */) return true;
    if (b !== 32 && b !== 9 && b !== 12) return false;
  }
  return true;
}

/** helpers.c `get_coding_spec`: the spec in the comment of bytes[from, to), or undefined. */
function codingSpecIn(bytes: Uint8Array, from: number, to: number): string | undefined {
  const size = to - from;
  let i = 0;
  for (; i < size - 6; i++) {
    const b = bytes[from + i];
    if (b === 35) break;
    if (b !== 32 && b !== 9 && b !== 12) return undefined;
  }
  for (; i < size - 6; i++) {
    let t = from + i;
    if (
      bytes[t] !== 0x63 || bytes[t + 1] !== 0x6f || bytes[t + 2] !== 0x64 ||
      bytes[t + 3] !== 0x69 || bytes[t + 4] !== 0x6e || bytes[t + 5] !== 0x67
    ) continue; // "coding"
    t += 6;
    if (bytes[t] !== 58 && bytes[t] !== 61) continue; // ':' or '='
    do t++;
    while (bytes[t] === 32 || bytes[t] === 9);
    const begin = t;
    while (t < bytes.length && isSpecChar(bytes[t])) t++;
    if (begin < t) return normalName(String.fromCharCode(...bytes.subarray(begin, t)));
  }
  return undefined;
}

function isSpecChar(b: number): boolean {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 95 || b === 46;
}

/** helpers.c `get_normal_name`: spellings of utf-8 and latin-1 become "utf-8" and "iso-8859-1". */
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (
    buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' ||
    buf.startsWith('latin-1-') || buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')
  ) return 'iso-8859-1';
  return s;
}

// ---- codecs ----

/**
 * Python codec names (as `encodings.normalize_encoding` spells them, aliases included) that
 * we can decode, mapped to a WHATWG label for TextDecoder or to one of our own decoders
 * ('latin-1', 'ascii', 'cp437', 'cp1252', which TextDecoder lacks or gets wrong: its
 * "iso-8859-1" and "ascii" are windows-1252, and Node's windows-1252 is Latin-1). WHATWG's
 * other windows-125x decoders accept the few bytes Python's codecs leave undefined.
 */
const CODECS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (target: string, ...names: string[]) => {
    for (const n of names) m.set(n, target);
  };
  add('utf-8', 'utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4');
  add('latin-1', 'latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', 'iso8859', '8859', 'cp819', 'ibm819', 'iso_8859_1_1987', 'iso_ir_100', 'csisolatin1');
  add('ascii', 'ascii', 'us_ascii', 'us', '646', 'cp367', 'ibm367', 'iso646_us', 'csascii', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'iso_ir_6', 'iso_646.irv_1991');
  add('cp437', 'cp437', '437', 'ibm437', 'cspc8codepage437');
  for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15]) add(`iso-8859-${n}`, `iso8859_${n}`, `iso_8859_${n}`);
  add('iso-8859-2', 'latin2', 'l2', 'csisolatin2');
  add('iso-8859-3', 'latin3', 'l3');
  add('iso-8859-4', 'latin4', 'l4');
  add('iso-8859-5', 'cyrillic');
  add('iso-8859-6', 'arabic');
  add('iso-8859-7', 'greek', 'greek8');
  add('iso-8859-8', 'hebrew');
  add('iso-8859-10', 'latin6', 'l6');
  add('iso-8859-13', 'latin7', 'l7');
  add('iso-8859-14', 'latin8', 'l8');
  add('iso-8859-15', 'latin9', 'l9');
  for (let n = 1250; n <= 1258; n++) add(`windows-${n}`, `cp${n}`, `${n}`, `windows_${n}`);
  add('cp1252', 'cp1252', '1252', 'windows_1252');
  add('windows-874', 'cp874');
  add('koi8-r', 'koi8_r', 'cskoi8r');
  add('koi8-u', 'koi8_u');
  add('macintosh', 'mac_roman', 'macroman', 'macintosh');
  add('x-mac-cyrillic', 'mac_cyrillic', 'maccyrillic');
  add('ibm866', 'cp866', '866', 'ibm866', 'csibm866');
  add('shift_jis', 'shift_jis', 'shiftjis', 'sjis', 's_jis', 'csshiftjis', 'cp932', 'ms932', 'mskanji', 'ms_kanji', 'windows_31j');
  add('euc-jp', 'euc_jp', 'eucjp', 'ujis', 'u_jis');
  add('iso-2022-jp', 'iso2022_jp', 'iso2022jp', 'iso_2022_jp', 'csiso2022jp');
  add('gbk', 'gbk', 'cp936', 'ms936', '936', 'gb2312', 'chinese', 'euc_cn', 'euccn', 'eucgb2312_cn', 'gb2312_1980', 'gb2312_80');
  add('gb18030', 'gb18030', 'gb18030_2000');
  add('big5', 'big5', 'big5_tw', 'csbig5');
  add('euc-kr', 'euc_kr', 'euckr', 'korean', 'ksc5601', 'ks_c_5601', 'ks_c_5601_1987', 'cp949', 'ms949', 'uhc');
  return m;
})();

/** Codecs Python knows that are not text encodings; CPython's message differs for them. */
const NON_TEXT_CODECS = new Set([
  'base64_codec', 'base64', 'base_64', 'bz2_codec', 'bz2', 'hex_codec', 'hex', 'quopri_codec', 'quopri',
  'quoted_printable', 'quotedprintable', 'rot_13', 'rot13', 'uu_codec', 'uu', 'zlib_codec', 'zip', 'zlib',
]);

/** `encodings.normalize_encoding` plus the lower-casing codecs.lookup does. */
function normalizeEncoding(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** Python's cp1252 for bytes 0x80..0x9F; U+FFFE marks the five it leaves undefined. */
const CP1252_C1 =
  '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe' +
  '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178';

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeWith(spec: string, bytes: Uint8Array, filename: string): string {
  const key = normalizeEncoding(spec);
  const target = CODECS.get(key);
  if (target === undefined) {
    if (NON_TEXT_CODECS.has(key)) {
      throw initError(`'${spec}' is not a text encoding; use codecs.decode() to handle arbitrary codecs`, filename);
    }
    throw initError(`unknown encoding: ${spec}`, filename);
  }
  switch (target) {
    case 'utf-8':
      return decodeUtf8(bytes);
    case 'latin-1':
      return singleByte(bytes, (b) => String.fromCharCode(b));
    case 'cp437':
      return singleByte(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80]));
    case 'cp1252': {
      const bad = bytes.findIndex((b) => b >= 0x80 && b < 0xa0 && CP1252_C1.charCodeAt(b - 0x80) === 0xfffe);
      if (bad >= 0) {
        throw initError(`'charmap' codec can't decode byte 0x${hex2(bytes[bad])} in position ${bad}: character maps to <undefined>`, filename);
      }
      return singleByte(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80] : String.fromCharCode(b)));
    }
    case 'ascii': {
      const bad = bytes.findIndex((b) => b >= 0x80);
      if (bad >= 0) {
        throw initError(`'ascii' codec can't decode byte 0x${hex2(bytes[bad])} in position ${bad}: ordinal not in range(128)`, filename);
      }
      return singleByte(bytes, (b) => String.fromCharCode(b));
    }
    default:
      try {
        return new TextDecoder(target, { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        const at = firstUndecodable(target, bytes);
        throw initError(`'${key}' codec can't decode byte 0x${hex2(bytes[at])} in position ${at}: illegal multibyte sequence`, filename);
      }
  }
}

function singleByte(bytes: Uint8Array, map: (b: number) => string): string {
  let s = '';
  const CHUNK = 4096;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part: string[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) part.push(map(bytes[j]));
    s += part.join('');
  }
  return s;
}

/** The offset of the first byte `label` cannot decode: the longest prefix that still decodes as a stream. */
function firstUndecodable(label: string, bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 with each byte of an invalid sequence kept as a lone surrogate U+DC80..U+DCFF. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return decodeUtf8Escaping(bytes);
  }
}

function decodeUtf8Escaping(bytes: Uint8Array): string {
  const n = bytes.length;
  const units: number[] = [];
  let out = '';
  const flush = () => {
    out += String.fromCharCode(...units);
    units.length = 0;
  };
  let i = 0;
  while (i < n) {
    if (units.length > 4096) flush();
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (cp = b & 0x1f);
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      units.push(0xdc00 + b);
      i++;
      continue;
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += need + 1;
  }
  flush();
  return out;
}
