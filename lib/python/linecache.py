"""Lines of source files, as tracebacks show them."""

import _taipan_traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines']


def getline(filename, lineno, module_globals=None):
    """The line numbered lineno (from 1) of the file, with its newline; '' when there is none."""
    if not isinstance(lineno, int) or lineno < 1:
        return ''
    return _taipan_traceback.getline(filename, lineno)


def getlines(filename, module_globals=None):
    """All the lines of the file ([] when it cannot be read)."""
    lines = []
    while True:
        line = _taipan_traceback.getline(filename, len(lines) + 1)
        if not line:
            return lines
        lines.append(line)


def clearcache():
    pass


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
