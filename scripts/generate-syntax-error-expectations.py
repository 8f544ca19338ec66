"""Writes tests/syntax-errors/expected.json: what CPython 3.13 raises for each snippet of
tests/syntax-errors/corpus.json. Expectations come only from here, never from a hand.

    python3.13 scripts/generate-syntax-error-expectations.py

Each snippet is compiled as `compile(source, "<snippet>", mode)`, which is what running it
would do first. Recorded per snippet: the exception type, msg, filename, lineno, offset,
end_lineno, end_offset and text; `stage`, "parser" when `ast.parse` already raises and "compiler" when only
the symbol table or code generator does ('return' outside function, ...); and `formatted`, the
text CPython prints for the exception (traceback.format_exception_only), plain and coloured,
which tests/format-syntax-error.test.ts holds Taipan's formatter to.

It also writes tests/syntax-errors/format-expected.json: CPython's rendering of SyntaxErrors
built by hand with the field combinations the parser rarely produces (no text, no offset, an
offset past the end of the line, a range over several lines, tabs and form feeds in the
indentation, characters outside the BMP), for the same formatter test.

A snippet that CPython compiles without error is a mistake in the corpus: the script lists
such snippets and exits with status 1 without writing anything.
"""

import ast
import json
import os
import sys
import traceback
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'tests', 'syntax-errors', 'corpus.json')
EXPECTED = os.path.join(ROOT, 'tests', 'syntax-errors', 'expected.json')
FORMAT_EXPECTED = os.path.join(ROOT, 'tests', 'syntax-errors', 'format-expected.json')
FILENAME = '<snippet>'

# Besides SyntaxError and its subclasses, input can be too complex for CPython to compile.
ERRORS = (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError)


def raised(fn):
    """The exception fn() raises, or None. Warnings are ignored, as they are by default when
    they come from code that is not being run (a SyntaxWarning is never turned into an error)."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            fn()
        except ERRORS as e:
            return e
    return None


def formatted(e, colorize):
    te = traceback.TracebackException.from_exception(e)
    return ''.join(te.format_exception_only(colorize=colorize))


def expectation(snippet):
    source, mode = snippet['source'], snippet['mode']
    e = raised(lambda: compile(source, FILENAME, mode, dont_inherit=True))
    if e is None:
        return None
    parse_error = raised(lambda: ast.parse(source, FILENAME, mode))
    record = {
        'id': snippet['id'],
        'mode': mode,
        'source': source,
        'stage': 'parser' if parse_error is not None else 'compiler',
        'type': type(e).__name__,
    }
    if isinstance(e, SyntaxError):
        record.update(
            msg=e.msg,
            # "<snippet>", or None for the errors raised before there is a file to point into.
            filename=e.filename,
            lineno=e.lineno,
            offset=e.offset,
            end_lineno=e.end_lineno,
            end_offset=e.end_offset,
            text=e.text,
        )
    else:
        record['msg'] = str(e)
    record['formatted'] = formatted(e, colorize=False)
    record['formatted_color'] = formatted(e, colorize=True)
    return record


# (type, msg, filename, lineno, offset, text, end_lineno, end_offset) of the hand-built errors.
FORMAT_CASES = [
    ('SyntaxError', 'invalid syntax', 'f.py', 3, 5, 'x = (1 2)\n', 3, 8),
    ('SyntaxError', 'no text', 'f.py', 3, 5, None, 3, 8),
    ('SyntaxError', 'no offset', 'f.py', 3, None, '    x = 1\n', None, None),
    ('SyntaxError', 'no line number', 'f.py', None, None, None, None, None),
    ('SyntaxError', 'no line number but text', 'f.py', None, 2, 'abc\n', None, 3),
    ('SyntaxError', 'no file, no line', None, None, None, None, None, None),
    ('SyntaxError', 'empty filename', '', 1, 1, 'x\n', 1, 2),
    ('SyntaxError', '', 'f.py', 1, 1, 'x\n', 1, 2),
    ('SyntaxError', 'offset zero', 'f.py', 1, 0, 'abc\n', 1, 0),
    ('SyntaxError', 'offset past the end', 'f.py', 1, 40, 'abc\n', 1, 45),
    ('SyntaxError', 'end before start', 'f.py', 1, 3, 'abcdef\n', 1, 2),
    ('SyntaxError', 'negative end', 'f.py', 1, 3, 'abcdef\n', 1, -1),
    ('SyntaxError', 'end offset zero', 'f.py', 1, 3, 'abcdef\n', 1, 0),
    ('SyntaxError', 'end line unknown', 'f.py', 1, 3, 'abcdef\n', None, 5),
    ('SyntaxError', 'range over lines', 'f.py', 1, 3, 'abcdef\n', 4, 2),
    ('SyntaxError', 'indented', 'f.py', 2, 9, '        return x y\n', 2, 12),
    ('SyntaxError', 'offset inside indentation', 'f.py', 2, 3, '        return x\n', 2, 5),
    ('SyntaxError', 'tab indentation', 'f.py', 2, 3, '\tif x\ty:\n', 2, 7),
    ('SyntaxError', 'tabs after indentation', 'f.py', 2, 10, '    a\tb\tc = 1\n', 2, 11),
    ('SyntaxError', 'form feed indentation', 'f.py', 2, 4, '\x0c  x y\n', 2, 5),
    ('SyntaxError', 'no newline', 'f.py', 1, 5, 'x = (', 1, 6),
    ('SyntaxError', 'several newlines', 'f.py', 1, 2, 'ab\n\n\n', 1, 3),
    ('SyntaxError', 'empty text', 'f.py', 1, 1, '', 1, 2),
    ('SyntaxError', 'only spaces', 'f.py', 1, 2, '   \n', 1, 3),
    ('SyntaxError', 'non-ASCII text', 'f.py', 1, 7, 'caf\u00e9 = \u201cx\u201d\n', 1, 8),
    ('SyntaxError', 'astral text', 'f.py', 1, 3, '\U0001f600 + \U0001f600\n', 1, 6),
    ('SyntaxError', 'line with carriage return', 'f.py', 1, 3, 'ab c\r\n', 1, 4),
    ('SyntaxError', 'multi-line message\nsecond line', 'f.py', 1, 1, 'x\n', 1, 2),
    ('IndentationError', 'unexpected indent', 'f.py', 2, 4, '    y = 2\n', 2, -1),
    ('TabError', 'inconsistent use of tabs and spaces in indentation', 'f.py', 3, 1, '        y = 2\n', 3, 0),
]


def format_case(case):
    type_name, msg, filename, lineno, offset, text, end_lineno, end_offset = case
    e = getattr(__builtins__, type_name)(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    return {'type': type_name, 'msg': msg, 'filename': filename, 'lineno': lineno, 'offset': offset,
            'text': text, 'end_lineno': end_lineno, 'end_offset': end_offset,
            'formatted': formatted(e, colorize=False), 'formatted_color': formatted(e, colorize=True)}


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'needs CPython 3.13, not {sys.version.split()[0]}')
    with open(CORPUS, encoding='utf-8') as f:
        snippets = json.load(f)['snippets']
    ids = [s['id'] for s in snippets]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        sys.exit(f'duplicate snippet ids: {", ".join(duplicates)}')
    records, valid = [], []
    for snippet in snippets:
        record = expectation(snippet)
        if record is None:
            valid.append(snippet['id'])
        else:
            records.append(record)
    if valid:
        print('these snippets compile without error; fix or remove them:', file=sys.stderr)
        for i in valid:
            print(f'  {i}', file=sys.stderr)
        sys.exit(1)
    with open(EXPECTED, 'w', encoding='utf-8') as f:
        json.dump({'generator': 'scripts/generate-syntax-error-expectations.py',
                   'python': sys.version.split()[0],
                   'filename': FILENAME,
                   'expected': records}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(FORMAT_EXPECTED, 'w', encoding='utf-8') as f:
        json.dump({'generator': 'scripts/generate-syntax-error-expectations.py',
                   'python': sys.version.split()[0],
                   'cases': [format_case(c) for c in FORMAT_CASES]}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    stages = {s: sum(r['stage'] == s for r in records) for s in ('parser', 'compiler')}
    print(f'wrote {os.path.relpath(EXPECTED, ROOT)}: {len(records)} snippets '
          f'({stages["parser"]} raised by the parser, {stages["compiler"]} by the compiler), '
          f'{os.path.relpath(FORMAT_EXPECTED, ROOT)}: {len(FORMAT_CASES)} cases')


if __name__ == '__main__':
    main()
