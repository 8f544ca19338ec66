// The text codecs that str.encode and bytes.decode use: utf-8 (and utf-8-sig), ascii,
// latin-1, cp1252, utf-16 and utf-32 (with and without BOM), with the error handlers strict,
// ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
// surrogatepass, and CPython's error ranges and reasons. Other encodings are a LookupError.
import { LookupError, newException, PyBaseException, typeError } from '../exceptions';
import { newUnicodeDecodeError, newUnicodeEncodeError } from '../exceptions/unicode-error';
import { codePoints } from '../str/codepoints';
import { charName } from './char-names';

type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'cp1252';

const ALIASES: Record<string, Codec> = {};
function alias(codec: Codec, names: string[]): void {
  for (const n of names) ALIASES[n] = codec;
}
alias('utf-8', ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']);
alias('utf-8-sig', ['utf_8_sig']);
alias('ascii', ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']);
alias('latin-1', ['latin_1', 'latin1', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100', 'csisolatin1', 'ibm819', 'latin', 'iso_8859_1_1987']);
alias('utf-16', ['utf_16', 'utf16', 'u16']);
alias('utf-16-le', ['utf_16_le', 'utf_16le', 'unicodelittleunmarked']);
alias('utf-16-be', ['utf_16_be', 'utf_16be', 'unicodebigunmarked']);
alias('utf-32', ['utf_32', 'utf32', 'u32']);
alias('utf-32-le', ['utf_32_le', 'utf_32le']);
alias('utf-32-be', ['utf_32_be', 'utf_32be']);
alias('cp1252', ['cp1252', 'windows_1252']);

/** Codecs that exist in Python but are not text encodings (str.encode refuses them). */
const NOT_TEXT = new Set(['rot13', 'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zlib', 'zip', 'zlib_codec', 'bz2', 'bz2_codec', 'uu', 'uu_codec', 'quopri', 'quotedprintable', 'quoted_printable', 'quopri_codec']);

/** encodings.normalize_encoding, lower-cased: runs of non-alphanumerics but '.' become '_'. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.\u0080-\uffff]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The codec for an encoding name, or LookupError as str.encode (or bytes.decode) raises it. */
export function lookupCodec(name: string, use: 'encode' | 'decode' = 'encode'): Codec {
  const n = normalize(name);
  const codec = ALIASES[n];
  if (codec !== undefined) return codec;
  if (NOT_TEXT.has(n)) {
    throw newException(LookupError, `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
  }
  throw newException(LookupError, `unknown encoding: ${name}`);
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newException(LookupError, `unknown error handler name '${errors}'`);
}

class ByteWriter {
  buf = new Uint8Array(64);
  n = 0;
  private grow(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.n++] = b;
  }
  ascii(s: string): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function hex(v: number, digits: number): string {
  return v.toString(16).padStart(digits, '0');
}

function backslashEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** Whether a JS string has no lone surrogates (so JS's own UTF-8 encoder is exact). */
function wellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return false;
  }
  return true;
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

function writeUnit(out: ByteWriter, codec: Codec, cp: number): void {
  switch (codec) {
    case 'utf-8':
    case 'utf-8-sig':
      if (cp < 0x80) out.byte(cp);
      else if (cp < 0x800) {
        out.byte(0xc0 | (cp >> 6));
        out.byte(0x80 | (cp & 63));
      } else if (cp < 0x10000) {
        out.byte(0xe0 | (cp >> 12));
        out.byte(0x80 | ((cp >> 6) & 63));
        out.byte(0x80 | (cp & 63));
      } else {
        out.byte(0xf0 | (cp >> 18));
        out.byte(0x80 | ((cp >> 12) & 63));
        out.byte(0x80 | ((cp >> 6) & 63));
        out.byte(0x80 | (cp & 63));
      }
      return;
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const be = codec === 'utf-16-be';
      const unit = (u: number): void => {
        if (be) {
          out.byte(u >> 8);
          out.byte(u & 255);
        } else {
          out.byte(u & 255);
          out.byte(u >> 8);
        }
      };
      if (cp < 0x10000) unit(cp);
      else {
        unit(0xd800 + ((cp - 0x10000) >> 10));
        unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
      }
      return;
    }
    case 'utf-32':
    case 'utf-32-le':
    case 'utf-32-be':
      if (codec === 'utf-32-be') {
        out.byte(cp >>> 24);
        out.byte((cp >> 16) & 255);
        out.byte((cp >> 8) & 255);
        out.byte(cp & 255);
      } else {
        out.byte(cp & 255);
        out.byte((cp >> 8) & 255);
        out.byte((cp >> 16) & 255);
        out.byte(cp >>> 24);
      }
      return;
    case 'cp1252':
      out.byte(cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : CP1252_ENCODE.get(cp)!);
      return;
    default:
      out.byte(cp);
  }
}

// The bytes 0x80..0x9f of cp1252 (undefined where the code page has no character).
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178,
];
const CP1252_ENCODE = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => {
  if (cp >= 0) CP1252_ENCODE.set(cp, 0x80 + i);
});

function encodable(codec: Codec, cp: number): boolean {
  switch (codec) {
    case 'ascii':
      return cp < 0x80;
    case 'latin-1':
      return cp < 0x100;
    case 'cp1252':
      return cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) || CP1252_ENCODE.has(cp);
    default:
      return !isSurrogate(cp);
  }
}

function encodeReason(codec: Codec): string {
  switch (codec) {
    case 'ascii':
      return 'ordinal not in range(128)';
    case 'latin-1':
      return 'ordinal not in range(256)';
    case 'cp1252':
      return 'character maps to <undefined>';
    default:
      return 'surrogates not allowed';
  }
}

/** s.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if ((codec === 'utf-8' || codec === 'utf-8-sig') && wellFormed(s)) {
    const body = (utf8Encoder ??= new TextEncoder()).encode(s);
    if (codec === 'utf-8') return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new ByteWriter();
  if (codec === 'utf-8-sig') out.ascii('\xef\xbb\xbf');
  else if (codec === 'utf-16') out.ascii('\xff\xfe');
  else if (codec === 'utf-32') out.ascii('\xff\xfe\x00\x00');
  const cps = codePoints(s);
  const name = codec === 'utf-8-sig' ? 'utf-8' : codec === 'cp1252' ? 'charmap' : codec;
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (encodable(codec, cp)) {
      writeUnit(out, codec, cp);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && !encodable(codec, cps[j])) j++;
    const fail = (): PyBaseException => newUnicodeEncodeError(name, s, i, j, encodeReason(codec));
    checkHandler(errors);
    const run = cps.slice(i, j);
    switch (errors) {
      case 'strict':
        throw fail();
      case 'ignore':
        break;
      case 'replace':
        for (let k = 0; k < run.length; k++) writeUnit(out, codec, 0x3f);
        break;
      case 'backslashreplace':
        for (const c of run) for (const ch of backslashEscape(c)) writeUnit(out, codec, ch.charCodeAt(0));
        break;
      case 'namereplace':
        for (const c of run) {
          const name = charName(c);
          for (const ch of name === null ? backslashEscape(c) : `\\N{${name}}`) writeUnit(out, codec, ch.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (const c of run) for (const ch of `&#${c};`) writeUnit(out, codec, ch.charCodeAt(0));
        break;
      case 'surrogateescape':
        if (!run.every((c) => c >= 0xdc80 && c <= 0xdcff)) throw fail();
        for (const c of run) out.byte(c - 0xdc00);
        break;
      case 'surrogatepass': {
        const utf = codec.startsWith('utf');
        if (!utf || !run.every(isSurrogate)) throw fail();
        for (const c of run) {
          if (codec.startsWith('utf-16')) writeUnit(out, codec, c);
          else if (codec.startsWith('utf-32')) writeUnit(out, codec, c);
          else {
            out.byte(0xe0 | (c >> 12));
            out.byte(0x80 | ((c >> 6) & 63));
            out.byte(0x80 | (c & 63));
          }
        }
        break;
      }
    }
    i = j;
  }
  return out.result();
}

/** Where decoding resumes after the last decodeError. */
let resume = 0;

/**
 * An undecodable range [start, end) handled by `errors`: the text that stands for it; decoding
 * resumes at `resume` (the end of the range, or less when a handler takes only part of it).
 */
function decodeError(
  errors: string,
  name: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): string {
  checkHandler(errors);
  resume = end;
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let k = start; k < end; k++) s += '\\x' + hex(data[k], 2);
      return s;
    }
    case 'surrogateescape': {
      // Takes up to 4 bytes of the range, stopping at an ASCII byte; none taken: the error stands.
      let s = '';
      let k = start;
      for (; k < end && k < start + 4 && data[k] >= 0x80; k++) s += String.fromCharCode(0xdc00 + data[k]);
      if (k === start) break;
      resume = k;
      return s;
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      // Encoding-only handlers, handed a decoding error.
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
  }
  throw newUnicodeDecodeError(name, data, start, end, reason);
}

// TextEncoder and TextDecoder are globals in Node and in browsers.
let utf8Decoder: InstanceType<typeof TextDecoder> | null = null;
let utf8Encoder: InstanceType<typeof TextEncoder> | null = null;

function decodeUtf8(data: Uint8Array, errors: string, name: string): string {
  try {
    utf8Decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return utf8Decoder.decode(data);
  } catch {
    // Invalid somewhere: decode by hand to find the error ranges.
  }
  const n = data.length;
  let out = '';
  let i = 0;
  let runStart = 0;
  const flush = (to: number): void => {
    if (to > runStart) out += utf8Decoder!.decode(data.subarray(runStart, to));
  };
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
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
    }
    let bad = '';
    let end = i + 1;
    if (need === 0) bad = 'invalid start byte';
    else {
      for (let k = 1; k <= need; k++) {
        if (i + k >= n) {
          bad = 'unexpected end of data';
          end = n;
          break;
        }
        const c = data[i + k];
        const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
        if (!ok) {
          bad = 'invalid continuation byte';
          end = i + k;
          break;
        }
      }
    }
    if (bad === '') {
      i += need + 1;
      continue;
    }
    flush(i);
    if (errors === 'surrogatepass' && b === 0xed && i + 2 < n && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf && data[i + 2] >= 0x80 && data[i + 2] <= 0xbf) {
      out += String.fromCharCode(((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f));
      i += 3;
    } else {
      out += decodeError(errors, name, data, i, end, bad);
      i = resume;
    }
    runStart = i;
  }
  flush(n);
  return out;
}

function decodeUtf16(data: Uint8Array, errors: string, be: boolean, name: string, start: number): string {
  const n = data.length;
  let out = '';
  let i = start;
  const unit = (k: number): number => (be ? (data[k] << 8) | data[k + 1] : data[k] | (data[k + 1] << 8));
  while (i < n) {
    if (i + 1 >= n) {
      out += decodeError(errors, name, data, i, n, 'truncated data');
      i = resume;
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      if (errors === 'surrogatepass') {
        out += String.fromCharCode(u);
        i += 2;
      } else {
        out += decodeError(errors, name, data, i, i + 2, 'illegal encoding');
        i = resume;
      }
      continue;
    }
    if (i + 3 >= n) {
      // surrogatepass takes the lone high surrogate; what follows is decoded on its own.
      if (errors === 'surrogatepass') {
        out += String.fromCharCode(u);
        i += 2;
        continue;
      }
      out += decodeError(errors, name, data, i, n, 'unexpected end of data');
      i = resume;
      continue;
    }
    const v = unit(i + 2);
    if (v >= 0xdc00 && v <= 0xdfff) {
      out += String.fromCharCode(u, v);
      i += 4;
    } else if (errors === 'surrogatepass') {
      out += String.fromCharCode(u);
      i += 2;
    } else {
      out += decodeError(errors, name, data, i, i + 2, 'illegal UTF-16 surrogate');
      i = resume;
    }
  }
  return out;
}

function decodeUtf32(data: Uint8Array, errors: string, be: boolean, name: string, start: number): string {
  const n = data.length;
  let out = '';
  let i = start;
  while (i < n) {
    if (i + 3 >= n) {
      out += decodeError(errors, name, data, i, n, 'truncated data');
      i = resume;
      continue;
    }
    const cp = be
      ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0
      : ((data[i + 3] << 24) | (data[i + 2] << 16) | (data[i + 1] << 8) | data[i]) >>> 0;
    if (cp > 0x10ffff) {
      out += decodeError(errors, name, data, i, i + 4, 'code point not in range(0x110000)');
      i = resume;
    } else if (isSurrogate(cp) && errors !== 'surrogatepass') {
      out += decodeError(errors, name, data, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      i = resume;
    } else {
      out += String.fromCodePoint(cp);
      i += 4;
    }
  }
  return out;
}

function decodeSingleByte(data: Uint8Array, errors: string, codec: Codec): string {
  let out = '';
  let runStart = 0;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    let ch: number;
    if (codec === 'latin-1') continue;
    if (codec === 'ascii') ch = b < 0x80 ? b : -1;
    else ch = b < 0x80 || b >= 0xa0 ? b : CP1252_HIGH[b - 0x80];
    if (ch === b) continue;
    out += latin1Slice(data, runStart, i);
    if (ch >= 0) out += String.fromCharCode(ch);
    else out += decodeError(errors, codec === 'cp1252' ? 'charmap' : codec, data, i, i + 1, codec === 'ascii' ? 'ordinal not in range(128)' : 'character maps to <undefined>');
    runStart = i + 1;
  }
  return out + latin1Slice(data, runStart, n);
}

function latin1Slice(data: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i += 8192) {
    s += String.fromCharCode.apply(null, data.subarray(i, Math.min(b, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  // Like PyUnicode_FromEncodedObject: nothing to decode needs no codec, not even a known one.
  if (data.length === 0) return '';
  const codec = lookupCodec(encoding, 'decode');
  switch (codec) {
    case 'utf-8':
      return decodeUtf8(data, errors, 'utf-8');
    case 'utf-8-sig': {
      const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
      return decodeUtf8(bom ? data.subarray(3) : data, errors, 'utf-8');
    }
    case 'ascii':
    case 'latin-1':
    case 'cp1252':
      return decodeSingleByte(data, errors, codec);
    case 'utf-16': {
      if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return decodeUtf16(data, errors, true, 'utf-16-be', 2);
      const skip = data.length >= 2 && data[0] === 0xff && data[1] === 0xfe ? 2 : 0;
      return decodeUtf16(data, errors, false, 'utf-16-le', skip);
    }
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(data, errors, codec === 'utf-16-be', codec, 0);
    case 'utf-32': {
      if (data.length >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
        return decodeUtf32(data, errors, true, 'utf-32-be', 4);
      }
      const skip = data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0 ? 4 : 0;
      return decodeUtf32(data, errors, false, 'utf-32-le', skip);
    }
    default:
      return decodeUtf32(data, errors, codec === 'utf-32-be', codec, 0);
  }
}
