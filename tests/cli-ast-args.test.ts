// `taipan -m ast`'s argument handling against what CPython 3.13's `python -m ast` does with the
// same arguments (recorded by scripts/generate-cli-expectations.py): help and usage text at
// several terminal widths, argparse's error messages and exit status, and the parsed options.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseAstArgs } from '../src/cli/ast-args';

interface Case {
  readonly argv: string[];
  readonly columns: number;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What ast.py's main() went on to do, when the arguments were valid. */
  readonly call: {
    readonly infile?: string;
    readonly mode: string;
    readonly typeComments: boolean;
    readonly includeAttributes: boolean;
    readonly indent: string;
  } | null;
}

const EXPECTED = path.resolve(__dirname, '..', '..', 'tests', 'cli', 'ast-args.json');
const cases = (JSON.parse(fs.readFileSync(EXPECTED, 'utf8')) as { cases: Case[] }).cases;

describe('python -m ast arguments', () => {
  for (const c of cases) {
    test(`${JSON.stringify(c.argv)} at ${c.columns} columns`, () => {
      const result = parseAstArgs(c.argv, c.columns);
      if (c.call !== null) {
        if (result.kind !== 'ok') return assert.fail(`CPython accepts these arguments; we print ${JSON.stringify(result)}`);
        assert.deepEqual(
          {
            infile: result.args.infile,
            mode: result.args.mode,
            typeComments: result.args.typeComments,
            includeAttributes: result.args.includeAttributes,
            indent: String(result.args.indent),
          },
          { infile: c.call.infile ?? '-', mode: c.call.mode, typeComments: c.call.typeComments, includeAttributes: c.call.includeAttributes, indent: c.call.indent },
        );
      } else {
        assert.deepEqual(result, { kind: 'exit', status: c.status, stdout: c.stdout, stderr: c.stderr });
      }
    });
  }
});
