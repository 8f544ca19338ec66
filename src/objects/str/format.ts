// str.format and str.format_map (PEP 3101): literal text with {{ and }} escapes, replacement
// fields {name.attr[key]!conv:spec} with automatic or manual numbering, specs expanded once
// more for nested fields, each value rendered by format() (its __format__). Parsing and
// rendering are interleaved as in CPython, so an error in an earlier field wins.
import type { PyValue } from '../object';
import { indexError, keyError, typeError, valueError } from '../exceptions';
import { getAttr } from '../ops/attributes';
import { getItem } from '../ops/subscript';
import { repr, str } from '../ops/repr';
import { typeOf } from '../ops/typeof';
import { callMethodDescriptor } from '../ops/call';
import { asciiEscape } from '../str-repr';
import { decimalValue } from './unicode';
import { asStr } from './args';

/** ascii(v): repr(v) with non-ASCII characters escaped. */
export function asciiOf(v: PyValue): string {
  return asciiEscape(repr(v));
}

/** format(value, spec) (PyObject_Format). */
export function formatValue(v: PyValue, spec: string): string {
  return asStr(formatValueObject(v, spec))!;
}

/** format(value, spec) as the object __format__ returned (a str subclass instance stays one). */
function formatValueObject(v: PyValue, spec: string): PyValue {
  if (spec === '' && typeof v === 'string') return v;
  const type = typeOf(v);
  const m = type.lookup('__format__');
  if (m === undefined) throw typeError(`Type ${type.name} doesn't define __format__`);
  const r = callMethodDescriptor(m, v, [spec]);
  if (asStr(r) === null) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** One piece of a format string: literal text, and the field that follows it (if any). */
export interface MarkupPiece {
  literal: string;
  /** null when no field follows the literal. */
  field: { name: string; conversion: string | null; spec: string; specNeedsExpanding: boolean } | null;
}

/** Splits a format string into pieces (MarkupIterator), lazily so errors come in order. */
export function* parseMarkup(s: string): Generator<MarkupPiece> {
  const end = s.length;
  let pos = 0;
  while (pos < end) {
    const start = pos;
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 0x7b || c === 0x7d) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === 0x7d && (atEnd || s.charCodeAt(pos) !== 0x7d)) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === 0x7b) throw valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (s.charCodeAt(pos) === c) {
        pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) {
      yield { literal, field: null };
      continue;
    }
    // The field name runs to '}', ':' or '!'; brackets may hide those characters.
    const nameStart = pos;
    c = 0;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 0x7b) throw valueError("unexpected '{' in field name");
      if (c === 0x5b) {
        while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
        continue;
      }
      if (c === 0x7d || c === 0x3a || c === 0x21) break;
    }
    const name = s.slice(nameStart, pos - 1 < nameStart ? nameStart : pos - 1);
    let conversion: string | null = null;
    let spec = '';
    let expand = false;
    if (c === 0x21 || c === 0x3a) {
      if (c === 0x21) {
        if (pos >= end) throw valueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += conversion.length;
        if (pos < end) {
          const d = s.charCodeAt(pos++);
          if (d === 0x7d) {
            yield { literal, field: { name, conversion, spec: '', specNeedsExpanding: false } };
            continue;
          }
          if (d !== 0x3a) throw valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = pos;
      let count = 1;
      let closed = false;
      while (pos < end) {
        const d = s.charCodeAt(pos++);
        if (d === 0x7b) {
          expand = true;
          count++;
        } else if (d === 0x7d && --count === 0) {
          closed = true;
          break;
        }
      }
      if (!closed) throw valueError("unmatched '{' in format spec");
      spec = s.slice(specStart, pos - 1);
    } else if (c !== 0x7d) throw valueError("expected '}' before end of string");
    yield { literal, field: { name, conversion, spec, specNeedsExpanding: expand } };
  }
}

/** The digits of a field-name part as an index, or -1 when it is not all decimal digits. */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let n = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (n > (Number.MAX_SAFE_INTEGER - d) / 10) throw valueError('Too many decimal digits in format string');
    n = n * 10 + d;
  }
  return n;
}

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

/** Splits "first.attr[key]..." into its first part and the accessors after it. */
export function splitFieldName(name: string): { first: string; rest: [boolean, string | number][] } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  const rest: [boolean, string | number][] = [];
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const j = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(j, i);
      if (part === '') throw valueError('Empty attribute in format string');
      rest.push([true, part]);
    } else if (c === '[') {
      const j = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      part = name.slice(j, i++);
      if (part === '') throw valueError('Empty attribute in format string');
      const n = fieldInteger(part);
      rest.push([false, n >= 0 ? n : part]);
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return { first, rest };
}

function fieldObject(name: string, args: readonly PyValue[] | null, kwargs: PyValue | null, auto: AutoNumber): PyValue {
  const { first, rest } = splitFieldName(name);
  let index = fieldInteger(first);
  const empty = first === '';
  if (empty || index >= 0) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2 && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 1 && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let obj: PyValue;
  if (index < 0) {
    if (kwargs === null) throw keyError(first);
    obj = getItem(kwargs, first);
  } else {
    if (args === null) throw valueError('Format string contains positional fields');
    if (index >= args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
  }
  for (const [isAttr, key] of rest) obj = isAttr ? getAttr(obj, key as string) : getItem(obj, key);
  return obj;
}

function convert(v: PyValue, conversion: string): PyValue {
  switch (conversion) {
    case 'r':
      return repr(v);
    case 's':
      return str(v);
    case 'a':
      return asciiOf(v);
  }
  const c = conversion.codePointAt(0)!;
  if (c > 32 && c < 127) throw valueError(`Unknown conversion specifier ${conversion}`);
  throw valueError(`Unknown conversion specifier \\x${c.toString(16)}`);
}

/**
 * The formatted text; when nothing precedes the last piece and that piece is a field alone,
 * the object its __format__ returned (CPython's writer then hands that object back as is).
 */
function build(fmt: string, args: readonly PyValue[] | null, kwargs: PyValue | null, depth: number, auto: AutoNumber): PyValue {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let last: PyValue = '';
  for (const piece of parseMarkup(fmt)) {
    out += piece.literal;
    last = '';
    const f = piece.field;
    if (f === null) continue;
    let obj = fieldObject(f.name, args, kwargs, auto);
    if (f.conversion !== null) obj = convert(obj, f.conversion);
    const spec = f.specNeedsExpanding ? asStr(build(f.spec, args, kwargs, depth - 1, auto))! : f.spec;
    const formatted = formatValueObject(obj, spec);
    if (out === '') last = formatted;
    out += asStr(formatted)!;
  }
  return typeof last !== 'string' && out !== '' ? last : out;
}

/** fmt.format(*args, **kwargs); kwargs is a dict (or any mapping for format_map), or null. */
export function formatString(fmt: string, args: readonly PyValue[] | null, kwargs: PyValue | null): PyValue {
  return build(fmt, args, kwargs, 2, { state: 0, next: 0 });
}
