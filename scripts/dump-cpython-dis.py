"""CPython's side of the disassembler checks (scripts/check-dis.ts, tests/dis.test.ts).

For each path read from stdin (one per line), writes one JSON line with what `python -m dis PATH`
would print, the addresses in `<code object … at 0x…>` replaced by `0x...` (they can never match
another process's). A file CPython refuses to compile is reported with its error.

With --fields, it writes every co_* field of every code object instead (see dump_fields):
what dis does not show, such as columns, flags and stack sizes.

With --warnings, it writes the warnings compiling emits instead, one a line: `LINENO: CATEGORY:
MESSAGE`, in the order they are emitted.

With --write, it writes the output beside each file instead (NAME.py -> NAME.dis, the fields to
NAME.fields, and the warnings, if there are any, to NAME.warnings), which is how tests/dis/*.dis,
*.fields and *.warnings are made:

    cd tests/dis && PYTHONHASHSEED=0 python3.13 ../../scripts/dump-cpython-dis.py --write < list

Run it under PYTHONHASHSEED=0: the order of folded frozensets and of __static_attributes__
depends on the str hash. Output lines, in input order:
    {"path": P, "ok": true, "text": TEXT}
    {"path": P, "ok": false, "error": "SyntaxError: ..."}
"""

import dis
import io
import json
import os
import re
import sys
import warnings

ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def normalize(text):
    """The output with every code object address replaced by 0x...."""
    return ADDRESS.sub(' at 0x...', text)


def dis_file(path):
    """What `python -m dis path` writes to stdout (Lib/dis.py main() with its defaults)."""
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    out = io.StringIO()
    dis.dis(code, file=out)
    return normalize(out.getvalue())


FIELDS = ('co_name', 'co_qualname', 'co_filename', 'co_firstlineno', 'co_argcount', 'co_posonlyargcount',
          'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_names', 'co_varnames',
          'co_cellvars', 'co_freevars', 'co_code', 'co_linetable', 'co_exceptiontable', 'co_consts')


def dump_fields(code, out):
    """Every co_* field of the code object and of those among its constants, one per line."""
    for name in FIELDS:
        value = getattr(code, name)
        if isinstance(value, bytes):
            text = value.hex()
        elif name == 'co_consts':
            text = '(' + ', '.join(f'<code {c.co_qualname}>' if hasattr(c, 'co_code') else repr(c)
                                   for c in value) + ')'
        else:
            text = repr(value)
        out.write(f'{name}: {text}\n')
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            out.write('\n')
            dump_fields(c, out)


def fields_file(path):
    with open(path, 'rb') as f:
        source = f.read()
    out = io.StringIO()
    dump_fields(compile(source, path, 'exec'), out)
    return out.getvalue()


def warnings_file(path):
    """The warnings compile() emits for the file, one a line."""
    with open(path, 'rb') as f:
        source = f.read()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(source, path, 'exec')
    return ''.join(f'{w.lineno}: {w.category.__name__}: {w.message}\n' for w in caught)


def write_beside(path, suffix, text):
    """Writes NAME.suffix beside NAME.py; an empty text removes it instead."""
    target = re.sub(r'\.py$', suffix, path)
    if text:
        with open(target, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
    elif os.path.exists(target):
        os.remove(target)


def main():
    write = '--write' in sys.argv[1:]
    fields = '--fields' in sys.argv[1:]
    warnings_only = '--warnings' in sys.argv[1:]
    warnings.simplefilter('ignore')
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        try:
            text = fields_file(path) if fields else warnings_file(path) if warnings_only else dis_file(path)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
            record = {'path': path, 'ok': False, 'error': f'{type(e).__name__}: {e}'}
        else:
            if write:
                write_beside(path, '.dis', text)
                write_beside(path, '.fields', fields_file(path))
                write_beside(path, '.warnings', warnings_file(path))
            record = {'path': path, 'ok': True, 'text': '' if write else text}
        sys.stdout.write(json.dumps(record) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
