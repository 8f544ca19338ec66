// formatSyntaxError against CPython 3.13's own rendering (traceback.format_exception_only) of
// every error in the syntax-error corpus and of hand-built errors with unusual fields, plain and
// coloured. The expected text is recorded by scripts/generate-syntax-error-expectations.py.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { SyntaxErrorType } from '../src/compiler/errors';
import { formatSyntaxError, type SyntaxErrorInfo } from '../src/compiler/format-syntax-error';

const DIR = path.resolve(__dirname, '..', '..', 'tests', 'syntax-errors');

interface Recorded {
  readonly id?: string;
  readonly type: string;
  readonly msg: string;
  readonly filename?: string | null;
  readonly lineno?: number | null;
  readonly offset?: number | null;
  readonly text?: string | null;
  readonly end_lineno?: number | null;
  readonly end_offset?: number | null;
  readonly formatted: string;
  readonly formatted_color: string;
}

const SYNTAX_ERROR_TYPES: readonly string[] = ['SyntaxError', 'IndentationError', 'TabError'];

function info(r: Recorded, filename: string | null): SyntaxErrorInfo {
  return {
    type: r.type as SyntaxErrorType,
    msg: r.msg,
    filename,
    lineno: r.lineno ?? null,
    offset: r.offset ?? null,
    text: r.text ?? null,
    endLineno: r.end_lineno ?? null,
    endOffset: r.end_offset ?? null,
  };
}

function check(r: Recorded, filename: string | null): void {
  assert.equal(formatSyntaxError(info(r, filename)), r.formatted);
  assert.equal(formatSyntaxError(info(r, filename), { colorize: true }), r.formatted_color);
}

const corpus = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as { expected: Recorded[] };
const handBuilt = JSON.parse(fs.readFileSync(path.join(DIR, 'format-expected.json'), 'utf8')) as { cases: Recorded[] };

describe('formatSyntaxError', () => {
  test('the errors of the syntax-error corpus', () => {
    let count = 0;
    for (const r of corpus.expected) {
      if (!SYNTAX_ERROR_TYPES.includes(r.type)) continue;
      try {
        check(r, r.filename ?? null);
      } catch (e) {
        throw new Error(`snippet ${r.id}: ${(e as Error).message}`);
      }
      count++;
    }
    assert.ok(count > 250, `only ${count} corpus errors formatted`);
  });
  for (const r of handBuilt.cases) {
    test(`${r.type}: ${JSON.stringify(r.msg)}`, () => check(r, r.filename ?? null));
  }
});
