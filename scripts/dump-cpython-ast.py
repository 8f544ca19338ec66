"""CPython's side of the stdlib conformance check (scripts/check-ast.ts).

For each path read from stdin (one per line, relative to ROOT), writes one JSON line with what
`python -m ast -a PATH` would print: by default only its SHA-1 and length (the full dumps of the
stdlib are about a gigabyte), with --full the text itself. A file CPython refuses to parse is
reported with its error, and the check leaves it out.

With --optimize N the tree is the one CPython's AST optimizer (Python/ast_opt.c) makes at level N:
ast.parse(..., optimize=N) for N > 0, and for N = 0 (which ast.parse does not optimize) compile()
with PyCF_OPTIMIZED_AST and optimize=0, as the compiler's default level. Folded frozensets are
ordered by the str hash, so this needs PYTHONHASHSEED=0.

    python3.13 scripts/dump-cpython-ast.py ROOT [--full] [--optimize N] < paths

Output lines, in input order:
    {"path": P, "ok": true, "sha1": HEX, "length": BYTES}      (or "dump": TEXT with --full)
    {"path": P, "ok": false, "error": "SyntaxError: ..."}
"""

import ast
import hashlib
import json
import os
import sys
import warnings


def dump_file(path, optimize=None):
    """What `python -m ast -a path` writes to stdout: ast.py main() with its defaults."""
    with open(path, 'rb') as f:
        source = f.read()
    if optimize is None:
        tree = ast.parse(source, path, 'exec', type_comments=True)
    elif optimize > 0:
        tree = ast.parse(source, path, 'exec', type_comments=True, optimize=optimize)
    else:
        flags = ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS | ast.PyCF_OPTIMIZED_AST
        tree = compile(source, path, 'exec', flags=flags, dont_inherit=True, optimize=0)
    return ast.dump(tree, include_attributes=True, indent=3) + '\n'


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'dump-cpython-ast.py needs CPython 3.13, not {sys.version.split()[0]}')
    args = sys.argv[1:]
    full = '--full' in args
    args = [a for a in args if a != '--full']
    optimize = None
    if '--optimize' in args:
        i = args.index('--optimize')
        if i + 1 >= len(args) or not args[i + 1].isdigit():
            sys.exit(__doc__)
        optimize = int(args[i + 1])
        del args[i:i + 2]
        if sys.flags.hash_randomization:
            sys.exit('dump-cpython-ast.py --optimize needs PYTHONHASHSEED=0 (folded frozensets follow the str hash)')
    if len(args) != 1:
        sys.exit(__doc__)
    root = args[0]
    # Warnings (invalid escape sequences, ...) go to stderr in `python -m ast`, never stdout.
    warnings.simplefilter('ignore')
    out = sys.stdout
    for line in sys.stdin:
        rel = line.rstrip('\n')
        if not rel:
            continue
        record = {'path': rel}
        try:
            text = dump_file(os.path.join(root, rel), optimize)
            # stdout is UTF-8 here, as `print` in `python -m ast` writes it under a UTF-8 locale.
            data = text.encode('utf-8')
        except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeError, OSError) as e:
            record['ok'] = False
            record['error'] = f'{type(e).__name__}: {e}'
        else:
            record['ok'] = True
            if full:
                record['dump'] = text
            else:
                record['sha1'] = hashlib.sha1(data).hexdigest()
                record['length'] = len(data)
        out.write(json.dumps(record) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
