"""Records what CPython 3.13's `python -m ast` does with command-line arguments, for
tests/cli-ast-args.test.ts: the help, usage and error text argparse prints and the exit status,
or, when the arguments are valid, what ast.py's main() then asks for (file, mode, type
comments, attributes, indent).

    python3.13 scripts/generate-cli-expectations.py   # writes tests/cli/ast-args.json

Each case runs ast.main() in a fresh CPython with $COLUMNS set (argparse wraps help to the
terminal width), with open/parse/dump replaced by recorders so that no file is needed.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'cli', 'ast-args.json')

# Argument vectors (after `-m ast`), each run at 80 columns unless paired with a width.
CASES = [
    [], ['x.py'], ['-a', 'x.py'], ['x.py', '-a'], ['-i', '2', 'x.py'], ['-i2'], ['--indent=5'],
    ['--indent', '-1'], ['-i', ' 7 '], ['-i', '1_0'], ['-i', '\u0663'], ['-i', '+3'], ['-i', '- 3'],
    ['-i', '1__0'], ['-i', '_1'], ['-i', '99999999999999999999'], ['-i', 'x'], ['-i', ''], ['-i'],
    ['-i', '-a'], ['-i', '--'], ['-m', 'eval'], ['-meval'], ['--mode=single'], ['--mo', 'func_type'],
    ['-m', 'foo'], ['-m'], ['--mode'], ['--mode='], ['-m', "it's"], ['-m', 'a\tb'], ['-m', 'caf\u00e9'],
    ['-m', 'exec', '-m', 'eval'], ['-i', '2', '-i', '4'], ['--no-type-comments'], ['--no'],
    ['--in'], ['--i', '3'], ['--include'], ['--ind', '4', 'f.py'], ['-ai3', 'f.py'], ['-ah'], ['-ax'],
    ['-a=1'], ['--include-attributes=1'], ['--no-type-comments=x'], ['-h'], ['--help'], ['-h', '-i', 'x'],
    ['-i', 'x', '-h'], ['--bogus'], ['--bogus', 'x.py', '--worse'], ['a', 'b'], ['-a', 'a', 'b'],
    ['a', '-a', 'b'], ['--', '-a'], ['-a', '--', 'x'], ['--', '--'], ['--', 'a', 'b'], ['-'], ['-', '-a'],
    ['-5'], ['-x'], ['-no'], ['a b'], ['-a b'], ['-1.5'], ['', '-a'], ['-a', '-m', 'eval', '-i', '0', '--no-type-comments', 'f.py'],
]
WIDE_CASES = [
    (['-h'], 120), (['-h'], 100), (['-h'], 60), (['-h'], 50), (['-h'], 40), (['-h'], 30), (['-h'], 24),
    (['-h'], 20), (['-h'], 10), (['-h'], 1), (['--bogus'], 100), (['--bogus'], 60), (['--bogus'], 40),
    (['--bogus'], 30), (['--bogus'], 20), (['-m', 'foo'], 50),
]

# Runs ast.main() with recorders in place of the file system, the parser and dump.
DRIVER = r'''
import ast, io, json, sys
call = {}
class Source(io.BytesIO):
    pass
def fake_open(path, mode='r', *a, **k):
    call['infile'] = path
    return Source(b'')
def fake_parse(source, filename, mode, *, type_comments=False, **k):
    call.update(filename=filename, mode=mode, typeComments=type_comments)
    return None
def fake_dump(node, *, include_attributes=False, indent=None, **k):
    call.update(includeAttributes=include_attributes, indent=str(indent))
    return ''
ast.open = fake_open
ast.parse = fake_parse
ast.dump = fake_dump
sys.argv = ['ast'] + json.loads(sys.argv[1])
try:
    ast.main()
finally:
    sys.stdout.flush()
    sys.stderr.write('\0CALL' + json.dumps(call if call else None))
'''


def run(argv, columns):
    env = dict(os.environ, COLUMNS=str(columns), PYTHONIOENCODING='utf-8')
    env.pop('LINES', None)
    p = subprocess.run([sys.executable, '-c', DRIVER, json.dumps(argv)], env=env, capture_output=True,
                       stdin=subprocess.DEVNULL)
    stderr, _, call = p.stderr.decode('utf-8').rpartition('\0CALL')
    call = json.loads(call)
    stdout = p.stdout.decode('utf-8')
    if call is not None and 'indent' in call:
        # The printed (empty) dump is not what is being tested.
        stdout = ''
    return {'argv': argv, 'columns': columns, 'status': p.returncode, 'stdout': stdout, 'stderr': stderr,
            'call': call if call and 'indent' in call else None}


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'needs CPython 3.13, not {sys.version.split()[0]}')
    cases = [run(argv, 80) for argv in CASES] + [run(argv, cols) for argv, cols in WIDE_CASES]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'generator': 'scripts/generate-cli-expectations.py', 'python': sys.version.split()[0],
                   'cases': cases}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {os.path.relpath(OUT, ROOT)}: {len(cases)} cases')


if __name__ == '__main__':
    main()
