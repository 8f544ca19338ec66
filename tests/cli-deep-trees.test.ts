// `taipan -m ast` on trees nested near CPython's recursion limits fails where and as
// `python3.13 -m ast` fails (tests/cli/deep-trees.json, recorded from CPython by
// scripts/generate-deep-tree-expectations.py), and never with a JS stack overflow.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { runAstModule } from '../src/cli/ast-command';
import type { CliIo } from '../src/cli/io';

interface Case {
  readonly shape: string;
  readonly size: number;
  readonly status: number;
  readonly last_stderr_line: string;
}

const SHAPES: Record<string, (n: number) => string> = {
  attribute: (n) => 'x' + '.y'.repeat(n),
  call: (n) => 'f' + '()'.repeat(n),
  subscript: (n) => 'x = a' + '[0]'.repeat(n),
  addition: (n) => 'x = ' + Array(n).fill('1').join('+'),
};

const data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'tests', 'cli', 'deep-trees.json'), 'utf8')) as {
  cases: Case[];
};

/** An in-memory CliIo holding one file; what the command writes to stderr is collected. */
function memoryIo(file: string, content: string): { io: CliIo; stderr: () => string } {
  let stderr = '';
  const io: CliIo = {
    writeStdout: () => {},
    writeStderr: (text) => {
      stderr += text;
    },
    readStdin: async () => new Uint8Array(),
    readFile: (name) => {
      assert.equal(name, file);
      return new TextEncoder().encode(content);
    },
    isDirectory: () => false,
    stdinIsTty: false,
    stdoutIsTty: false,
    stderrIsTty: false,
    stdoutColumns: null,
    env: {},
    cwd: '/',
  };
  return { io, stderr: () => stderr };
}

test('deep trees: -m ast fails exactly where CPython does', async () => {
  assert.ok(data.cases.length >= 30);
  for (const c of data.cases) {
    const { io, stderr } = memoryIo('deep.py', SHAPES[c.shape](c.size) + '\n');
    const status = await runAstModule(['deep.py'], io);
    const label = `${c.shape} × ${c.size}`;
    assert.equal(status, c.status, label);
    const lines = stderr().trim().split('\n');
    assert.equal(lines[lines.length - 1], c.last_stderr_line, label);
  }
});
