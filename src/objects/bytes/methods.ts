// The methods bytes and bytearray share (Objects/bytes_methods.c and the clinic wrappers of
// both types). Each runs the str algorithm on the latin-1 image of the bytes, with ASCII
// rules for whitespace, case and character classes; results are of the receiver's kind.
import type { PyValue } from '../object';
import { PyByteArray, PyBytes, PyList, PyTuple } from '../boxes';
import { None } from '../singletons';
import { overflowError, typeError, valueError } from '../exceptions';
import { defineClassMethod, defineMethods } from '../native';
import { BuiltinFunction, PyStaticMethod } from '../function';
import { call } from '../ops/call';
import { typeOf } from '../ops/typeof';
import { isTrue } from '../ops/truth';
import { lengthOf } from '../ops/length';
import { indexValue } from '../ops/index-value';
import { hasIndex, sequenceFast } from '../sequence';
import type { PyType } from '../type';
import { argTypeName, kwArgs, noArgs, oneArg, posArgs, asStr } from '../str/args';
import { optionalIndex } from '../str/slicing';
import { countStr, findStr, replaceStr, tailMatch } from '../str/search';
import {
  isByteLineBreak,
  partitionStr,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  stripWhitespace,
} from '../str/split';
import { center, expandtabs, ljust, rjust, zfill } from '../str/pad';
import * as A from './ascii';
import { bytesLike, fromLatin1, latin1 } from './buffer';
import { decodeBytes } from './codecs';

/** A Py_ssize_t argument. */
export function ssize(v: PyValue): number {
  if (typeof v === 'number') return v;
  const n = indexValue(v);
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** A bytes-like argument as latin-1 text, or "a bytes-like object is required, not 'str'". */
export function bytesArg(v: PyValue): string {
  const b = bytesLike(v);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return latin1(b);
}

/** The sub argument of find/count/index: an int in range(256) or bytes-like. */
function subArg(v: PyValue): string {
  if (hasIndex(v)) {
    const n = indexValue(v);
    if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError('byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  const b = bytesLike(v);
  if (b === null) throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  return latin1(b);
}

/** Text of `self` (bytes or bytearray) and a maker of results of its kind. */
export interface ByteKind {
  /** The latin-1 image of self's bytes. */
  text(self: PyValue): string;
  /** A new object of the base kind (bytes or bytearray) from latin-1 text. */
  make(text: string): PyValue;
  name: string;
  /** True for bytes: like CPython, a result equal to an exact-bytes receiver is the receiver itself. */
  immutable: boolean;
}

/** A C int argument (expandtabs' tabsize). */
function cInt(v: PyValue): number {
  const n = typeof v === 'number' ? v : indexValue(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) {
    throw overflowError(`Python int too large to convert to C int`);
  }
  return n;
}

/** The fill byte of center/ljust/rjust: a bytes or bytearray (not any buffer) of length 1. */
function fill(v: PyValue | undefined, name: string): string {
  if (v === undefined) return ' ';
  const b = v instanceof PyBytes ? v.bytes : v instanceof PyByteArray ? v.bytes.subarray(0, v.length) : null;
  if (b === null || b.length !== 1) {
    throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
  }
  return String.fromCharCode(b[0]);
}

export function hexOf(data: string, sepV: PyValue | undefined, perV: PyValue | undefined): string {
  const HEX = '0123456789abcdef';
  let sep = '';
  if (sepV !== undefined) {
    // Length first (so None and ints fail on len()), then the type, then ASCII.
    if (lengthOf(sepV) !== 1) throw valueError('sep must be length 1.');
    const s = asStr(sepV) ?? (sepV instanceof PyBytes ? latin1(sepV.bytes) : null);
    if (s === null) throw typeError(`sep must be str or bytes.`);
    if (s.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
    sep = s;
  }
  const per = perV === undefined ? 1 : cInt(perV);
  const hexes: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    hexes.push(HEX[c >> 4] + HEX[c & 15]);
  }
  if (sep === '' || per === 0 || hexes.length === 0) return hexes.join('');
  const groups: string[] = [];
  const size = Math.abs(per);
  if (per > 0) {
    // Groups are counted from the right.
    let end = hexes.length;
    while (end > 0) {
      const start = Math.max(0, end - size);
      groups.unshift(hexes.slice(start, end).join(''));
      end = start;
    }
  } else {
    for (let i = 0; i < hexes.length; i += size) groups.push(hexes.slice(i, i + size).join(''));
  }
  return groups.join(sep);
}

function fromHex(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  const digit = (c: number): number => {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    return -1;
  };
  for (;;) {
    while (i < n && A.isSpaceByte(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const hi = digit(s.charCodeAt(i));
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? digit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

function translateBytes(data: string, tableV: PyValue, deleteV: PyValue | undefined): string {
  let table: string | null = null;
  if (tableV !== None) {
    table = bytesArg(tableV);
    if (table.length !== 256) throw valueError('translation table must be 256 characters long');
  }
  const del = deleteV === undefined ? '' : bytesArg(deleteV);
  const drop = new Set<number>();
  for (let i = 0; i < del.length; i++) drop.add(del.charCodeAt(i));
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (drop.has(c)) continue;
    out += table === null ? data[i] : table[c];
  }
  return out;
}

export function defineByteMethods(T: PyType, kind: ByteKind): void {
  const q = (name: string): string => `${kind.name}.${name}`;
  const text = kind.text;
  const make = kind.make;
  /** The result text as an object, reusing an exact-bytes receiver when nothing changed. */
  const keep = (self: PyValue, original: string, result: string): PyValue =>
    kind.immutable && typeOf(self) === T && result.length === original.length && result === original ? self : make(result);
  const list = (self: PyValue, original: string, parts: string[]): PyList =>
    new PyList(parts.length === 1 ? [keep(self, original, parts[0])] : parts.map(make));
  const partition = (self: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null, reverse: boolean): PyTuple => {
    const sepV = oneArg(q(name), args, kwnames);
    const s = text(self);
    const [head, sep, tail] = partitionStr(s, bytesArg(sepV), reverse);
    if (!kind.immutable) return new PyTuple([make(head), make(sep), make(tail)]);
    // bytes hands back the separator object it was given, and itself when there is no match.
    if (sep === '') return new PyTuple(reverse ? [make(''), make(''), self] : [self, make(''), make('')]);
    return new PyTuple([make(head), sepV, make(tail)]);
  };

  const search = (name: string, args: PyValue[], kwnames: readonly string[] | null): [string, number | undefined, number | undefined] => {
    posArgs(q(name), args, kwnames, 1, 3);
    return [subArg(args[0]), optionalIndex(args[1]), optionalIndex(args[2])];
  };
  const affix = (name: string, self: PyValue, args: PyValue[], kwnames: readonly string[] | null, atEnd: boolean): boolean => {
    posArgs(q(name), args, kwnames, 1, 3);
    const s = text(self);
    const start = optionalIndex(args[1]);
    const end = optionalIndex(args[2]);
    const x = args[0];
    if (x instanceof PyTuple) {
      for (const item of x.items) {
        const b = bytesLike(item);
        if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(item).name}'`);
        if (tailMatch(s, latin1(b), start, end, atEnd)) return true;
      }
      return false;
    }
    const b = bytesLike(x);
    if (b === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(x).name}`);
    return tailMatch(s, latin1(b), start, end, atEnd);
  };
  const splitArgs = (name: string, args: PyValue[], kwnames: readonly string[] | null): [string | null, number] => {
    const [sepV, maxV] = kwArgs(name, args, kwnames, ['sep', 'maxsplit'], 0, 0);
    const sep = sepV === undefined || sepV === None ? null : bytesArg(sepV);
    return [sep, maxV === undefined ? -1 : ssize(maxV)];
  };
  const stripArg = (name: string, args: PyValue[], kwnames: readonly string[] | null): string | null => {
    posArgs(q(name), args, kwnames, 0, 1);
    return args[0] === undefined || args[0] === None ? null : bytesArg(args[0]);
  };
  const strip = (s: string, chars: string | null, which: number): string => {
    if (chars === null) return stripWhitespace(s, which, A.isSpaceByte);
    let i = 0;
    let j = s.length;
    if (which & 1) while (i < j && chars.includes(s[i])) i++;
    if (which & 2) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  };
  const pred = (name: string, f: (s: string) => boolean) => (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => {
    noArgs(q(name), args, kwnames);
    return f(text(self));
  };
  const conv = (name: string, f: (s: string) => string) => (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => {
    noArgs(q(name), args, kwnames);
    return make(f(text(self)));
  };
  const notFound = (): never => {
    throw valueError('subsection not found');
  };

  defineMethods(T, {
    find(self, args, kwnames) {
      const [sub, a, b] = search('find', args, kwnames);
      return findStr(text(self), sub, a, b, false);
    },
    rfind(self, args, kwnames) {
      const [sub, a, b] = search('rfind', args, kwnames);
      return findStr(text(self), sub, a, b, true);
    },
    index(self, args, kwnames) {
      const [sub, a, b] = search('index', args, kwnames);
      const i = findStr(text(self), sub, a, b, false);
      return i < 0 ? notFound() : i;
    },
    rindex(self, args, kwnames) {
      const [sub, a, b] = search('rindex', args, kwnames);
      const i = findStr(text(self), sub, a, b, true);
      return i < 0 ? notFound() : i;
    },
    count(self, args, kwnames) {
      const [sub, a, b] = search('count', args, kwnames);
      return countStr(text(self), sub, a, b);
    },
    startswith: (self, args, kwnames) => affix('startswith', self, args, kwnames, false),
    endswith: (self, args, kwnames) => affix('endswith', self, args, kwnames, true),
    replace(self, args, kwnames) {
      posArgs(q('replace'), args, kwnames, 2, 3);
      const count = args.length > 2 ? ssize(args[2]) : -1;
      const s = text(self);
      const old = bytesArg(args[0]);
      const replacement = bytesArg(args[1]);
      // Only a replace that does nothing reuses the receiver; equal-byte substitutions copy.
      const noop = count === 0 || (old === '' ? replacement === '' : s.indexOf(old) < 0);
      if (noop && kind.immutable && typeOf(self) === T) return self;
      return make(replaceStr(s, old, replacement, count));
    },
    split(self, args, kwnames) {
      const [sep, max] = splitArgs('split', args, kwnames);
      const s = text(self);
      return list(self, s, sep === null ? splitWhitespace(s, max, A.isSpaceByte) : splitSep(s, sep, max));
    },
    rsplit(self, args, kwnames) {
      const [sep, max] = splitArgs('rsplit', args, kwnames);
      const s = text(self);
      return list(self, s, sep === null ? rsplitWhitespace(s, max, A.isSpaceByte) : rsplitSep(s, sep, max));
    },
    splitlines(self, args, kwnames) {
      const [keepends] = kwArgs('splitlines', args, kwnames, ['keepends'], 0, 0);
      const s = text(self);
      return list(self, s, splitLines(s, keepends !== undefined && isTrue(keepends), isByteLineBreak));
    },
    partition: (self, args, kwnames) => partition(self, 'partition', args, kwnames, false),
    rpartition: (self, args, kwnames) => partition(self, 'rpartition', args, kwnames, true),
    strip: (self, args, kwnames) => keep(self, text(self), strip(text(self), stripArg('strip', args, kwnames), 3)),
    lstrip: (self, args, kwnames) => keep(self, text(self), strip(text(self), stripArg('lstrip', args, kwnames), 1)),
    rstrip: (self, args, kwnames) => keep(self, text(self), strip(text(self), stripArg('rstrip', args, kwnames), 2)),
    join(self, args, kwnames) {
      const items = sequenceFast(oneArg(q('join'), args, kwnames), 'can only join an iterable');
      if (kind.immutable && items.length === 1 && typeOf(items[0]) === T) return items[0];
      const parts = items.map((item, i) => {
        const b = bytesLike(item);
        if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(item).name} found`);
        return latin1(b);
      });
      return make(parts.join(text(self)));
    },
    removeprefix(self, args, kwnames) {
      const p = bytesArg(oneArg(q('removeprefix'), args, kwnames));
      const s = text(self);
      return keep(self, s, p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix(self, args, kwnames) {
      const p = bytesArg(oneArg(q('removesuffix'), args, kwnames));
      const s = text(self);
      return keep(self, s, p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
    upper: conv('upper', A.upper),
    lower: conv('lower', A.lower),
    swapcase: conv('swapcase', A.swapcase),
    title: conv('title', A.title),
    capitalize: conv('capitalize', A.capitalize),
    isalpha: pred('isalpha', A.isAlpha),
    isalnum: pred('isalnum', A.isAlnum),
    isdigit: pred('isdigit', A.isDigit),
    isspace: pred('isspace', A.isSpace),
    isascii: pred('isascii', A.isAscii),
    islower: pred('islower', A.isLower),
    isupper: pred('isupper', A.isUpper),
    istitle: pred('istitle', A.isTitle),
    center(self, args, kwnames) {
      posArgs(q('center'), args, kwnames, 1, 2);
      const s = text(self);
      return keep(self, s, center(s, ssize(args[0]), fill(args[1], 'center')));
    },
    ljust(self, args, kwnames) {
      posArgs(q('ljust'), args, kwnames, 1, 2);
      const s = text(self);
      return keep(self, s, ljust(s, ssize(args[0]), fill(args[1], 'ljust')));
    },
    rjust(self, args, kwnames) {
      posArgs(q('rjust'), args, kwnames, 1, 2);
      const s = text(self);
      return keep(self, s, rjust(s, ssize(args[0]), fill(args[1], 'rjust')));
    },
    zfill: (self, args, kwnames) => keep(self, text(self), zfill(text(self), ssize(oneArg(q('zfill'), args, kwnames)))),
    expandtabs(self, args, kwnames) {
      const [tab] = kwArgs('expandtabs', args, kwnames, ['tabsize'], 0, 0);
      return make(expandtabs(text(self), tab === undefined ? 8 : cInt(tab)));
    },
    translate(self, args, kwnames) {
      const [table, del] = kwArgs('translate', args, kwnames, ['table', 'delete'], 1, 1);
      const s = text(self);
      return keep(self, s, translateBytes(s, table!, del));
    },
    decode(self, args, kwnames) {
      const [enc, err] = kwArgs('decode', args, kwnames, ['encoding', 'errors'], 0, 0);
      const encoding = enc === undefined ? 'utf-8' : asStr(enc);
      if (encoding === null) throw typeError(`decode() argument 'encoding' must be str, not ${argTypeName(enc!)}`);
      const errors = err === undefined ? 'strict' : asStr(err);
      if (errors === null) throw typeError(`decode() argument 'errors' must be str, not ${argTypeName(err!)}`);
      return decodeBytes(fromLatin1(text(self)), encoding, errors);
    },
    hex(self, args, kwnames) {
      const [sep, per] = kwArgs('hex', args, kwnames, ['sep', 'bytes_per_sep'], 0, 0);
      return hexOf(text(self), sep, per);
    },
  });

  defineClassMethod(T, 'fromhex', (cls, args, kwnames) => {
    const v = oneArg(q('fromhex'), args, kwnames);
    const s = asStr(v);
    if (s === null) throw typeError(`fromhex() argument must be str, not ${argTypeName(v)}`);
    // A subclass is called with the decoded bytes (bytes, even for bytearray subclasses).
    return cls === T ? make(fromHex(s)) : call(cls, [new PyBytes(fromLatin1(fromHex(s)))]);
  });

  T.ns.setStr(
    'maketrans',
    new PyStaticMethod(
      new BuiltinFunction('maketrans', (args, kwnames) => {
        posArgs('maketrans', args, kwnames, 2, 2);
        const frm = bytesArg(args[0]);
        const to = bytesArg(args[1]);
        if (frm.length !== to.length) throw valueError('maketrans arguments must have same length');
        const table = new Uint8Array(256);
        for (let i = 0; i < 256; i++) table[i] = i;
        for (let i = 0; i < frm.length; i++) table[frm.charCodeAt(i)] = to.charCodeAt(i);
        return new PyBytes(table);
      }),
    ),
  );
}
