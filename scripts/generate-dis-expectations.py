"""Writes tests/dis/NAME.dis for each tests/dis/NAME.py: what CPython 3.13's `python -m dis
NAME.py` prints (run from tests/dis, so that code objects name the file NAME.py), with the
addresses of code objects replaced by 0x..., and NAME.fields, every co_* field of its code
objects, and NAME.warnings, the warnings compiling it emits, when there are any
(scripts/dump-cpython-dis.py). tests/dis.test.ts compares Taipan's output with these
files. Run it after adding or changing a program:

    python3.13 scripts/generate-dis-expectations.py [NAME.py ...]

It re-runs itself under PYTHONHASHSEED=0 (folded frozensets are ordered by the str hash).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIS_DIR = os.path.join(HERE, '..', 'tests', 'dis')
DUMP = os.path.join(HERE, 'dump-cpython-dis.py')


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'generate-dis-expectations: needs CPython 3.13, not {sys.version.split()[0]}')
    names = sys.argv[1:] or sorted(n for n in os.listdir(DIS_DIR) if n.endswith('.py'))
    env = dict(os.environ, PYTHONHASHSEED='0')
    result = subprocess.run([sys.executable, DUMP, '--write'], input='\n'.join(names) + '\n',
                            cwd=DIS_DIR, env=env, capture_output=True, text=True, check=True)
    for line in result.stdout.splitlines():
        if '"ok": false' in line:
            print(line, file=sys.stderr)
    print(f'wrote {len(names)} expectations to {os.path.normpath(DIS_DIR)}')


if __name__ == '__main__':
    main()
