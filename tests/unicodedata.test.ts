// The unicodedata tables against CPython 3.13: every property of every code point, in 15.1.0
// and in ucd_3_2_0, and the single-character normal forms, hashed as
// scripts/generate-unicodedata.py hashes what CPython answers (TABLE_DIGEST). A table that no
// longer decodes to what CPython gave, or a change to the decoding, fails here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { CURRENT, decompositionText, OLD, type Database, type NormalForm } from '../src/modules/unicodedata/tables';
import { normalizeText, passesQuickCheck } from '../src/modules/unicodedata/normalize';
import { NAMED_SEQUENCES, TABLE_DIGEST } from '../src/modules/unicodedata/unicodedata-data';
import { floatRepr } from '../src/objects/float-repr';
import { ALIASES } from '../src/compiler/unicode-names-data';

const FORMS: readonly NormalForm[] = ['NFC', 'NFD', 'NFKC', 'NFKD'];

function hexes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    out += (out.length === 0 ? '' : ' ') + cp.toString(16).toUpperCase();
  }
  return out;
}

function normalize(db: Database, form: NormalForm, s: string): string {
  return passesQuickCheck(db, form, s) ? s : normalizeText(db, form, s);
}

/** One line per code point, as the generator's describe() writes it from CPython. */
function describe(db: Database, cp: number): string {
  const dec = db.decimal(cp);
  const dig = db.digit(cp);
  const num = db.numeric(cp);
  const fields = [
    db.name(cp) ?? '',
    db.category(cp),
    db.bidirectional(cp),
    String(db.combining(cp)),
    db.eastAsianWidth(cp),
    String(db.mirrored(cp)),
    decompositionText(db, cp),
    dec < 0 ? '' : String(dec),
    dig < 0 ? '' : String(dig),
    num === null ? "''" : floatRepr(num),
  ];
  if (cp < 0xd800 || cp > 0xdfff) {
    const c = String.fromCodePoint(cp);
    for (const form of FORMS) fields.push(hexes(normalize(db, form, c)));
  }
  return `${cp.toString(16).toUpperCase()};${fields.join(';')}\n`;
}

test('every property of every code point matches CPython 3.13', () => {
  const hash = crypto.createHash('sha256');
  for (const db of [CURRENT, OLD]) {
    let chunk = '';
    for (let cp = 0; cp < 0x110000; cp++) {
      chunk += describe(db, cp);
      if (chunk.length > 1 << 16) {
        hash.update(chunk, 'utf8');
        chunk = '';
      }
    }
    hash.update(chunk, 'utf8');
  }
  for (const item of NAMED_SEQUENCES.split(';')) {
    const name = item.slice(0, item.indexOf(':'));
    hash.update(`${name};${hexes(CURRENT.lookup(name)!)}\n`, 'utf8');
  }
  assert.equal(hash.digest('hex'), TABLE_DIGEST);
});

test('ucd_3_2_0 looks names up without aliases and named sequences, as CPython', () => {
  for (const item of ALIASES.split(';')) {
    const colon = item.indexOf(':');
    const alias = item.slice(colon + 1);
    assert.equal(CURRENT.lookup(alias), String.fromCodePoint(parseInt(item.slice(0, colon), 16)), alias);
    assert.equal(OLD.lookup(alias), null, alias);
  }
  for (const item of NAMED_SEQUENCES.split(';')) assert.equal(OLD.lookup(item.slice(0, item.indexOf(':'))), null);
  // Names of characters 3.2.0 lacked are still found (CPython 3.13 does not check them).
  assert.equal(OLD.lookup('LATIN SMALL LETTER DOTLESS J'), '\u0237');
  assert.equal(OLD.name(0x237), null);
  assert.equal(OLD.lookup('CJK UNIFIED IDEOGRAPH-9FA6'), '\u9fa6');
  assert.equal(OLD.lookup('hangul syllable ga'), null);
  assert.equal(OLD.lookup('HANGUL SYLLABLE GA'), '\uac00');
});
