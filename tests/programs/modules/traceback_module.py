# traceback: format_exception (chained, chain=False, notes, legacy triple), format_exception_only (SyntaxError pieces),
# extract_tb/format_tb/format_list, TracebackException, extract_stack.
import traceback
import sys
import os


class _RelativePaths:
    """Prints paths relative to this program's directory, so the output is the same wherever it runs."""

    def __init__(self, stream):
        self.stream = stream
        self.directory = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        return self.stream.write(text.replace(self.directory, ''))

    def flush(self):
        self.stream.flush()


sys.stdout = _RelativePaths(sys.stdout)


def inner(x):
    return 10 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    print(''.join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exc())
    tb = e.__traceback__
    entries = traceback.extract_tb(tb)
    print(len(entries), [(f.name, f.lineno, f.line) for f in entries], entries[0])
    print(''.join(traceback.format_tb(tb)))
    print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str, str(te), ''.join(te.format_exception_only()))
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
err = RuntimeError('standalone')
err.add_note('a note')
print(traceback.format_exception_only(err), traceback.format_exception(err), traceback.format_exception_only(None))
import json
try:
    json.loads('[')
except Exception as e:
    print(traceback.format_exception_only(e))
traceback.print_exc(file=sys.stdout)
try:
    eval('1 +')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception(ValueError, ValueError('legacy'), None))


def show_stack():
    return traceback.extract_stack()


st = show_stack()
print([f.name for f in st][-2:], st[-1].line)
