"""Records what `python3.13 -m ast` does with trees nested near its recursion limits, for
tests/cli-deep-trees.test.ts: exit status and the last line of stderr, per (shape, size).

Run with CPython 3.13: python3.13 scripts/generate-deep-tree-expectations.py
"""
import json
import os
import subprocess
import sys
import tempfile

# Each shape makes a source from a size; tests/cli-deep-trees.test.ts builds the same ones.
SHAPES = {
    'attribute': lambda n: 'x' + '.y' * n,
    'call': lambda n: 'f' + '()' * n,
    'subscript': lambda n: 'x = a' + '[0]' * n,
    'addition': lambda n: 'x = ' + '+'.join(['1'] * n),
}
SIZES = [988, 989, 990, 991, 9990, 9991, 9992, 9993, 20000]


def main():
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'deep.py')
        for shape, make in SHAPES.items():
            for n in SIZES:
                with open(path, 'w') as f:
                    f.write(make(n) + '\n')
                r = subprocess.run([sys.executable, '-m', 'ast', path], capture_output=True, text=True)
                lines = r.stderr.strip().splitlines()
                out.append({'shape': shape, 'size': n, 'status': r.returncode, 'last_stderr_line': lines[-1] if lines else ''})
    target = os.path.join(os.path.dirname(__file__), '..', 'tests', 'cli', 'deep-trees.json')
    with open(target, 'w') as f:
        json.dump({'generator': 'scripts/generate-deep-tree-expectations.py', 'python': sys.version.split()[0], 'cases': out}, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
