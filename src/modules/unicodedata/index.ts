// The unicodedata module (Modules/unicodedata.c): character properties, names and
// normalization of Unicode 15.1.0 as CPython 3.13 has them, and the ucd_3_2_0 object that
// answers as Unicode 3.2.0 did (for IDNA and stringprep). Data: tables.ts; normalization:
// normalize.ts.
import type { PyValue } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { PyBytes, PyFloat } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { keyError, typeError, valueError } from '../../objects/exceptions';
import { noKeywords } from '../../objects/args';
import { defineMember, defineMethod } from '../../objects/native';
import { typeOf } from '../../objects/ops/typeof';
import { asStr, argTypeName } from '../../objects/str/args';
import { bytesLike, latin1 } from '../../objects/bytes/buffer';
import { decodeBytes, encodeStr } from '../../objects/bytes/codecs';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { CURRENT, type Database, decompositionText, type NormalForm, OLD } from './tables';
import { isNormalizedText, normalizeText, passesQuickCheck } from './normalize';

/** Longest name lookup() takes, in UTF-8 bytes (NAME_MAXLEN). */
const NAME_MAXLEN = 256;

const UCDType = newBuiltinType('unicodedata.UCD', undefined, { baseType: false, module: 'unicodedata' });
UCDType.qualname = 'UCD';

/** An instance of unicodedata.UCD: one version of the database. */
class UCDObject extends PyObject {
  constructor(readonly db: Database) {
    super(UCDType);
  }
}

/**
 * Checks the argument count. `qualname` names the function in keyword and METH_O messages
 * ("unicodedata.category()", "UCD.category()"), `name` in Argument Clinic's count messages.
 */
function checkCount(qualname: string, name: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKeywords(qualname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === 1 && max === 1) throw typeError(`${qualname}() takes exactly one argument (${n} given)`);
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) throw typeError(`${name} expected ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${plural(min)}, got ${n}`);
  throw typeError(`${name} expected at most ${plural(max)}, got ${n}`);
}

/** The code point of a one-character str argument; messages say "argument 1" where the function takes more. */
function charArg(fname: string, v: PyValue, numbered: boolean): number {
  const s = asStr(v);
  if (s !== null && s.length > 0) {
    const cp = s.codePointAt(0)!;
    if (s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw typeError(`${fname}() argument${numbered ? ' 1' : ''} must be a unicode character, not ${argTypeName(v)}`);
}

function strArgument(fname: string, v: PyValue, position: number): string {
  const s = asStr(v);
  if (s === null) throw typeError(`${fname}() argument ${position} must be str, not ${argTypeName(v)}`);
  return s;
}

function normalForm(v: PyValue, fname: string): NormalForm | null {
  const form = strArgument(fname, v, 1);
  return form === 'NFC' || form === 'NFD' || form === 'NFKC' || form === 'NFKD' ? form : null;
}

/**
 * lookup()'s argument as the name it spells: a str (which must encode to UTF-8) or a read-only
 * bytes-like object (bytes), and its length in bytes. Non-ASCII names never match.
 */
function lookupName(v: PyValue): [string, number, () => string] {
  const s = asStr(v);
  if (s !== null) {
    const length = encodeStr(s, 'utf-8', 'strict').length;
    return [s, length, () => s];
  }
  if (v instanceof PyBytes) {
    return [latin1(v.bytes), v.bytes.length, () => decodeBytes(v.bytes, 'utf-8', 'replace')];
  }
  if (bytesLike(v) !== null) throw typeError(`lookup() argument must be read-only bytes-like object, not ${typeOf(v).name}`);
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** The argument, or ValueError(message) when the property is missing and no default was given. */
function orDefault(value: PyValue | null, args: readonly PyValue[], message: string): PyValue {
  if (value !== null) return value;
  if (args.length > 1) return args[1];
  throw valueError(message);
}

type Impl = (db: Database, args: PyValue[]) => PyValue;

/** Each function of the module and method of UCD: [name, min args, max args, doc, implementation]. */
const FUNCTIONS: readonly (readonly [string, number, number, string, Impl])[] = [
  [
    'decimal',
    1,
    2,
    'Return the decimal value of the character chr as an int; default, or ValueError, when it has none.',
    (db, args) => {
      const v = db.decimal(charArg('decimal', args[0], true));
      return orDefault(v < 0 ? null : v, args, 'not a decimal');
    },
  ],
  [
    'digit',
    1,
    2,
    'Return the digit value of the character chr as an int; default, or ValueError, when it has none.',
    (db, args) => {
      const v = db.digit(charArg('digit', args[0], true));
      return orDefault(v < 0 ? null : v, args, 'not a digit');
    },
  ],
  [
    'numeric',
    1,
    2,
    'Return the numeric value of the character chr as a float; default, or ValueError, when it has none.',
    (db, args) => {
      const v = db.numeric(charArg('numeric', args[0], true));
      return orDefault(v === null ? null : new PyFloat(v), args, 'not a numeric character');
    },
  ],
  ['category', 1, 1, 'Return the general category of the character chr.', (db, args) => db.category(charArg('category', args[0], false))],
  [
    'bidirectional',
    1,
    1,
    "Return the bidirectional class of the character chr ('' when it has none).",
    (db, args) => db.bidirectional(charArg('bidirectional', args[0], false)),
  ],
  [
    'combining',
    1,
    1,
    'Return the canonical combining class of the character chr (0 when it has none).',
    (db, args) => db.combining(charArg('combining', args[0], false)),
  ],
  [
    'mirrored',
    1,
    1,
    'Return 1 if the character chr is mirrored in bidirectional text, else 0.',
    (db, args) => db.mirrored(charArg('mirrored', args[0], false)),
  ],
  [
    'east_asian_width',
    1,
    1,
    'Return the East Asian width of the character chr.',
    (db, args) => db.eastAsianWidth(charArg('east_asian_width', args[0], false)),
  ],
  [
    'decomposition',
    1,
    1,
    "Return the decomposition mapping of the character chr as text ('' when it has none).",
    (db, args) => decompositionText(db, charArg('decomposition', args[0], false)),
  ],
  [
    'is_normalized',
    2,
    2,
    'Return whether the string unistr is in the normal form form (NFC, NFD, NFKC or NFKD).',
    (db, args) => {
      strArgument('is_normalized', args[0], 1);
      const s = strArgument('is_normalized', args[1], 2);
      if (s.length === 0) return true;
      const form = normalForm(args[0], 'is_normalized');
      if (form === null) throw valueError('invalid normalization form');
      return isNormalizedText(db, form, s);
    },
  ],
  [
    'normalize',
    2,
    2,
    'Return the normal form form (NFC, NFD, NFKC or NFKD) of the string unistr.',
    (db, args) => {
      strArgument('normalize', args[0], 1);
      const s = strArgument('normalize', args[1], 2);
      if (s.length === 0) return args[1];
      const form = normalForm(args[0], 'normalize');
      if (form === null) throw valueError('invalid normalization form');
      // What the quick check passes is returned itself, as CPython does.
      if (passesQuickCheck(db, form, s)) return args[1];
      return normalizeText(db, form, s);
    },
  ],
  [
    'name',
    1,
    2,
    'Return the name of the character chr; default, or ValueError, when it has none.',
    (db, args) => orDefault(db.name(charArg('name', args[0], true)), args, 'no such name'),
  ],
  [
    'lookup',
    1,
    1,
    'Return the character (or named sequence) with the given name; KeyError when there is none.',
    (db, args) => {
      const [name, length, shown] = lookupName(args[0]);
      if (length > NAME_MAXLEN) throw keyError('name too long');
      const found = db.lookup(name);
      if (found !== null) return found;
      // CPython formats the name as a C string: it ends at the first NUL.
      const text = shown();
      const nul = text.indexOf('\0');
      throw keyError(`undefined character name '${nul < 0 ? text : text.slice(0, nul)}'`);
    },
  ],
];

for (const [name, min, max, doc, impl] of FUNCTIONS) {
  defineMethod(
    UCDType,
    name,
    (self, args, kwnames) => {
      checkCount(`UCD.${name}`, name, args, kwnames, min, max);
      return impl((self as UCDObject).db, args);
    },
    doc,
  );
}
defineMember(UCDType, 'unidata_version', (self) => (self as UCDObject).db.version);

function makeUnicodedataModule(_interp: Interpreter): PyModule {
  const m = new PyModule('unicodedata');
  m.dict.setStr(
    '__doc__',
    'Access to the Unicode Character Database (Unicode 15.1.0): the properties, names and\n' +
      'normal forms of characters, and ucd_3_2_0, the same functions over Unicode 3.2.0.',
  );
  for (const [name, min, max, doc, impl] of FUNCTIONS) {
    const fn = BuiltinFunction.ofModule(
      'unicodedata',
      name,
      (args, kwnames) => {
        checkCount(`unicodedata.${name}`, name, args, kwnames, min, max);
        return impl(CURRENT, args);
      },
      doc,
    );
    m.dict.setStr(name, fn);
  }
  m.dict.setStr('UCD', UCDType);
  m.dict.setStr('ucd_3_2_0', new UCDObject(OLD));
  m.dict.setStr('unidata_version', CURRENT.version);
  return m;
}

registerNativeModule('unicodedata', makeUnicodedataModule);
