// printf-style formatting: `str % args` and `bytes % args` (PyUnicode_Format,
// _PyBytes_FormatEx). One engine serves both: a bytes format runs on its latin-1 image and
// produces one, with %s/%b, %r/%a and %c converted as bytes formatting does.
import type { PyInt, PyValue } from './object';
import { IntSubclassValue, PyBytes, PyFloat, PyTuple } from './boxes';
import { IntType, TupleType } from './builtin-types';
import { EXCEPTION_TYPES, MemoryError, newException, overflowError, PyBaseException, TypeError, typeError, valueError } from './exceptions';
import { typeOf } from './ops/typeof';
import { call, callSpecial } from './ops/call';
import { getItem } from './ops/subscript';
import { indexValue } from './ops/index-value';
import { hasIndex } from './sequence';
import { repr, str } from './ops/repr';
import { intRepr } from './int-repr';
import { asStr } from './str/args';
import { asciiOf } from './str/format';
import { doubleToString, DTSF_ALT } from './format';
import { cpSlice, strLength } from './str/codepoints';
import { bytesLike, fromLatin1, latin1 } from './bytes/buffer';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface Spec {
  flags: number;
  width: number;
  prec: number;
  type: string;
}

class Args {
  dict: PyValue | null = null;
  args: PyValue;
  len: number;
  idx: number;
  constructor(args: PyValue, bytesMode: boolean) {
    this.args = args;
    if (args instanceof PyTuple && args.type.isSubtypeOf(TupleType)) {
      this.len = args.items.length;
      this.idx = 0;
    } else {
      this.len = -1;
      this.idx = -2;
    }
    // A mapping (anything with __getitem__ but a tuple, or the format's own kind) gives %(key)s.
    const own = bytesMode ? args instanceof PyBytes : asStr(args) !== null;
    if (!(args instanceof PyTuple) && !own && typeOf(args).lookup('__getitem__') !== undefined) this.dict = args;
  }
  next(): PyValue {
    if (this.len < 0) {
      if (this.idx === -2) {
        this.idx = -1;
        return this.args;
      }
    } else if (this.idx < this.len) {
      return (this.args as PyTuple).items[this.idx++];
    }
    throw typeError('not enough arguments for format string');
  }
}

function isIntLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof IntSubclassValue;
}

function plainInt(v: PyValue): PyInt {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof IntSubclassValue) return v.value;
  return v as PyInt;
}

/** PyNumber_Check: has __index__, __int__ or __float__, or is a complex. */
function isNumber(v: PyValue): boolean {
  if (isIntLike(v) || v instanceof PyFloat) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined || t.name === 'complex';
}

/** The int that %d/%i/%u (int()) or %x/%X/%o (__index__) formats. */
function intForFormat(v: PyValue, type: string): PyInt {
  if (isIntLike(v)) return plainInt(v);
  const indexOnly = type === 'x' || type === 'X' || type === 'o';
  const wrong = (): PyBaseException =>
    typeError(
      indexOnly
        ? `%${type} format: an integer is required, not ${typeOf(v).name}`
        : `%${type} format: a real number is required, not ${typeOf(v).name}`,
    );
  if (!isNumber(v)) throw wrong();
  try {
    if (indexOnly) return indexValue(v);
    if (v instanceof PyFloat) return floatToInt(v.value);
    return plainInt(call(IntType, [v]));
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(TypeError)) throw wrong();
    throw e;
  }
}

function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** PyFloat_AsDouble: float, int, __float__ or __index__. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (isIntLike(v)) return intToDouble(plainInt(v));
  const t = typeOf(v);
  if (t.lookup('__float__') !== undefined) {
    const r = callSpecial(v, '__float__', [])!;
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (t.lookup('__index__') !== undefined) return intToDouble(indexValue(v));
  throw typeError(`must be real number, not ${t.name}`);
}

function intToDouble(n: PyInt): number {
  const x = Number(n);
  if (!isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

function intDigits(n: PyInt, type: string): string {
  const a = typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n);
  switch (type) {
    case 'x':
      return a.toString(16);
    case 'X':
      return a.toString(16).toUpperCase();
    case 'o':
      return a.toString(8);
    default:
      return intRepr(a);
  }
}

/** A number laid out with sign, prefix, precision zeros, and width (zero fill after the prefix). */
function layoutNumber(neg: boolean, prefix: string, digits: string, spec: Spec, zeroAllowed: boolean): string {
  const sign = neg ? '-' : spec.flags & F_SIGN ? '+' : spec.flags & F_BLANK ? ' ' : '';
  let body = digits;
  const head = sign + prefix;
  const len = head.length + body.length;
  if (spec.width > MAX_WIDTH) throw newException(MemoryError);
  if (spec.width > len) {
    if (spec.flags & F_LJUST) return head + body + ' '.repeat(spec.width - len);
    if (spec.flags & F_ZERO && zeroAllowed) body = '0'.repeat(spec.width - len) + body;
    else return ' '.repeat(spec.width - len) + head + body;
  }
  return head + body;
}

function formatInt(v: PyValue, spec: Spec): string {
  const n = intForFormat(v, spec.type);
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  let digits = intDigits(n, spec.type);
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  let prefix = '';
  if (spec.flags & F_ALT) {
    if (spec.type === 'x') prefix = '0x';
    else if (spec.type === 'X') prefix = '0X';
    else if (spec.type === 'o') prefix = '0o';
  }
  return layoutNumber(neg, prefix, digits, spec, true);
}

function formatFloat(v: PyValue, spec: Spec): string {
  const x = toDouble(v);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  const text = doubleToString(x, spec.type, prec, spec.flags & F_ALT ? DTSF_ALT : 0);
  const neg = text.charCodeAt(0) === 0x2d;
  return layoutNumber(neg, '', neg ? text.slice(1) : text, spec, true);
}

const ExceptionType = EXCEPTION_TYPES.get('Exception')!;

/** bytes' %f: any failure to get a float is reported as one TypeError. */
function bytesFloat(v: PyValue, spec: Spec): string {
  try {
    return formatFloat(v, spec);
  } catch (e) {
    // Whatever PyFloat_AsDouble raised (even OverflowError) is replaced.
    if (e instanceof PyBaseException && e.type.isSubtypeOf(ExceptionType)) {
      throw typeError(`float argument required, not ${typeOf(v).name}`);
    }
    throw e;
  }
}

/** CPython would try to allocate the padding; past this it is out of memory here. */
const MAX_WIDTH = 0x1fffffe8;

function pad(s: string, spec: Spec, len: number): string {
  if (spec.width <= len) return s;
  if (spec.width > MAX_WIDTH) throw newException(MemoryError);
  const fill = ' '.repeat(spec.width - len);
  return spec.flags & F_LJUST ? s + fill : fill + s;
}

/** %s / %r / %a / %c of a str format. */
function strConversion(v: PyValue, spec: Spec): string {
  let s: string;
  switch (spec.type) {
    case 's':
      s = str(v);
      break;
    case 'r':
      s = repr(v);
      break;
    case 'a':
      s = asciiOf(v);
      break;
    default: {
      // 'c': like PyLong_AsLong, any object with __index__ gives the code point.
      if (hasIndex(v)) {
        const n = indexValue(v);
        if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
        s = String.fromCodePoint(Number(n));
      } else {
        const t = asStr(v);
        if (t === null || strLength(t) !== 1) throw typeError('%c requires int or char');
        s = t;
      }
    }
  }
  if (spec.prec >= 0 && spec.type !== 'c' && strLength(s) > spec.prec) s = cpSlice(s, 0, spec.prec);
  return pad(s, spec, strLength(s));
}

/** %s/%b, %r/%a and %c of a bytes format, as latin-1 text. */
function bytesConversion(v: PyValue, spec: Spec): string {
  let s: string;
  switch (spec.type) {
    case 's':
    case 'b': {
      let b = bytesLike(v);
      if (b === null && typeOf(v).lookup('__bytes__') !== undefined) {
        const r = callSpecial(v, '__bytes__', [])!;
        b = bytesLike(r);
        if (b === null || typeOf(r).name !== 'bytes') throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      }
      if (b === null) {
        throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
      }
      s = latin1(b);
      break;
    }
    case 'r':
    case 'a':
      s = asciiOf(v);
      break;
    default: {
      // Like PyLong_AsLong: any object with __index__ gives the byte.
      if (hasIndex(v)) {
        const n = indexValue(v);
        if (n < 0 || n > 255) throw overflowError('%c arg not in range(256)');
        s = String.fromCharCode(Number(n));
      } else {
        const b = bytesLike(v);
        if (b === null || b.length !== 1 || typeOf(v).name === 'memoryview') {
          throw typeError('%c requires an integer in range(256) or a single byte');
        }
        s = String.fromCharCode(b[0]);
      }
    }
  }
  if (spec.prec >= 0 && spec.type !== 'c' && s.length > spec.prec) s = s.slice(0, spec.prec);
  return pad(s, spec, s.length);
}

/** A '*' argument: a Py_ssize_t for the width, a C int for the precision (as CPython reads them). */
function starArg(a: Args, cInt: boolean): number {
  const v = a.next();
  if (!isIntLike(v)) throw typeError('* wants int');
  const n = plainInt(v);
  if (cInt && (n > 2147483647 || n < -2147483648)) throw overflowError('Python int too large to convert to C int');
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/**
 * fmt % args. For a bytes format, fmt and the result are latin-1 strings (one char a byte).
 */
export function percentFormat(fmt: string, args: PyValue, bytesMode: boolean): string {
  const a = new Args(args, bytesMode);
  const end = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < end) {
    const next = fmt.indexOf('%', pos);
    if (next < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, next);
    pos = next + 1;
    if (pos < end && fmt.charCodeAt(pos) === 0x25) {
      out += '%';
      pos++;
      continue;
    }
    if (pos < end && fmt.charCodeAt(pos) === 0x28) {
      // %(key): the value of key in the mapping becomes the argument.
      if (a.dict === null) throw typeError('format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (pos < end) {
        const c = fmt.charCodeAt(pos);
        if (c === 0x29 && --depth === 0) break;
        if (c === 0x28) depth++;
        pos++;
      }
      if (pos >= end) throw valueError('incomplete format key');
      const keyText = fmt.slice(keyStart, pos);
      pos++;
      const key = bytesMode ? new PyBytes(fromLatin1(keyText)) : keyText;
      a.args = getItem(a.dict, key);
      a.len = -1;
      a.idx = -2;
    }
    const spec: Spec = { flags: 0, width: -1, prec: -1, type: '' };
    for (; pos < end; pos++) {
      const c = fmt[pos];
      if (c === '-') spec.flags |= F_LJUST;
      else if (c === '+') spec.flags |= F_SIGN;
      else if (c === ' ') spec.flags |= F_BLANK;
      else if (c === '#') spec.flags |= F_ALT;
      else if (c === '0') spec.flags |= F_ZERO;
      else break;
    }
    if (pos < end && fmt[pos] === '*') {
      spec.width = starArg(a, false);
      if (spec.width < 0) {
        spec.flags |= F_LJUST;
        spec.width = -spec.width;
      }
      pos++;
    } else {
      const start = pos;
      while (pos < end && fmt.charCodeAt(pos) >= 0x30 && fmt.charCodeAt(pos) <= 0x39) pos++;
      if (pos > start) {
        spec.width = Number(fmt.slice(start, pos));
        if (!Number.isSafeInteger(spec.width)) throw valueError('width too big');
      }
    }
    if (pos < end && fmt[pos] === '.') {
      pos++;
      if (pos < end && fmt[pos] === '*') {
        spec.prec = Math.max(0, starArg(a, true));
        pos++;
      } else {
        const start = pos;
        while (pos < end && fmt.charCodeAt(pos) >= 0x30 && fmt.charCodeAt(pos) <= 0x39) pos++;
        spec.prec = pos > start ? Number(fmt.slice(start, pos)) : 0;
        if (spec.prec > 2147483647) throw valueError('precision too big');
      }
    }
    if (pos >= end) throw valueError('incomplete format');
    // One length modifier of C's printf is accepted and ignored.
    if (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L') {
      pos++;
      if (pos >= end) throw valueError('incomplete format');
    }
    const cp = fmt.codePointAt(pos)!;
    const type = String.fromCodePoint(cp);
    const typeIndex = pos;
    pos += type.length;
    const v = a.next();
    spec.type = type;
    switch (type) {
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
        out += formatInt(v, spec);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        out += bytesMode ? bytesFloat(v, spec) : formatFloat(v, spec);
        break;
      case 's':
      case 'r':
      case 'a':
      case 'c':
        out += bytesMode ? bytesConversion(v, spec) : strConversion(v, spec);
        break;
      default: {
        if (type === 'b' && bytesMode) {
          out += bytesConversion(v, spec);
          break;
        }
        const shown = cp > 32 && cp < 127 ? type : '?';
        const index = bytesMode ? typeIndex : strLength(fmt.slice(0, typeIndex));
        throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
      }
    }
  }
  if (a.idx < a.len && a.dict === null) {
    throw typeError(bytesMode ? 'not all arguments converted during bytes formatting' : 'not all arguments converted during string formatting');
  }
  return out;
}
