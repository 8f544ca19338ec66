"""Records, for every code object CPython 3.13 compiles from a few sources, the location table
and exception table it writes and what it reads back from them, for tests/code-tables.test.ts.

Run with CPython 3.13: python3.13 scripts/generate-code-table-data.py
"""
import dis
import json
import os
import sys

LIB = os.path.dirname(os.__file__)
# Modules with long lines, deep nesting, multi-line expressions, try/except*/with/match and
# async code, so that every entry form of both tables occurs.
SOURCES = ['textwrap.py', 'fractions.py', 'contextlib.py', 'asyncio/taskgroups.py', 'test/test_exception_group.py']


def code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            yield from code_objects(const)


def flat(positions):
    out = []
    for p in positions:
        out.extend(-1 if v is None else v for v in p)
    return out


def main():
    records = []
    for name in SOURCES:
        with open(os.path.join(LIB, name), 'rb') as f:
            top = compile(f.read(), name, 'exec')
        for code in code_objects(top):
            records.append({
                'name': f'{name}:{code.co_qualname}:{code.co_firstlineno}',
                'firstlineno': code.co_firstlineno,
                'positions': flat(code.co_positions()),
                'linetable': code.co_linetable.hex(),
                'lines': [[s, e, -1 if l is None else l] for s, e, l in code.co_lines()],
                'exceptions': [[e.start // 2, e.end // 2, e.target // 2, e.depth, int(e.lasti)] for e in dis._parse_exception_table(code)],
                'exceptiontable': code.co_exceptiontable.hex(),
            })
    target = os.path.join(os.path.dirname(__file__), '..', 'tests', 'data', 'code-tables.json')
    with open(target, 'w') as f:
        json.dump({'generator': 'scripts/generate-code-table-data.py', 'python': sys.version.split()[0], 'code': records}, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {target}: {len(records)} code objects')


if __name__ == '__main__':
    main()
