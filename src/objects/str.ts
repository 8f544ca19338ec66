// str: construction, every method of CPython 3.13's str, and its slots (subscript, len,
// contains, concatenation, repetition, comparison in code-point order, hash, iteration,
// printf-style %). A str is a JS string; an instance of a subclass is a StrSubclassValue.
// The algorithms live in str/ (search, split, case, pad, translate, format).
import type { PyValue } from './object';
import { PyBytes, PyList, PySlice, PyTuple, StrSubclassValue } from './boxes';
import { StrType } from './builtin-types';
import { None, NotImplemented } from './singletons';
import { indexError, MemoryError, newException, overflowError, typeError, valueError } from './exceptions';
import { defineMethods, defineNew } from './native';
import { PyStaticMethod, BuiltinFunction } from './function';
import { PyDict } from './dict';
import { Cmp, compareStrings } from './ops/compare';
import { indexValue } from './ops/index-value';
import { str, strObject } from './ops/repr';
import { isTrue } from './ops/truth';
import { typeOf } from './ops/typeof';
import { hashStr } from './str-hash';
import { strRepr } from './str-repr';
import { sliceIndices } from './slice';
import { classArg, hasIndex, itemPosition, repeatCount, sequenceFast, slotArgs } from './sequence';
import { argTypeName, asStr, kwArgs, noArgs, oneArg, posArgs, selfStr, strArg } from './str/args';
import { chars, isBmpOnly, strLength } from './str/codepoints';
import { countStr, findStr, hasAffix, replaceStr, tailMatch } from './str/search';
import {
  partitionStr,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  stripChars,
  stripWhitespace,
} from './str/split';
import * as C from './str/case';
import { center, expandtabs, ljust, rjust, zfill } from './str/pad';
import { maketrans, translate } from './str/translate';
import { formatString } from './str/format';
import { formatStr } from './format';
import { optionalIndex } from './str/slicing';
import { strIter } from './str/iterator';
import { percentFormat } from './percent-format';
import { bytesLike } from './bytes/buffer';
import { decodeBytes, encodeStr } from './bytes/codecs';

/** A Py_ssize_t argument (a width, a count): an index that must fit. */
function ssize(v: PyValue): number {
  if (typeof v === 'number') return v;
  const n = indexValue(v);
  if (typeof n === 'bigint') {
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
    // Beyond 2**53 no str can be that long, so the clamped value acts the same.
    return n > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  }
  return n;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** A C int argument (expandtabs' tabsize). */
function cInt(v: PyValue): number {
  const n = typeof v === 'number' ? v : indexValue(v);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(n);
}

/** The value of a str operand of a slot (`other` of __add__, __eq__…), or null. */
const other = asStr;

function newStr(cls: PyValue, value: string): PyValue {
  return cls === StrType ? value : new StrSubclassValue(value, cls as never);
}

// --- construction -----------------------------------------------------------------------

defineNew(StrType, (args, kwnames) => {
  const cls = classArg(args, StrType);
  const rest = args.slice(1);
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (rest.length - nkw > 3) throw typeError(`str expected at most 3 arguments, got ${rest.length - nkw}`);
  const [object, encoding, errors] = kwArgs('str', rest, kwnames, ['object', 'encoding', 'errors'], 0, 0);
  let value: string;
  if (encoding === undefined && errors === undefined) {
    if (object === undefined) value = '';
    else {
      const result = strObject(object);
      // str(x) is whatever __str__ gave, a str subclass instance included.
      if (cls === StrType) return result;
      value = typeof result === 'string' ? result : (result as StrSubclassValue).value;
    }
  } else {
    // Unlike most clinic parsers, str() names None's type "NoneType" here.
    const enc = encoding === undefined ? 'utf-8' : constructorStrArg(encoding, 'encoding');
    const err = errors === undefined ? 'strict' : constructorStrArg(errors, 'errors');
    if (object === undefined) value = '';
    else {
      if (asStr(object) !== null) throw typeError('decoding str is not supported');
      const data = bytesLike(object);
      if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(object).name} found`);
      value = decodeBytes(data, enc, err);
    }
  }
  return newStr(cls, value);
});

function constructorStrArg(v: PyValue, name: string): string {
  const s = asStr(v);
  if (s === null) throw typeError(`str() argument '${name}' must be str, not ${typeOf(v).name}`);
  return s;
}

// --- helpers for the methods ------------------------------------------------------------

/** find/rfind/index/rindex/count: (sub[, start[, end]]). */
function searchArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): [string, number | undefined, number | undefined] {
  posArgs(`str.${name}`, args, kwnames, 1, 3);
  const sub = strArg(args[0], name, 1);
  return [sub, optionalIndex(args[1]), optionalIndex(args[2])];
}

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = asStr(v);
  if (s === null) throw typeError(`The fill character must be a unicode character, not ${typeOf(v).name}`);
  if (strLength(s) !== 1) throw typeError('The fill character must be exactly one character long');
  return s;
}

function splitArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): [string | null, number] {
  const [sepV, maxV] = kwArgs(name, args, kwnames, ['sep', 'maxsplit'], 0, 0);
  let sep: string | null = null;
  if (sepV !== undefined && sepV !== None) {
    sep = asStr(sepV);
    if (sep === null) throw typeError(`must be str or None, not ${typeOf(sepV).name}`);
  }
  const max = maxV === undefined ? -1 : ssize(maxV);
  return [sep, max];
}

function sepArg(v: PyValue): string {
  const s = asStr(v);
  if (s === null) throw typeError(`must be str, not ${typeOf(v).name}`);
  return s;
}

function stripArg(name: string, args: PyValue[], kwnames: readonly string[] | null): string | null {
  posArgs(`str.${name}`, args, kwnames, 0, 1);
  const v = args[0];
  if (v === undefined || v === None) return null;
  const s = asStr(v);
  if (s === null) throw typeError(`${name} arg must be None or str`);
  return s;
}

function affix(name: string, args: PyValue[], kwnames: readonly string[] | null, atEnd: boolean, self: string): boolean {
  posArgs(`str.${name}`, args, kwnames, 1, 3);
  const start = optionalIndex(args[1]);
  const end = optionalIndex(args[2]);
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const item of x.items) {
      const s = asStr(item);
      if (s === null) throw typeError(`tuple for ${name} must only contain str, not ${typeOf(item).name}`);
      if (tailMatch(self, s, start, end, atEnd)) return true;
    }
    return false;
  }
  const s = asStr(x);
  if (s === null) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
  return tailMatch(self, s, start, end, atEnd);
}

function predicate(name: string, test: (s: string) => boolean) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    noArgs(`str.${name}`, args, kwnames);
    return test(selfStr(self));
  };
}

function transform(name: string, f: (s: string) => string) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    noArgs(`str.${name}`, args, kwnames);
    return f(selfStr(self));
  };
}

/**
 * Whether a format string has none of the markup characters, so that CPython's format and %
 * return the string itself (a subclass instance stays one); the empty str is CPython's
 * singleton and always exact.
 */
function literalOnly(fmt: string, markup: string): boolean {
  if (fmt.length === 0) return false;
  for (let i = 0; i < markup.length; i++) if (fmt.includes(markup[i])) return false;
  return true;
}

/** (r)partition: when sep is absent, CPython puts self itself (a subclass instance stays one) in the tuple. */
function partitionTuple(self: PyValue, sep: string, reverse: boolean): PyTuple {
  const parts: PyValue[] = partitionStr(selfStr(self), sep, reverse);
  if (parts[1] === '') parts[reverse ? 2 : 0] = self;
  return new PyTuple(parts);
}

/** s.join(iterable). */
export function joinStrs(sep: string, iterable: PyValue): string {
  const items = sequenceFast(iterable, 'can only join an iterable');
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = asStr(items[i]);
    if (s === null) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
    parts[i] = s;
  }
  return parts.join(sep);
}

// The code points of the last string with astral characters that was subscripted, so that
// indexing it in a loop does not split it again each time.
let lastSplit = '';
let lastChars: string[] = [];

function charsOf(s: string): string[] {
  if (s !== lastSplit) {
    lastChars = chars(s);
    lastSplit = s;
  }
  return lastChars;
}

/** s[key] for an int or a slice. */
export function strSubscript(s: string, key: PyValue): string {
  if (key instanceof PySlice) {
    const bmp = isBmpOnly(s);
    const units = bmp ? null : charsOf(s);
    const len = bmp ? s.length : units!.length;
    const [start, , step, count] = sliceIndices(key, len);
    if (count <= 0) return '';
    if (step === 1) return bmp ? s.slice(start, start + count) : units!.slice(start, start + count).join('');
    let out = '';
    for (let k = 0, i = start; k < count; k++, i += step) out += bmp ? s[i] : units![i];
    return out;
  }
  if (!hasIndex(key)) throw typeError(`string indices must be integers, not '${typeOf(key).name}'`);
  if (isBmpOnly(s)) {
    const i = itemPosition(key, s.length);
    if (i < 0) throw indexError('string index out of range');
    return s[i];
  }
  const units = charsOf(s);
  const i = itemPosition(key, units.length);
  if (i < 0) throw indexError('string index out of range');
  return units[i];
}

function repeatStr(s: string, n: PyValue): PyValue {
  const count = repeatCount(n);
  if (count === null) return NotImplemented;
  if (count === 0 || s.length === 0) return '';
  const length = strLength(s);
  if (length * count > 0x1fffffe8) {
    // CPython refuses a length Py_ssize_t cannot hold, and runs out of memory below that.
    // (repeatCount clamps a huge count, so take the exact one again.)
    const exact = typeof n === 'number' ? BigInt(n) : BigInt(indexValue(n));
    if (BigInt(length) * exact > SSIZE_MAX) throw overflowError('repeated string is too long');
    throw newException(MemoryError);
  }
  return s.repeat(count);
}

function compare(op: Cmp) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const b = other(args[0]);
    if (b === null) return NotImplemented;
    const a = selfStr(self);
    if (op === Cmp.EQ) return a === b;
    if (op === Cmp.NE) return a !== b;
    const c = compareStrings(a, b);
    switch (op) {
      case Cmp.LT:
        return c < 0;
      case Cmp.LE:
        return c <= 0;
      case Cmp.GT:
        return c > 0;
      default:
        return c >= 0;
    }
  };
}

/** sys.getsizeof of a str: CPython's compact layouts by the widest character. */
function sizeOf(s: string): number {
  let max = 0;
  for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
  const n = strLength(s);
  if (max < 0x80) return 41 + n;
  if (max < 0x100) return 57 + n + (n === 1 ? 2 : 0);
  if (max < 0x10000) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
}

// --- slots ------------------------------------------------------------------------------

defineMethods(StrType, {
  __repr__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__repr__');
    return strRepr(selfStr(self));
  },
  __str__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__str__');
    return selfStr(self);
  },
  __hash__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__hash__');
    return hashStr(selfStr(self));
  },
  __len__(self, args, kwnames) {
    slotArgs(args, kwnames, 0, '__len__');
    return strLength(selfStr(self));
  },
  __getitem__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__getitem__');
    return strSubscript(selfStr(self), args[0]);
  },
  __contains__(self, args, kwnames) {
    slotArgs(args, kwnames, 1, '__contains__');
    const s = asStr(args[0]);
    if (s === null) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).name}`);
    const hay = selfStr(self);
    // A lone surrogate must not match half of an astral character; findStr knows the pairs.
    return hay.includes(s) && (isBmpOnly(hay) || findStr(hay, s, undefined, undefined, false) >= 0);
  },
  __add__(self, args) {
    const b = other(args[0]);
    if (b === null) return NotImplemented;
    return selfStr(self) + b;
  },
  __mul__: (self, args) => repeatStr(selfStr(self), args[0]),
  __rmul__: (self, args) => repeatStr(selfStr(self), args[0]),
  __mod__(self, args) {
    const fmt = selfStr(self);
    const r = percentFormat(fmt, args[0], false);
    return literalOnly(fmt, '%') ? self : r;
  },
  __rmod__(self, args) {
    const fmt = other(args[0]);
    return fmt === null ? NotImplemented : percentFormat(fmt, self, false);
  },
  __eq__: compare(Cmp.EQ),
  __ne__: compare(Cmp.NE),
  __lt__: compare(Cmp.LT),
  __le__: compare(Cmp.LE),
  __gt__: compare(Cmp.GT),
  __ge__: compare(Cmp.GE),
  __iter__: (self) => strIter(self),
  __getnewargs__: (self) => new PyTuple([selfStr(self)]),
  __sizeof__: (self) => sizeOf(selfStr(self)),
  __format__(self, args, kwnames) {
    const spec = oneArg('str.__format__', args, kwnames);
    const s = asStr(spec);
    if (s === null) throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    // PEP 3101: an empty spec gives str(self), which a subclass's __str__ may override.
    if (s.length === 0) return str(self);
    const value = selfStr(self);
    const r = formatStr(value, s, typeOf(self).name);
    // Nothing padded or cut: CPython hands back self itself, so a subclass instance stays one.
    return r === value && value.length > 0 ? self : r;
  },
});

// --- methods ----------------------------------------------------------------------------

defineMethods(StrType, {
  find(self, args, kwnames) {
    const [sub, start, end] = searchArgs('find', args, kwnames);
    return findStr(selfStr(self), sub, start, end, false);
  },
  rfind(self, args, kwnames) {
    const [sub, start, end] = searchArgs('rfind', args, kwnames);
    return findStr(selfStr(self), sub, start, end, true);
  },
  index(self, args, kwnames) {
    const [sub, start, end] = searchArgs('index', args, kwnames);
    const i = findStr(selfStr(self), sub, start, end, false);
    if (i < 0) throw valueError('substring not found');
    return i;
  },
  rindex(self, args, kwnames) {
    const [sub, start, end] = searchArgs('rindex', args, kwnames);
    const i = findStr(selfStr(self), sub, start, end, true);
    if (i < 0) throw valueError('substring not found');
    return i;
  },
  count(self, args, kwnames) {
    const [sub, start, end] = searchArgs('count', args, kwnames);
    return countStr(selfStr(self), sub, start, end);
  },
  startswith: (self, args, kwnames) => affix('startswith', args, kwnames, false, selfStr(self)),
  endswith: (self, args, kwnames) => affix('endswith', args, kwnames, true, selfStr(self)),
  replace(self, args, kwnames) {
    const [oldV, newV, countV] = kwArgs('replace', args, kwnames, ['old', 'new', 'count'], 2, 2);
    const old = strArg(oldV!, 'replace', 1);
    const rep = strArg(newV!, 'replace', 2);
    const count = countV === undefined ? -1 : ssize(countV);
    return replaceStr(selfStr(self), old, rep, count);
  },
  split(self, args, kwnames) {
    const [sep, max] = splitArgs('split', args, kwnames);
    const s = selfStr(self);
    return new PyList(sep === null ? splitWhitespace(s, max) : splitSep(s, sep, max));
  },
  rsplit(self, args, kwnames) {
    const [sep, max] = splitArgs('rsplit', args, kwnames);
    const s = selfStr(self);
    return new PyList(sep === null ? rsplitWhitespace(s, max) : rsplitSep(s, sep, max));
  },
  splitlines(self, args, kwnames) {
    const [keep] = kwArgs('splitlines', args, kwnames, ['keepends'], 0, 0);
    return new PyList(splitLines(selfStr(self), keep !== undefined && isTrue(keep)));
  },
  partition(self, args, kwnames) {
    const sep = sepArg(oneArg('str.partition', args, kwnames));
    return partitionTuple(self, sep, false);
  },
  rpartition(self, args, kwnames) {
    const sep = sepArg(oneArg('str.rpartition', args, kwnames));
    return partitionTuple(self, sep, true);
  },
  strip(self, args, kwnames) {
    const chars = stripArg('strip', args, kwnames);
    return chars === null ? stripWhitespace(selfStr(self), 3) : stripChars(selfStr(self), chars, 3);
  },
  lstrip(self, args, kwnames) {
    const chars = stripArg('lstrip', args, kwnames);
    return chars === null ? stripWhitespace(selfStr(self), 1) : stripChars(selfStr(self), chars, 1);
  },
  rstrip(self, args, kwnames) {
    const chars = stripArg('rstrip', args, kwnames);
    return chars === null ? stripWhitespace(selfStr(self), 2) : stripChars(selfStr(self), chars, 2);
  },
  join(self, args, kwnames) {
    return joinStrs(selfStr(self), oneArg('str.join', args, kwnames));
  },
  removeprefix(self, args, kwnames) {
    const p = asStr(oneArg('str.removeprefix', args, kwnames));
    if (p === null) throw typeError(`removeprefix() argument must be str, not ${argTypeName(args[0])}`);
    const s = selfStr(self);
    return p.length > 0 && hasAffix(s, p, false) ? s.slice(p.length) : s;
  },
  removesuffix(self, args, kwnames) {
    const p = asStr(oneArg('str.removesuffix', args, kwnames));
    if (p === null) throw typeError(`removesuffix() argument must be str, not ${argTypeName(args[0])}`);
    const s = selfStr(self);
    return p.length > 0 && hasAffix(s, p, true) ? s.slice(0, s.length - p.length) : s;
  },
  upper: transform('upper', C.upper),
  lower: transform('lower', C.lower),
  casefold: transform('casefold', C.casefold),
  swapcase: transform('swapcase', C.swapcase),
  title: transform('title', C.title),
  capitalize: transform('capitalize', C.capitalize),
  isalpha: predicate('isalpha', C.isAlpha),
  isalnum: predicate('isalnum', C.isAlnum),
  isdecimal: predicate('isdecimal', C.isDecimal),
  isdigit: predicate('isdigit', C.isDigit),
  isnumeric: predicate('isnumeric', C.isNumeric),
  isspace: predicate('isspace', C.isSpace),
  isprintable: predicate('isprintable', C.isPrintableStr),
  isascii: predicate('isascii', C.isAsciiStr),
  islower: predicate('islower', C.isLower),
  isupper: predicate('isupper', C.isUpper),
  istitle: predicate('istitle', C.isTitle),
  isidentifier: predicate('isidentifier', C.isIdentifier),
  center(self, args, kwnames) {
    posArgs('str.center', args, kwnames, 1, 2);
    return center(selfStr(self), ssize(args[0]), fillChar(args[1]));
  },
  ljust(self, args, kwnames) {
    posArgs('str.ljust', args, kwnames, 1, 2);
    return ljust(selfStr(self), ssize(args[0]), fillChar(args[1]));
  },
  rjust(self, args, kwnames) {
    posArgs('str.rjust', args, kwnames, 1, 2);
    return rjust(selfStr(self), ssize(args[0]), fillChar(args[1]));
  },
  zfill(self, args, kwnames) {
    return zfill(selfStr(self), ssize(oneArg('str.zfill', args, kwnames)));
  },
  expandtabs(self, args, kwnames) {
    const [tab] = kwArgs('expandtabs', args, kwnames, ['tabsize'], 0, 0);
    return expandtabs(selfStr(self), tab === undefined ? 8 : cInt(tab));
  },
  translate(self, args, kwnames) {
    return translate(selfStr(self), oneArg('str.translate', args, kwnames));
  },
  encode(self, args, kwnames) {
    const [enc, err] = kwArgs('encode', args, kwnames, ['encoding', 'errors'], 0, 0);
    const encoding = enc === undefined ? 'utf-8' : strArg(enc, 'encode', 'encoding');
    const errors = err === undefined ? 'strict' : strArg(err, 'encode', 'errors');
    return new PyBytes(encodeStr(selfStr(self), encoding, errors));
  },
  format(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const positional = args.slice(0, args.length - nkw);
    let kwargs: PyDict | null = null;
    if (nkw > 0) {
      kwargs = new PyDict();
      for (let k = 0; k < nkw; k++) kwargs.setStr(kwnames![k], args[positional.length + k]);
    }
    const r = formatString(selfStr(self), positional, kwargs);
    return literalOnly(selfStr(self), '{}') ? self : r;
  },
  format_map(self, args, kwnames) {
    const r = formatString(selfStr(self), null, oneArg('str.format_map', args, kwnames));
    return literalOnly(selfStr(self), '{}') ? self : r;
  },
});

StrType.ns.setStr(
  'maketrans',
  new PyStaticMethod(
    new BuiltinFunction('maketrans', (args, kwnames) => {
      posArgs('str.maketrans', args, kwnames, 1, 3);
      return maketrans(args);
    }),
  ),
);

StrType.ns.setStr(
  '__doc__',
  "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n" +
    'Create a new string object from the given object. If encoding or\n' +
    'errors is specified, then the object must expose a data buffer\n' +
    'that will be decoded using the given encoding and error handler.\n' +
    'Otherwise, returns the result of object.__str__() (if defined)\n' +
    "or repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.",
);
