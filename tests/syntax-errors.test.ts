// The syntax-error corpus: Taipan's front end must reject each snippet of
// tests/syntax-errors/corpus.json exactly as CPython 3.13's compile() does — the same exception
// type, message, line and column, and (where we report them) end position and source line. The
// expectations in expected.json come from CPython (scripts/generate-syntax-error-expectations.py).
//
// Snippets listed in known-failures.txt are expected to fail; the test fails when one passes,
// so that the list only shrinks. To rewrite the list from the current results:
//   npm run build && node dist/tests/syntax-errors.test.js --update-known-failures
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { checkSource } from '../src/compiler';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';

const DIR = path.resolve(__dirname, '..', '..', 'tests', 'syntax-errors');
const KNOWN_FAILURES = path.join(DIR, 'known-failures.txt');
const UPDATE = process.argv.includes('--update-known-failures');

type Mode = 'exec' | 'eval' | 'single';

interface Snippet {
  readonly id: string;
  readonly mode: Mode;
  readonly source: string;
}

/** What CPython raised; positions and text are absent for errors that are not SyntaxErrors. */
interface Expected extends Snippet {
  readonly stage: 'parser' | 'compiler';
  readonly type: string;
  readonly msg: string;
  readonly filename?: string | null;
  readonly lineno?: number | null;
  readonly offset?: number | null;
  readonly end_lineno?: number | null;
  readonly end_offset?: number | null;
  readonly text?: string | null;
}

const corpus = (JSON.parse(fs.readFileSync(path.join(DIR, 'corpus.json'), 'utf8')) as { snippets: Snippet[] }).snippets;
const expectedFile = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as { filename: string; expected: Expected[] };
const FILENAME = expectedFile.filename;

/** known-failures.txt: `id # reason` lines; '#' lines are comments (the leading ones are kept on update). */
function readKnownFailures(): { header: string[]; entries: Map<string, string> } {
  const header: string[] = [];
  const entries = new Map<string, string>();
  for (const line of fs.readFileSync(KNOWN_FAILURES, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) {
      if (entries.size === 0) header.push(line);
      continue;
    }
    if (trimmed === '') continue;
    const m = /^(\S+)\s*(?:#\s?(.*))?$/.exec(trimmed)!;
    entries.set(m[1]!, m[2] ?? '');
  }
  return { header, entries };
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** Why Taipan's result differs from CPython's, or null when it does not. */
function problemWith(e: Expected): string | null {
  let raised: unknown;
  try {
    checkSource(e.source, FILENAME, e.mode);
    return `no error raised; CPython raises ${e.type}: ${e.msg}`;
  } catch (err) {
    raised = err;
  }
  const diffs: string[] = [];
  const compare = (field: string, got: unknown, want: unknown): void => {
    if (got !== want) diffs.push(`${field}: got ${show(got)}, want ${show(want)}`);
  };
  if (raised instanceof PySyntaxError) {
    compare('type', raised.type, e.type);
    compare('msg', raised.msg, e.msg);
    compare('filename', raised.filename, e.filename ?? null);
    compare('lineno', raised.lineno, e.lineno ?? null);
    compare('offset', raised.offset, e.offset ?? null);
    // These are compared where Taipan reports them; a null is "not computed yet".
    if (raised.endLineno !== null) compare('end_lineno', raised.endLineno, e.end_lineno ?? null);
    if (raised.endOffset !== null) compare('end_offset', raised.endOffset, e.end_offset ?? null);
    if (raised.text !== null) compare('text', raised.text, e.text ?? null);
  } else if (raised instanceof PyCompileError) {
    compare('type', raised.type, e.type);
    compare('msg', raised.msg, e.msg);
  } else {
    const what = raised instanceof Error ? `${raised.name}: ${raised.message.split('\n')[0]}` : String(raised);
    return `internal error ${what}; CPython raises ${e.type}: ${e.msg}`;
  }
  return diffs.length === 0 ? null : diffs.join('; ');
}

const known = readKnownFailures();
const results = new Map<string, string | null>();

describe('syntax-error corpus', () => {
  test('expected.json is up to date with corpus.json', () => {
    const fromCorpus = corpus.map((s) => ({ id: s.id, mode: s.mode, source: s.source }));
    const fromExpected = expectedFile.expected.map((s) => ({ id: s.id, mode: s.mode, source: s.source }));
    assert.deepEqual(fromExpected, fromCorpus, 'run: python3.13 scripts/generate-syntax-error-expectations.py');
  });

  test('known-failures.txt names only snippets of the corpus', () => {
    const ids = new Set(corpus.map((s) => s.id));
    assert.deepEqual([...known.entries.keys()].filter((id) => !ids.has(id)), []);
  });

  for (const e of expectedFile.expected) {
    const isKnown = known.entries.has(e.id);
    test(`${e.id}${isKnown ? ' [known failure]' : ''}`, () => {
      const problem = problemWith(e);
      results.set(e.id, problem);
      if (UPDATE) return;
      if (isKnown) {
        if (problem === null) assert.fail(`${e.id} passes now: delete its line from tests/syntax-errors/known-failures.txt`);
        return;
      }
      if (problem !== null) assert.fail(`${e.id} (${e.stage}): ${problem}`);
    });
  }

  after(() => {
    if (!UPDATE) return;
    const lines = [...known.header];
    for (const e of expectedFile.expected) {
      const problem = results.get(e.id);
      if (problem === null || problem === undefined) continue;
      const reason = known.entries.get(e.id) || (problem.length > 140 ? problem.slice(0, 139) + '…' : problem);
      lines.push(`${e.id} # ${reason.replace(/\n/g, ' ')}`);
    }
    fs.writeFileSync(KNOWN_FAILURES, lines.join('\n') + '\n');
    console.log(`wrote ${KNOWN_FAILURES}: ${lines.length - known.header.length} known failures`);
  });
});
