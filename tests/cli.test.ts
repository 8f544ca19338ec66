// The `taipan` command as a user meets it: exit statuses, CPython's messages for bad
// arguments and missing files, and never a Node stack trace, whatever the front end does.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

function taipan(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '80' };
  delete env['TAIPAN_DEBUG'];
  delete env['FORCE_COLOR'];
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', env, cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A line of a JS stack trace (`    at f (file.js:1:2)`), which the CLI must never print. */
const STACK_LINE = /^\s+at .*(:\d+:\d+\)?|\(native\))$/m;

function tmpFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('taipan command', () => {
  test('--version', () => {
    const r = taipan(['--version']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Taipan \S+ \(Python 3\.13\)\n$/);
  });

  test('an unknown interpreter option is a usage error', () => {
    const r = taipan(['-z']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^Unknown option: -z\nusage: taipan /);
  });

  test('a missing script: exit status 2, as CPython', () => {
    const r = taipan(['no-such-file.py']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `taipan: can't open file '${path.join(ROOT, 'no-such-file.py')}': [Errno 2] No such file or directory\n`);
  });

  test('-m ast on a missing file: FileNotFoundError', () => {
    const r = taipan(['-m', 'ast', 'no-such-file.py']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "FileNotFoundError: [Errno 2] No such file or directory: 'no-such-file.py'\n");
  });

  test('-m dis prints the disassembly of a file', () => {
    const r = taipan(['-m', 'dis', tmpFile('prog.py', 'x = 1\n')]);
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      '  0           RESUME                   0\n\n  1           LOAD_CONST               0 (1)\n' +
        '              STORE_NAME               0 (x)\n              RETURN_CONST             1 (None)\n',
    );
  });

  test('-m dis prints the warnings compiling emits on stderr', () => {
    const file = tmpFile('warn.py', 'if x is 1:\n    pass\n');
    const r = taipan(['-m', 'dis', file]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, `${file}:1: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?\n  if x is 1:\n`);
  });

  test('-m dis with a bad argument: argparse usage and exit status 2', () => {
    const r = taipan(['-m', 'dis', '--bogus']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'usage: dis.py [-h] [-C] [-O] [-S] [infile]\ndis.py: error: unrecognized arguments: --bogus\n');
  });

  test('-m dis on a missing file: FileNotFoundError', () => {
    const r = taipan(['-m', 'dis', 'no-such-file.py']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "FileNotFoundError: [Errno 2] No such file or directory: 'no-such-file.py'\n");
  });

  test('-m ast with a bad argument: argparse usage and exit status 2', () => {
    const r = taipan(['-m', 'ast', '--bogus']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^usage: python -m ast .*\npython -m ast: error: unrecognized arguments: --bogus\n$/s);
  });

  test('-m with another module', () => {
    const r = taipan(['-m', 'no_such_package.tool']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "taipan: Error while finding module specification for 'no_such_package.tool' (ModuleNotFoundError: No module named 'no_such_package')\n");
    assert.equal(taipan(['-m', 'no_such_module']).stderr, 'taipan: No module named no_such_module\n');
  });

  test('a valid script runs: its output and status 0', () => {
    const r = taipan([path.join(ROOT, 'examples', 'hello.py')]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'Hello, world!\nHello, Taipan!\n');
  });

  test('a script on stdin runs, with sys.argv[0] == "-"', () => {
    const r = taipan(['-', 'a'], 'import sys\nprint(sys.argv)\n');
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, "['-', 'a']\n");
  });

  test('sys.exit and SystemExit give the exit status; a message goes to stderr', () => {
    assert.equal(taipan(['-c', 'import sys; sys.exit(3)']).status, 3);
    const r = taipan(['-c', 'raise SystemExit("bye")']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'bye\n');
  });

  // Whatever state the front end is in, the user sees a Python-style report and status 1.
  const cases: [string, string[], string][] = [
    ['a script with a syntax error', [tmpFile('bad.py', 'x = 1\nprint "x"\n')], ''],
    ['-m ast on a syntax error', ['-m', 'ast', tmpFile('bad.py', 'def f(:\n')], ''],
    ['-m ast on stdin', ['-m', 'ast'], 'x = (1,\n'],
    ['-c with a syntax error', ['-c', 'return'], ''],
    ['a script raising an uncaught exception', [tmpFile('raise.py', 'def f():\n    raise ValueError("bad")\nf()\n')], ''],
    ['a script on stdin raising an uncaught exception', ['-'], '1 / 0\n'],
  ];
  for (const [name, args, input] of cases) {
    test(`${name}: a Python-style error and status 1, never a JS stack trace`, () => {
      const r = taipan(args, input);
      assert.equal(r.status, 1, r.stderr);
      assert.doesNotMatch(r.stderr, STACK_LINE);
      assert.match(r.stderr, /^(\w+Error|SystemError): .+\n$/m);
    });
  }
});
