// The item types of array.array (Modules/arraymodule.c's descriptors, with x86-64 Linux sizes):
// how each stores a Python value (with the conversions and OverflowError messages of the
// PyArg_Parse format or PyLong function CPython uses for it) and reads it back.
import type { PyValue } from '../../objects/object';
import { PyFloat, StrSubclassValue } from '../../objects/boxes';
import { overflowError, typeError, valueError } from '../../objects/exceptions';
import { indexValue } from '../../objects/ops/index-value';
import { canonical } from '../../objects/int-arith';
import { asDouble } from '../math/arguments';

/** A stored item before it is written: a number, or a bigint for the 8-byte integer types. */
export type Raw = number | bigint;

export interface ArrayKind {
  /** The typecode character. */
  readonly code: string;
  readonly itemsize: number;
  /** Whether items are ints (their raw values compare as numbers). */
  readonly integer: boolean;
  /** Whether items are one-character strs ('u' and 'w'). */
  readonly unicode: boolean;
  /** The buffer format memoryview shows ('u' is wchar_t, 4 bytes here, shown as 'w'). */
  readonly format: string;
  /** The machine format code of __reduce_ex__ (arraymodule.c's enum machine_format_code). */
  readonly mformat: number;
  /** Converts a Python value to what is stored, raising CPython's errors. */
  convert(v: PyValue): Raw;
  read(dv: DataView, offset: number): Raw;
  write(dv: DataView, offset: number, raw: Raw): void;
  /** The Python value of a stored item. */
  box(raw: Raw): PyValue;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong on an item (by __index__): a long, or the OverflowError of one too large. */
function asLong(v: PyValue): number | bigint {
  const n = indexValue(v);
  if (typeof n === 'bigint' && (n < LONG_MIN || n > LONG_MAX)) throw overflowError('Python int too large to convert to C long');
  return n;
}

/** An int within [lo, hi], else the OverflowError "<what> is less than minimum" / "greater than maximum". */
function bounded(n: number | bigint, lo: number, hi: number, what: string): number {
  if (n < lo) throw overflowError(`${what} is less than minimum`);
  if (n > hi) throw overflowError(`${what} is greater than maximum`);
  return Number(n);
}

/** PyArg_Parse's "h": a C short. */
const asShort = (v: PyValue): number => bounded(asLong(v), -32768, 32767, 'signed short integer');
/** PyArg_Parse's "i": a C int. */
const asInt = (v: PyValue): number => bounded(asLong(v), -2147483648, 2147483647, 'signed integer');

/** PyLong_AsUnsignedLong on an item (by __index__). */
function asUnsignedLong(v: PyValue): bigint {
  const n = BigInt(indexValue(v));
  if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (n > ULONG_MAX) throw overflowError('Python int too large to convert to C unsigned long');
  return n;
}

function asLongLong(v: PyValue): bigint {
  const n = BigInt(indexValue(v));
  if (n < LONG_MIN || n > LONG_MAX) throw overflowError('int too big to convert');
  return n;
}

function asUnsignedLongLong(v: PyValue): bigint {
  const n = BigInt(indexValue(v));
  if (n < 0n) throw overflowError("can't convert negative int to unsigned");
  if (n > ULONG_MAX) throw overflowError('int too big to convert');
  return n;
}

/** A one-character str as its code point. */
function asCharacter(v: PyValue): number {
  const s = typeof v === 'string' ? v : v instanceof StrSubclassValue ? v.value : null;
  if (s === null || s.length === 0) throw typeError('array item must be unicode character');
  const cp = s.codePointAt(0)!;
  if (s.length !== (cp > 0xffff ? 2 : 1)) throw typeError('array item must be unicode character');
  return cp;
}

/** The str of one code point (PyUnicode_FromOrdinal). */
export function character(cp: number): string {
  if (cp < 0 || cp > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(cp);
}

const num = (raw: Raw): PyValue => raw as number;
const big = (raw: Raw): PyValue => canonical(raw as bigint);
const flt = (raw: Raw): PyValue => new PyFloat(raw as number);

function kind(
  code: string,
  itemsize: number,
  mformat: number,
  convert: (v: PyValue) => Raw,
  read: (dv: DataView, o: number) => Raw,
  write: (dv: DataView, o: number, raw: Raw) => void,
  box: (raw: Raw) => PyValue,
  options: { unicode?: boolean; format?: string } = {},
): ArrayKind {
  const unicode = options.unicode ?? false;
  const integer = !unicode && code !== 'f' && code !== 'd';
  return { code, itemsize, integer, unicode, format: options.format ?? code, mformat, convert, read, write, box };
}

// Little-endian throughout, as on x86-64 (machine format codes say so too).
const LE = true;

/** The descriptors in CPython's order, which is also array.typecodes. */
export const KINDS: readonly ArrayKind[] = [
  kind('b', 1, 1, (v) => bounded(asShort(v), -128, 127, 'signed char'), (dv, o) => dv.getInt8(o), (dv, o, r) => dv.setInt8(o, r as number), num),
  kind('B', 1, 0, (v) => bounded(asLong(v), 0, 255, 'unsigned byte integer'), (dv, o) => dv.getUint8(o), (dv, o, r) => dv.setUint8(o, r as number), num),
  kind('u', 4, 20, asCharacter, (dv, o) => dv.getInt32(o, LE), (dv, o, r) => dv.setInt32(o, r as number, LE), (r) => character(r as number), {
    unicode: true,
    format: 'w',
  }),
  kind('w', 4, 20, asCharacter, (dv, o) => dv.getUint32(o, LE), (dv, o, r) => dv.setUint32(o, r as number, LE), (r) => character(r as number), {
    unicode: true,
  }),
  kind('h', 2, 4, asShort, (dv, o) => dv.getInt16(o, LE), (dv, o, r) => dv.setInt16(o, r as number, LE), num),
  kind('H', 2, 2, (v) => bounded(asInt(v), 0, 65535, 'unsigned short'), (dv, o) => dv.getUint16(o, LE), (dv, o, r) => dv.setUint16(o, r as number, LE), num),
  kind('i', 4, 8, asInt, (dv, o) => dv.getInt32(o, LE), (dv, o, r) => dv.setInt32(o, r as number, LE), num),
  kind(
    'I',
    4,
    6,
    (v) => {
      const n = asUnsignedLong(v);
      if (n > 0xffffffffn) throw overflowError('unsigned int is greater than maximum');
      return Number(n);
    },
    (dv, o) => dv.getUint32(o, LE),
    (dv, o, r) => dv.setUint32(o, r as number, LE),
    num,
  ),
  kind('l', 8, 12, (v) => BigInt(asLong(v)), (dv, o) => dv.getBigInt64(o, LE), (dv, o, r) => dv.setBigInt64(o, r as bigint, LE), big),
  kind('L', 8, 10, asUnsignedLong, (dv, o) => dv.getBigUint64(o, LE), (dv, o, r) => dv.setBigUint64(o, r as bigint, LE), big),
  kind('q', 8, 12, asLongLong, (dv, o) => dv.getBigInt64(o, LE), (dv, o, r) => dv.setBigInt64(o, r as bigint, LE), big),
  kind('Q', 8, 10, asUnsignedLongLong, (dv, o) => dv.getBigUint64(o, LE), (dv, o, r) => dv.setBigUint64(o, r as bigint, LE), big),
  // A float item is the double rounded to single precision, as C's conversion rounds it.
  kind('f', 4, 14, (v) => Math.fround(asDouble(v)), (dv, o) => dv.getFloat32(o, LE), (dv, o, r) => dv.setFloat32(o, r as number, LE), flt),
  kind('d', 8, 16, asDouble, (dv, o) => dv.getFloat64(o, LE), (dv, o, r) => dv.setFloat64(o, r as number, LE), flt),
];

export const TYPECODES = KINDS.map((k) => k.code).join('');

export function kindOf(code: string): ArrayKind | undefined {
  return KINDS.find((k) => k.code === code);
}
