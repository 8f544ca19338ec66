// The compile-time errors of src/compiler/early-errors.ts, through checkSource: for each snippet
// of tests/data/early-errors.json (parsed fine by CPython 3.13, which then raised — or did not —
// the recorded error when compiling it; see scripts/generate-early-error-expectations.py) Taipan
// must raise the same error with the same fields, or compile it as well.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSource } from '../src/compiler';
import { PyCompileError, PySyntaxError } from '../src/compiler/errors';
import { bytesFromHex, readDataFile } from './data-files';

/** A SyntaxError with its fields, or (for input nested too deep) a RecursionError: type and msg only. */
interface ExpectedError {
  readonly type: string;
  readonly msg: string;
  readonly lineno?: number | null;
  readonly offset?: number | null;
  readonly end_lineno?: number | null;
  readonly end_offset?: number | null;
  readonly text?: string | null;
}

interface Case {
  readonly id: string;
  readonly mode: 'exec' | 'eval' | 'single';
  /**
   * The snippet as text; or as the hex of a file's bytes (decoded as the file declares); or, when
   * long, as runs of text repeated `count` times.
   */
  readonly source?: string;
  readonly source_bytes?: string;
  readonly source_runs?: readonly (readonly [string, number])[];
  /** What compile() raised for the snippet saved as snippet.py, or null when it compiled. */
  readonly error: ExpectedError | null;
}

const { cases } = readDataFile<{ cases: Case[] }>('early-errors.json');

function sourceOf(c: Case): string | Uint8Array {
  if (c.source_bytes !== undefined) return bytesFromHex(c.source_bytes);
  if (c.source_runs !== undefined) return c.source_runs.map(([text, count]) => text.repeat(count)).join('');
  return c.source ?? '';
}

/** What checkSource raised, in the expectation's shape, or null. */
function outcome(source: string | Uint8Array, filename: string, mode: Case['mode']): ExpectedError | null {
  try {
    checkSource(source, filename, mode);
    return null;
  } catch (e) {
    if (e instanceof PyCompileError) return { type: e.type, msg: e.msg };
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      type: e.type,
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.endLineno,
      end_offset: e.endOffset,
      text: e.text,
    };
  }
}

describe('early errors, as CPython 3.13 compiles a file', () => {
  for (const c of cases) {
    test(c.id, () => {
      assert.deepEqual(outcome(sourceOf(c), 'snippet.py', c.mode), c.error);
    });
  }
});

describe('early errors under a name that is no file', () => {
  // CPython reads the offending line back from the file; `<string>` has none, so no text.
  for (const c of cases) {
    if (c.error === null || c.error.type !== 'SyntaxError') continue;
    test(c.id, () => {
      assert.deepEqual(outcome(sourceOf(c), '<string>', c.mode), { ...c.error, text: null });
    });
  }
});
