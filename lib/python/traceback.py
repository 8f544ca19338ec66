"""Extracting, formatting and printing tracebacks and exceptions, as the interpreter prints them."""

import sys
import _taipan_traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_sentinel = object()


def _exception_of(exc, value, tb):
    """The exception the (exc, value, tb) calling conventions name, with tb attached when given."""
    if value is _sentinel:
        if exc is None or not isinstance(exc, BaseException):
            if exc is None:
                return None
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc
    if (value is None) != (tb is None) and tb is not _sentinel and value is None:
        raise ValueError('Both or neither of value and tb must be given')
    if value is None:
        return None
    if tb is not _sentinel and tb is not None and value.__traceback__ is None:
        value = value.with_traceback(tb)
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings (each may hold several lines)."""
    exception = _exception_of(exc, value, tb)
    if exception is None:
        return ['NoneType: None\n']
    return _taipan_traceback.format_exception(exception, limit, chain)


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The last line of the exception's report ('ValueError: message'), and its notes."""
    exception = exc if value is _sentinel else value
    if exception is None:
        return ['NoneType: None\n']
    if not isinstance(exception, BaseException):
        return [f'{type(exception).__name__}: {exception}\n']
    return _taipan_traceback.format_exception_only(exception)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the exception with its traceback (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(getattr(sys, 'last_exc', None), limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a stack or traceback: file, line, function name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """(frame, lineno) for each entry of the traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from f (the caller by default) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, formatted as a traceback shows them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = [(f.f_code.co_filename, lineno, f.f_code.co_name) for f, lineno in frame_gen]
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        return klass(FrameSummary(filename, lineno, name, lookup_line=lookup_lines)
                     for filename, lineno, name in entries)

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return ''.join(_format_frames([frame_summary]))

    def format(self):
        return _format_frames(self)


def _format_frames(frames):
    """Entries with positions are formatted natively (carets and all); others from their line text."""
    result = []
    for f in frames:
        if f.colno is not None:
            result.extend(_taipan_traceback.format_frames(
                [(f.filename, f.lineno, f.end_lineno, f.colno, f.end_colno, f.name)]))
            continue
        text = f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
        if f.line:
            text += f'    {f.line}\n'
        result.append(text)
    return result


def extract_tb(tb, limit=None):
    """The traceback's entries as a StackSummary, outermost first (the last `limit` with a negative limit)."""
    entries = _taipan_traceback.extract_tb(tb)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is not None:
        entries = entries[:max(limit, 0)] if limit >= 0 else entries[limit:]
    return StackSummary(FrameSummary(filename, lineno, name, end_lineno=end_lineno, colno=colno,
                                     end_colno=end_colno)
                        for filename, lineno, end_lineno, colno, end_colno, name in entries)


def format_list(extracted_list):
    """The strings that print a list of entries as a traceback does."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def extract_stack(f=None, limit=None):
    """The current stack (from f, or the caller) as a StackSummary, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for formatting later: its type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        self._exception = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.exc_type_str = None if exc_type is None else (
            exc_type.__qualname__ if exc_type.__module__ in ('builtins', '__main__')
            else f'{exc_type.__module__}.{exc_type.__qualname__}')
        self._str = '' if exc_value is None else _safe_str(exc_value)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=seen)
            context = exc_value.__context__
            if context is not None and id(context) not in seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=seen)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=seen)
                                   for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        if self._exception is None:
            yield 'NoneType: None\n'
            return
        yield from _taipan_traceback.format_exception_only(self._exception)

    def format(self, *, chain=True, _ctx=None):
        if self._exception is None:
            yield 'NoneType: None\n'
            return
        yield from _taipan_traceback.format_exception(self._exception, self._limit, chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return f'<exception str() failed>'
