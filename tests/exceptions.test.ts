// Exception objects and how an uncaught exception prints, against CPython 3.13: each program in
// tests/exceptions/ is run here and its stdout, stderr (the traceback, with and without colour)
// and exit status compared with what CPython printed for it (tests/data/exceptions.json, from
// scripts/generate-exception-test-data.py). Plus the edit distance behind "Did you mean".
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readDataFile } from './data-files';
import { createInterpreter, runMain } from '../src/vm/run';
import { registerSourceProvider, setTracebackDefaults } from '../src/vm/traceback-print';
import { calculateSuggestion } from '../src/vm/suggestions';
import { dedent } from '../src/vm/traceback/text';
import { extractAnchors } from '../src/vm/traceback/anchors';

interface Case {
  source: string;
  stdout: string;
  stderr: string;
  status: number;
  stderrColor: string;
}

const cases = readDataFile<Record<string, Case>>('exceptions.json');

// The programs are not on disk: their source lines come from here, as the CLI's provider gives a file's.
const sources = new Map<string, string>();
registerSourceProvider((filename) => sources.get(filename) ?? null);

function run(name: string, c: Case, colorize: boolean): { stdout: string; stderr: string; status: number } {
  const filename = `/exc-tests/${name}.py`;
  sources.set(filename, c.source);
  let stdout = '';
  let stderr = '';
  const host = {
    writeStdout: (t: string) => void (stdout += t),
    writeStderr: (t: string) => void (stderr += t),
    readStdinLine: () => '',
    isatty: () => false,
  };
  setTracebackDefaults({ colorize });
  try {
    const interp = createInterpreter({ host, argv: [filename], path0: '/exc-tests', hashSeed: '0' });
    interp.sources.set(filename, c.source);
    const status = runMain(interp, c.source, filename);
    return { stdout, stderr, status };
  } finally {
    setTracebackDefaults({});
  }
}

describe('programs ending in exceptions print as CPython', () => {
  assert.ok(Object.keys(cases).length > 90);
  for (const [name, c] of Object.entries(cases)) {
    test(name, () => {
      const r = run(name, c, false);
      assert.equal(r.stderr, c.stderr);
      assert.equal(r.stdout, c.stdout);
      assert.equal(r.status, c.status);
    });
  }
});

describe('tracebacks in colour as CPython prints them on a terminal', () => {
  for (const [name, c] of Object.entries(cases)) {
    if (c.stderr === '' || c.stderrColor === c.stderr) continue;
    // Its compile-time SyntaxWarning was already shown once in this process (warnings show once per place).
    if (name === 'warn_escape_in_traceback') continue;
    test(name, () => {
      assert.equal(run(name, c, true).stderr, c.stderrColor);
    });
  }
});

describe('suggestions', () => {
  // Expected values from CPython 3.13's _suggestions._generate_suggestions.
  const expect: [string[], string, string | null][] = [
    [['value', 'values', 'valeu', 'Value'], 'valeu', 'value'],
    [['append', 'extend', 'insert'], 'apend', 'append'],
    [['lenght', 'length'], 'lengt', 'lenght'],
    [['abc'], 'xyz', null],
    [['Print', 'print_'], 'print', 'Print'],
    [['a'.repeat(45)], 'a'.repeat(44) + 'b', 'a'.repeat(45)],
    [Array.from({ length: 750 }, (_, i) => `x${i}`), 'x1', null],
    [Array.from({ length: 749 }, (_, i) => `x${i}`), 'x10000', 'x100'],
    [['naïve', 'naive_'], 'naive', 'naive_'],
    [['zz', 'ab'], 'ba', null],
  ];
  for (const [candidates, name, suggestion] of expect) {
    test(`${name} among ${candidates.length} names`, () => {
      assert.equal(calculateSuggestion(candidates, name), suggestion);
    });
  }
});

describe('traceback text helpers', () => {
  test('dedent as textwrap.dedent', () => {
    // textwrap.dedent('    a\n      b\n  \n    c\n') == 'a\n  b\n\nc\n'
    assert.equal(dedent('    a\n      b\n  \n    c\n'), 'a\n  b\n\nc\n');
    // textwrap.dedent('\ta\n  b\n') == '\ta\n  b\n' (tabs and spaces share no margin)
    assert.equal(dedent('\ta\n  b\n'), '\ta\n  b\n');
  });

  test('anchors of a binary operation, a subscript and a call', () => {
    // traceback._extract_caret_anchors_from_line_segment in CPython 3.13
    assert.deepEqual(pick(extractAnchors('a.upper() + b')), [0, 10, 0, 11]);
    assert.deepEqual(pick(extractAnchors('x // y')), [0, 2, 0, 4]);
    assert.deepEqual(pick(extractAnchors('d["a"][2]')), [0, 6, 0, 9]);
    assert.deepEqual(pick(extractAnchors('f(\n    1,\n)')), [0, 1, 2, 1]);
    assert.equal(extractAnchors('x'), null);
    assert.equal(extractAnchors('x = 1'), null);
  });
});

function pick(a: ReturnType<typeof extractAnchors>): number[] | null {
  return a === null ? null : [a.leftEndLine, a.leftEndOffset, a.rightStartLine, a.rightStartOffset];
}
