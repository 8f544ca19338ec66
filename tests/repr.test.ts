// repr() of float, complex, str, bytes and int against CPython 3.13's own output
// (tests/data/float-repr.json and str-repr.json, from scripts/generate-literal-test-data.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { complexRepr, floatRepr } from '../src/objects/float-repr';
import { intRepr } from '../src/objects/int-repr';
import { bytesRepr, isPrintable, strRepr } from '../src/objects/str-repr';
import { bytesFromHex, doubleFromBits, intFromHex, readDataFile } from './data-files';

interface FloatData {
  /** [bits of x, repr(x), repr(-x)] */
  floats: [string, string, string][];
  /** [bits of real, bits of imag, repr(complex(real, imag))] */
  complexes: [string, string, string][];
}

interface StrData {
  strs: [string, string][];
  /** [hex of the bytes, repr] */
  bytes: [string, string][];
  /** [hex of the int, repr or null, ValueError message or null] */
  ints: [string, string | null, string | null][];
}

const floatData = readDataFile<FloatData>('float-repr.json');
const strData = readDataFile<StrData>('str-repr.json');

test('float repr matches CPython', () => {
  assert.ok(floatData.floats.length > 4000);
  for (const [bits, repr, negRepr] of floatData.floats) {
    const x = doubleFromBits(bits);
    assert.equal(floatRepr(x), repr, `repr of ${bits}`);
    assert.equal(floatRepr(-x), negRepr, `repr of -${bits}`);
  }
});

test('float repr: layout rules', () => {
  assert.equal(floatRepr(1), '1.0');
  assert.equal(floatRepr(-0), '-0.0');
  assert.equal(floatRepr(1e16), '1e+16');
  assert.equal(floatRepr(1.5e-5), '1.5e-05');
  assert.equal(floatRepr(Infinity), 'inf');
  assert.equal(floatRepr(NaN), 'nan');
});

test('complex repr matches CPython', () => {
  for (const [re, im, repr] of floatData.complexes) {
    assert.equal(complexRepr(doubleFromBits(re), doubleFromBits(im)), repr, `complex(${re}, ${im})`);
  }
  assert.equal(complexRepr(0, 3), '3j');
  assert.equal(complexRepr(0, -0), '-0j');
  assert.equal(complexRepr(-0, 1), '(-0+1j)');
});

test('str repr matches CPython', () => {
  for (const [s, repr] of strData.strs) assert.equal(strRepr(s), repr, JSON.stringify(s));
});

test('str repr: quotes, escapes and surrogates', () => {
  assert.equal(strRepr("it's"), `"it's"`);
  assert.equal(strRepr(`'"`), `'\\'"'`);
  assert.equal(strRepr('\ud800'), "'\\ud800'");
  assert.equal(strRepr('\ud83d\ude00'), "'\u{1f600}'");
  assert.equal(isPrintable(0x20), true);
  assert.equal(isPrintable(0xa0), false);
  // Assigned in Unicode 16 (which Node's ICU knows), unassigned in CPython 3.13's 15.1.
  assert.equal(isPrintable(0x1c89), false);
});

test('bytes repr matches CPython', () => {
  for (const [hex, repr] of strData.bytes) assert.equal(bytesRepr(bytesFromHex(hex)), repr, hex);
});

test('int repr matches CPython, digit limit included', () => {
  for (const [hex, repr, error] of strData.ints) {
    const v = intFromHex(hex);
    if (error !== null) assert.throws(() => intRepr(v), { message: error }, hex);
    else assert.equal(intRepr(v), repr, hex);
  }
  assert.equal(intRepr(10n ** 5000n, 0).length, 5001);
});
