"""The symbol tables CPython 3.13 builds for the programs of tests/dis, for tests/symtable.test.ts.

For each tests/dis/NAME.py, records the tree of scopes its `symtable` module shows — each scope's
name and type, and for each of its symbols (in CPython's order) the name, the DEF_* flags and the
scope the analysis gave it (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) — after the
analysis, so with inlined comprehensions folded into their enclosing scopes. Writes
tests/data/symtable.json:

    python3.13 scripts/dump-cpython-symtable.py
"""

import json
import os
import symtable
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIS_DIR = os.path.join(HERE, '..', 'tests', 'dis')
OUT = os.path.join(HERE, '..', 'tests', 'data', 'symtable.json')
SCOPE_OFF = 12


def scope_tree(table):
    symbols = []
    for s in table.get_symbols():
        value = s._Symbol__flags
        symbols.append([s.get_name(), value & ((1 << SCOPE_OFF) - 1), value >> SCOPE_OFF])
    return {
        'name': table.get_name(),
        'type': table.get_type(),
        'symbols': symbols,
        'children': [scope_tree(c) for c in table.get_children()],
    }


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'dump-cpython-symtable: needs CPython 3.13, not {sys.version.split()[0]}')
    result = {}
    for name in sorted(os.listdir(DIS_DIR)):
        if name.endswith('.py'):
            with open(os.path.join(DIS_DIR, name), encoding='utf-8') as f:
                result[name] = scope_tree(symtable.symtable(f.read(), name, 'exec'))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(result, f, indent=1)
        f.write('\n')
    print(f'wrote the symbol tables of {len(result)} programs to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
