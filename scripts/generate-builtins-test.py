"""Writes tests/builtins.test.ts: each case of tests/builtins/cases.py (segments separated by
'# ---', after a shared prelude) run with CPython 3.13, its stdout recorded as the expectation.
Run it with CPython 3.13: python3.13 scripts/generate-builtins-test.py"""
import json, os, subprocess, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
if sys.version_info[:2] != (3, 13):
    sys.exit('run this with CPython 3.13')
src = open(os.path.join(ROOT, 'tests', 'builtins', 'cases.py'), encoding='utf-8').read()
prelude_end = src.index('print(abs(-5)')
prelude = src[:prelude_end]
segments = [s.strip('\n') + '\n' for s in src[prelude_end:].split('# ---\n')]
extra = [
  ("name = input('Name: ')\nprint('hi', name)\nprint(repr(input()))\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOF', e)\n", "Ada\r\nsecond\n"),
  ("import sys\nprint(input(), input(5))\n", "x\ny"),
]
cases = []
for seg in segments:
    prog = prelude + seg
    r = subprocess.run([sys.executable, '-c', prog], capture_output=True, text=True)
    assert r.returncode == 0, (seg, r.stderr)
    cases.append({'source': seg, 'stdin': '', 'stdout': r.stdout})
for seg, stdin in extra:
    r = subprocess.run([sys.executable, '-c', seg], input=stdin, capture_output=True, text=True)
    assert r.returncode == 0, (seg, r.stderr)
    cases.append({'source': seg, 'stdin': stdin, 'stdout': r.stdout})
out = []
out.append("// The builtins module, property/classmethod/staticmethod and the builtin iterator types,")
out.append("// run as small Python programs whose expected output is CPython 3.13's own (each case was")
out.append("// run with CPython to record it by scripts/generate-builtins-test.py; do not edit by hand).")
out.append("import { test } from 'node:test';")
out.append("import * as assert from 'node:assert/strict';")
out.append("import { createInterpreter, runMain } from '../src/vm/run';")
out.append("import type { Host } from '../src/modules/host';")
out.append("")
out.append("/** Runs `source` as __main__ with `stdin`; returns what it printed and its exit status. */")
out.append("function runPython(source: string, stdin = ''): { stdout: string; stderr: string; status: number } {")
out.append("  let stdout = '';")
out.append("  let stderr = '';")
out.append("  const lines = stdin.match(/[^\\n]*\\n|[^\\n]+$/g) ?? [];")
out.append("  const host: Host = {")
out.append("    writeStdout: (s) => (stdout += s),")
out.append("    writeStderr: (s) => (stderr += s),")
out.append("    readStdinLine: () => lines.shift() ?? '',")
out.append("    isatty: () => false,")
out.append("  };")
out.append("  const interp = createInterpreter({ host, argv: ['<test>'], path0: '' });")
out.append("  const status = runMain(interp, source, '<test>');")
out.append("  interp.flush();")
out.append("  return { stdout, stderr, status };")
out.append("}")
out.append("")
out.append("const PRELUDE = " + json.dumps(prelude) + ";")
out.append("")
out.append("interface Case {")
out.append("  source: string;")
out.append("  stdin: string;")
out.append("  /** CPython 3.13's output. */")
out.append("  stdout: string;")
out.append("}")
out.append("")
out.append("const CASES: Case[] = " + json.dumps(cases, indent=2, ensure_ascii=False) + ";")
out.append("")
out.append("for (const c of CASES) {")
out.append("  const title = c.source.split('\\n').find((l) => l.trim() !== '' && !l.startsWith('#'))!.slice(0, 70);")
out.append("  test(`builtins: ${title}`, () => {")
out.append("    const program = c.stdin === '' ? PRELUDE + c.source : c.source;")
out.append("    const r = runPython(program, c.stdin);")
out.append("    assert.equal(r.stderr, '', r.stderr);")
out.append("    assert.equal(r.stdout, c.stdout);")
out.append("    assert.equal(r.status, 0);")
out.append("  });")
out.append("}")
open(os.path.join(ROOT, 'tests', 'builtins.test.ts'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(cases))
