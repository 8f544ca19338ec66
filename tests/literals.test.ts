// Number and string literal decoding against CPython 3.13 (tests/data/literals.json, from
// scripts/generate-literal-test-data.py): values, SyntaxWarnings and SyntaxError messages.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { BytesConstant, ComplexConstant, FloatConstant, SplitSurrogateStr } from '../src/compiler/ast/constants';
import {
  LiteralError,
  StringPrefix,
  decodeBytesLiteral,
  decodeStringLiteral,
  decodeStringToken,
  parseNumber,
  stringPrefix,
} from '../src/compiler/literals';
import { lookupUnicodeName, nameTable } from '../src/compiler/unicode-names';
import { TABLE_DIGEST, TABLE_SIZE } from '../src/compiler/unicode-names-data';
import { bitsOfDouble, hexOfBytes, intFromHex, readDataFile } from './data-files';

type Expected =
  | { error: string }
  | { int: string }
  | { float: string }
  | { complex: [string, string] }
  | { bytes: string }
  | string;

interface LiteralData {
  numbers: [string, Expected][];
  /** [name, code point or -1] */
  names: [string, number][];
  strings: [string, { error: string } | { value: Expected; warnings: string[]; kind?: string }][];
  /** [prefix, body as the tokenizer gives it, expected] */
  fstrings: [string, string, { error: string } | { value: string; warnings: string[] }][];
}

const data = readDataFile<LiteralData>('literals.json');

/** A decoded value in the data file's encoding, for comparison. */
function encode(v: unknown): Expected {
  if (typeof v === 'string') return v;
  // JSON cannot keep a surrogate pair's two code points apart either.
  if (v instanceof SplitSurrogateStr) return v.parts.join('');
  if (typeof v === 'number' || typeof v === 'bigint') {
    const big = BigInt(v);
    return { int: big < 0n ? '-' + (-big).toString(16) : big.toString(16) };
  }
  if (v instanceof FloatConstant) return { float: bitsOfDouble(v.value) };
  if (v instanceof ComplexConstant) return { complex: [bitsOfDouble(v.real), bitsOfDouble(v.imag)] };
  if (v instanceof BytesConstant) return { bytes: hexOfBytes(v.bytes) };
  throw new Error(`unexpected value ${String(v)}`);
}

function literalErrorOf(f: () => unknown): LiteralError | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof LiteralError) return e;
    throw e;
  }
}

test('numbers match CPython', () => {
  for (const [text, expected] of data.numbers) {
    if (typeof expected === 'object' && 'error' in expected) {
      const e = literalErrorOf(() => parseNumber(text));
      assert.ok(e, `${text.slice(0, 40)} should fail`);
      assert.equal(e.msg, expected.error);
      assert.equal(e.location, 'lines');
      continue;
    }
    assert.deepEqual(encode(parseNumber(text)), expected, text);
  }
});

test('ints are canonical: number when safe, bigint beyond', () => {
  assert.equal(parseNumber('9007199254740991'), 9007199254740991);
  assert.equal(parseNumber('9007199254740992'), 9007199254740992n);
  assert.equal(parseNumber('0x1fffffffffffff'), 0x1fffffffffffff);
  assert.equal(parseNumber('0b' + '1'.repeat(54)), (1n << 54n) - 1n);
  assert.equal(typeof parseNumber('0' + '0'.repeat(5000)), 'number');
  assert.equal(parseNumber('1'.repeat(4301), 0), BigInt('1'.repeat(4301)));
});

test('\\N{...} names resolve as in CPython', () => {
  assert.ok(data.names.length > 2000);
  for (const [name, cp] of data.names) assert.equal(lookupUnicodeName(name), cp, name);
});

test('the name table holds exactly what CPython accepts', () => {
  const table = nameTable();
  assert.equal(table.size, TABLE_SIZE);
  const lines = [...table]
    .map(([name, cp]): [number, string] => [cp, name])
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([cp, name]) => `${cp.toString(16)};${name}\n`)
    .join('');
  assert.equal(crypto.createHash('sha256').update(lines).digest('hex'), TABLE_DIGEST);
});

test('string and bytes tokens match CPython', () => {
  assert.ok(data.strings.length > 1000);
  for (const [src, expected] of data.strings) {
    const warnings: string[] = [];
    let result: string | SplitSurrogateStr | BytesConstant;
    try {
      result = decodeStringToken(src, (message) => warnings.push(message));
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      assert.ok('error' in expected, `${JSON.stringify(src)} failed: ${e.msg}`);
      assert.equal(e.msg, expected.error, JSON.stringify(src));
      assert.equal(e.location, 'token');
      continue;
    }
    assert.ok(!('error' in expected), `${JSON.stringify(src)} should fail with ${JSON.stringify(expected)}`);
    assert.deepEqual(encode(result), expected.value, JSON.stringify(src));
    assert.deepEqual(warnings, expected.warnings, JSON.stringify(src));
    assert.equal((stringPrefix(src) & StringPrefix.UNICODE) !== 0, expected.kind === 'u', JSON.stringify(src));
  }
});

test('f-string literal parts match CPython', () => {
  assert.ok(data.fstrings.length > 500);
  for (const [prefix, body, expected] of data.fstrings) {
    const raw = (stringPrefix(prefix + "'") & StringPrefix.RAW) !== 0;
    const warnings: string[] = [];
    const label = JSON.stringify(prefix + ':' + body);
    let value: string;
    try {
      value = String(encode(decodeStringLiteral(body, raw, (message) => warnings.push(message), true)));
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      assert.ok('error' in expected, `${label} failed: ${e.msg}`);
      assert.equal(e.msg, expected.error, label);
      continue;
    }
    assert.ok(!('error' in expected), `${label} should fail`);
    assert.equal(value, expected.value, label);
    assert.deepEqual(warnings, expected.warnings, label);
  }
});

test('warnings come once per literal, with the index of the backslash', () => {
  const seen: [string, number][] = [];
  assert.equal(decodeStringLiteral('ab\\d\\e\\777', false, (m, i) => seen.push([m, i])), 'ab\\d\\e\u01ff');
  assert.deepEqual(seen, [["invalid escape sequence '\\d'", 2]]);
  seen.length = 0;
  assert.deepEqual([...decodeBytesLiteral('\\777\\d', false, (m, i) => seen.push([m, i]))], [0xff, 0x5c, 0x64]);
  assert.deepEqual(seen, [["invalid octal escape sequence '\\777'", 0]]);
  // A decoding error wins over a warning found before it.
  seen.length = 0;
  assert.ok(literalErrorOf(() => decodeStringLiteral('\\d\\x', false, (m, i) => seen.push([m, i]))));
  assert.deepEqual(seen, []);
});

test('prefixes, quotes and raw literals', () => {
  assert.equal(stringPrefix("Rb'x'"), StringPrefix.RAW | StringPrefix.BYTES);
  assert.equal(stringPrefix('f"x"'), StringPrefix.FORMAT);
  assert.equal(stringPrefix("U'x'"), StringPrefix.UNICODE);
  assert.equal(decodeStringToken("''"), '');
  assert.equal(decodeStringToken("''''''"), '');
  assert.equal(decodeStringToken('"""a"b"""'), 'a"b');
  assert.equal(decodeStringToken("r'\\d\\\\'"), '\\d\\\\');
  assert.equal(decodeStringLiteral('\\n', true), '\\n');
  assert.equal(decodeStringLiteral('x\\', false, null, true), 'x\\');
});
