"""Record what CPython 3.13 does with each test program, so the tests need no CPython.

For every tests/programs/**/NAME.py this runs `python3.13 NAME.py [args]` in the program's
own directory with PYTHONHASHSEED=0 (stdin from NAME.stdin when that file exists, arguments
from NAME.args, one per line, when that exists) and writes
  NAME.stdout  what the program printed to stdout, exactly;
  NAME.exit    its exit status on the first line and the last line of its stderr on the second.
Run it with CPython 3.13; with paths, only those programs are regenerated.
Nobody edits these files by hand: fix the runtime, not the expectation.
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'programs')
TIMEOUT = 60


def programs(paths):
    if paths:
        return [os.path.abspath(p) for p in paths]
    found = []
    for directory, _, files in os.walk(ROOT):
        found.extend(os.path.join(directory, f) for f in files if f.endswith('.py'))
    return sorted(found)


def last_line(text):
    lines = text.rstrip('\n').split('\n')
    return lines[-1] if lines and lines[-1] else ''


def record(program):
    directory, name = os.path.split(program)
    base = program[:-3]
    args = []
    if os.path.exists(base + '.args'):
        with open(base + '.args', encoding='utf-8') as f:
            args = f.read().splitlines()
    stdin = b''
    if os.path.exists(base + '.stdin'):
        with open(base + '.stdin', 'rb') as f:
            stdin = f.read()
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env['NO_COLOR'] = '1'
    done = subprocess.run([sys.executable, name, *args], cwd=directory, input=stdin,
                          capture_output=True, env=env, timeout=TIMEOUT)
    with open(base + '.stdout', 'wb') as f:
        f.write(done.stdout)
    with open(base + '.exit', 'w', encoding='utf-8') as f:
        f.write(f'{done.returncode}\n{last_line(done.stderr.decode("utf-8", "backslashreplace"))}\n')


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit('run this with CPython 3.13')
    for program in programs(sys.argv[1:]):
        record(program)
    print(f'recorded {len(programs(sys.argv[1:]))} programs')


if __name__ == '__main__':
    main()
