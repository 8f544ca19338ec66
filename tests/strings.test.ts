// str, bytes, bytearray and memoryview against CPython 3.13: case mappings and predicates of
// single characters and whole strings, printf-style float formatting and the codecs
// (tests/data/strings.json, from scripts/generate-strings-test-data.py), and the programs of
// tests/strings/ (each NAME.py beside the NAME.stdout that `PYTHONHASHSEED=0 python3.13
// NAME.py` printed).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import '../src/objects/index';
import { PyFloat } from '../src/objects/boxes';
import { PyBaseException } from '../src/objects/exceptions';
import { str } from '../src/objects/ops/repr';
import * as C from '../src/objects/str/case';
import { percentFormat } from '../src/objects/percent-format';
import { decodeBytes, encodeStr } from '../src/objects/bytes/codecs';
import { doubleFromBits, readDataFile } from './data-files';

interface Data {
  predicates: string[];
  /** [code point, upper, lower, title, casefold, predicate bits] */
  chars: [number, string, string, string, string, number][];
  /** [s, upper, lower, title, casefold, swapcase, capitalize, predicate bits] */
  strings: [string, string, string, string, string, string, string, number][];
  /** [bits of x, format, format % x] */
  floats: [string, string, string][];
  /** [direction, input (text or hex), encoding, errors, ['ok', hex or code points] | ['error', message]] */
  codecs: ['encode' | 'decode', string, string, string, ['ok', string | number[]] | ['error', string]][];
}

const data = readDataFile<Data>('strings.json');

const PREDICATES: Record<string, (s: string) => boolean> = {
  isalpha: C.isAlpha,
  isdigit: C.isDigit,
  isdecimal: C.isDecimal,
  isnumeric: C.isNumeric,
  isalnum: C.isAlnum,
  isspace: C.isSpace,
  isupper: C.isUpper,
  islower: C.isLower,
  istitle: C.isTitle,
  isidentifier: C.isIdentifier,
  isprintable: C.isPrintableStr,
};

function predicateBits(s: string): number {
  let bits = 0;
  data.predicates.forEach((name, i) => {
    if (PREDICATES[name](s)) bits |= 1 << i;
  });
  return bits;
}

test('case mappings and predicates of single characters match CPython', () => {
  assert.ok(data.chars.length > 4000);
  for (const [cp, upper, lower, title, fold, bits] of data.chars) {
    const c = String.fromCodePoint(cp);
    const at = `U+${cp.toString(16)}`;
    assert.equal(C.upper(c), upper, `${at}.upper()`);
    assert.equal(C.lower(c), lower, `${at}.lower()`);
    assert.equal(C.title(c), title, `${at}.title()`);
    assert.equal(C.casefold(c), fold, `${at}.casefold()`);
    assert.equal(predicateBits(c), bits, `${at} predicates`);
  }
});

test('case conversions of whole strings follow CPython (final sigma, title after apostrophes)', () => {
  for (const [s, upper, lower, title, fold, swap, cap, bits] of data.strings) {
    assert.equal(C.upper(s), upper, `${JSON.stringify(s)}.upper()`);
    assert.equal(C.lower(s), lower, `${JSON.stringify(s)}.lower()`);
    assert.equal(C.title(s), title, `${JSON.stringify(s)}.title()`);
    assert.equal(C.casefold(s), fold, `${JSON.stringify(s)}.casefold()`);
    assert.equal(C.swapcase(s), swap, `${JSON.stringify(s)}.swapcase()`);
    assert.equal(C.capitalize(s), cap, `${JSON.stringify(s)}.capitalize()`);
    assert.equal(predicateBits(s), bits, `${JSON.stringify(s)} predicates`);
  }
});

test('printf-style float formatting matches CPython, rounding half to even on the exact value', () => {
  assert.ok(data.floats.length > 1000);
  for (const [bits, spec, expected] of data.floats) {
    const x = doubleFromBits(bits);
    assert.equal(percentFormat(spec, new PyFloat(x), false), expected, `${spec} % ${x}`);
  }
});

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

test('the codecs encode and decode as CPython, with its error ranges and messages', () => {
  assert.ok(data.codecs.length > 500);
  for (const [direction, input, encoding, errors, [kind, expected]] of data.codecs) {
    const what = `${direction} ${JSON.stringify(input)} ${encoding} ${errors}`;
    let got: ['ok', string | number[]] | ['error', string];
    try {
      if (direction === 'encode') got = ['ok', hex(encodeStr(input, encoding, errors))];
      else got = ['ok', Array.from(decodeBytes(fromHex(input), encoding, errors), (ch) => ch.codePointAt(0)!)];
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      got = ['error', str(e)];
    }
    assert.deepEqual(got, [kind, expected], what);
  }
});

const ROOT = path.resolve(__dirname, '..', '..');
const PROGRAMS = path.join(ROOT, 'tests', 'strings');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

for (const file of fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort()) {
  test(`tests/strings/${file} prints what CPython printed`, () => {
    const expected = fs.readFileSync(path.join(PROGRAMS, file.slice(0, -3) + '.stdout'), 'utf8');
    const r = spawnSync(process.execPath, [CLI, file], {
      cwd: PROGRAMS,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', NO_COLOR: '1' },
      timeout: 60_000,
    });
    assert.equal(r.stdout, expected, r.stderr);
  });
}
