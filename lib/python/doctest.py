"""Run the interactive examples in docstrings and check that they print what they show.

testmod() finds the docstrings of a module (its functions, classes and methods), runs each
`>>>` example and compares its output with the text that follows it, reporting differences in
the format CPython's doctest uses.
"""

import re
import sys
import traceback
import _taipan_traceback

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
    'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser',
    'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'TestResults', 'script_from_examples', 'set_unittest_reportflags',
]


class TestResults(tuple):
    """(failed, attempted), with the number of skipped examples as .skipped."""

    def __new__(cls, failed, attempted, *, skipped=0):
        results = tuple.__new__(cls, (failed, attempted))
        results.skipped = skipped
        return results

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def __repr__(self):
        if self.skipped:
            return f'TestResults(failed={self.failed}, attempted={self.attempted}, skipped={self.skipped})'
        return f'TestResults(failed={self.failed}, attempted={self.attempted})'


OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit for a directive name, made on first use."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP
                    | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    """Every non-empty line of s indented."""
    return re.sub('(?m)^(?!$)', indent * ' ', s)


def _exception_traceback(exc_info):
    """The traceback text of an exception caught while running an example."""
    return ''.join(traceback.format_exception(exc_info[1]))


class _SpoofOut:
    """The stdout an example writes to: a growing string."""

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        result = ''.join(self._parts)
        # An output ending without a newline is compared as if it had one.
        if result and not result.endswith('\n'):
            result += '\n'
        return result

    def truncate(self, size=0):
        self._parts = []

    def isatty(self):
        return False

    encoding = 'utf-8'
    errors = 'strict'


def _ellipsis_match(want, got):
    """Whether got matches want, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    first = pieces[0]
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    last = pieces[-1]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if start > end:
        return False
    for piece in pieces:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


class Example:
    """One interactive example: its source, the output it should print (want), the exception
    message it should raise (exc_msg), its line within the docstring, and its option overrides."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == \
            (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they come from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = f'{len(self.examples)} examples'
        return f'<{self.__class__.__name__} {self.name} from {self.filename}:{self.lineno} ({examples})>'

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno) == \
            (other.examples, other.docstring, other.globs, other.name, other.filename, other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _sort_key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._sort_key() < other._sort_key()


_PROMPT = re.compile(r'( *)>>>')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    def parse(self, string, name='<string>'):
        """The docstring as alternating text strings and Examples."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = min((len(line) - len(line.lstrip(' ')) for line in lines if line.strip()), default=0)
        if min_indent > 0:
            lines = [line[min_indent:] for line in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            prompt = _PROMPT.match(line)
            if prompt is None:
                text.append(line)
                i += 1
                continue
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            indent = len(prompt.group(1))
            start = i
            source_lines = [line]
            i += 1
            while i < len(lines) and re.match(r' *\.\.\.', lines[i]):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and lines[i].strip() and not _PROMPT.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(source_lines, indent, name, start)
            self._check_prefix(source_lines[1:], ' ' * indent + '.', name, start + 1)
            self._check_prefix(want_lines, ' ' * indent, name, start + len(source_lines))
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            want = re.sub(r'(?m)^ *$', '', want) if want.strip() == '' else want
            options = self._find_options(source, name, start + 1)
            if not self._is_blank_or_comment(source):
                exc_msg = self._exception_message(want)
                output.append(Example(source, want, exc_msg, lineno=start + min_indent * 0, indent=indent + min_indent,
                                      options=options))
        output.append('\n'.join(text))
        return output

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def _exception_message(self, want):
        lines = want.split('\n')
        if not lines or not _TRACEBACK_HEADER.match(lines[0]):
            return None
        for j in range(1, len(lines)):
            if re.match(r'\w', lines[j]):
                return '\n'.join(lines[j:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for match in _DIRECTIVE.finditer(source):
            for option in match.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(f'line {lineno} of the doctest for {name} has an invalid option: {option!r}')
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and self._is_blank_or_comment(source):
            raise ValueError(f'line {lineno} of the doctest for {name} has an option directive on a line with no '
                             f'example: {source!r}')
        return options

    def _is_blank_or_comment(self, source):
        return all(not line.strip() or line.strip().startswith('#') for line in source.split('\n'))

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError(f'line {lineno + i + 1} of the docstring for {name} lacks blank after '
                                 f'{line[indent:indent + 3]}: {line!r}')

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError(f'line {lineno + i + 1} of the docstring for {name} has inconsistent leading '
                                 f'whitespace: {line!r}')


def _unwrap(func):
    seen = set()
    while hasattr(func, '__wrapped__') and id(func) not in seen:
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _is_function(obj):
    return type(obj).__name__ == 'function'


def _is_method_descriptor(obj):
    # inspect.ismethoddescriptor: a non-data descriptor that is not a class, function or method
    # (cached_property, partialmethod, ...).
    if isinstance(obj, type) or type(obj).__name__ in ('function', 'method'):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__') and not hasattr(tp, '__delete__')


def _is_routine(obj):
    obj = _unwrap(obj)
    return type(obj).__name__ in ('function', 'builtin_function_or_method', 'method', 'method_descriptor',
                                  'wrapper_descriptor', 'method-wrapper', 'classmethod_descriptor') or \
        _is_method_descriptor(obj)


class DocTestFinder:
    """Finds the docstrings of a module, its functions and classes, and their methods."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj (and, recursively, what it contains), sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError(f'DocTestFinder.find: name must be given when obj.__name__ doesn\'t exist: '
                                 f'{type(obj)!r}')
        if module is False:
            module = None
        elif module is None:
            module = sys.modules.get(getattr(obj, '__module__', None)) if not isinstance(obj, type(sys)) else obj
        source_lines = None
        filename = getattr(module, '__file__', None) if module is not None else None
        if filename is not None:
            if filename.endswith(('.pyc', '.pyo')):
                filename = filename[:-1]
            try:
                with open(filename, encoding='utf-8') as f:
                    source_lines = f.read().split('\n')
                    source_lines = [line + '\n' for line in source_lines]
            except OSError:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        if self._verbose:
            print(f'Finding tests in {name}')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_function(_unwrap(obj)):
            return module.__dict__ is _unwrap(obj).__globals__
        if isinstance(obj, type):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__objclass__'):
            return module.__name__ == obj.__objclass__.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property) or _is_method_descriptor(obj):
            return True
        raise ValueError('object must be a class or function')

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if isinstance(obj, type(sys)):
            for valname, val in list(obj.__dict__.items()):
                valname = f'{name}.{valname}'
                if (_is_routine(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError(f'DocTestFinder.find: __test__ keys must be strings: {type(valname)!r}')
                if not (_is_routine(val) or isinstance(val, (type, str, type(sys)))):
                    raise ValueError(f'DocTestFinder.find: __test__ values must be strings, functions, methods, '
                                     f'classes, or modules: {type(val)!r}')
                valname = f'{name}.__test__.{valname}'
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (_is_routine(val) or isinstance(val, type) or isinstance(val, property)) and \
                        self._from_module(module, val):
                    valname = f'{name}.{valname}'
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ if obj.__doc__ is not None else ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if isinstance(obj, type(sys)):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            first = getattr(obj, '__firstlineno__', None)
            if first is not None:
                lineno = first - 1
            else:
                pattern = re.compile(r'^\s*class\s*%s\b' % re.escape(obj.__name__))
                for i, line in enumerate(source_lines):
                    if pattern.match(line):
                        lineno = i
                        break
        else:
            target = obj
            if isinstance(target, property):
                target = target.fget
            if getattr(target, '__doc__', None):
                target = _unwrap(target)
            target = getattr(target, '__func__', target)
            code = getattr(target, '__code__', None)
            if code is not None:
                lineno = code.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pattern = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if pattern.match(source_lines[i]):
                    return i
        return None


class OutputChecker:
    """Decides whether an example's output matches what its docstring shows."""

    def _to_ascii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want:
            want_text = 'Expected:\n' + _indent(want)
        else:
            want_text = 'Expected nothing\n'
        if got:
            got_text = 'Got:\n' + _indent(got)
        else:
            got_text = 'Got nothing\n'
        return want_text + got_text


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output differs."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


def _strip_exception_details(msg):
    # 'pkg.module.Error: detail' → 'Error'
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class DocTestRunner:
    """Runs DocTests, reports each failure, and keeps the counts for summarize()."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._stats = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append(f'File "{test.filename}", line {lineno}, in {test.name}')
        else:
            out.append(f'Line {example.lineno + 1}, in {test.name}')
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        failures = attempted = skips = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            # A skipped example still counts as attempted.
            attempted += 1
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            if example.options:
                for optionflag, val in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = f'<doctest {test.name}[{examplenum}]>'
            # Tracebacks through the example show its lines, as CPython's doctest arranges via linecache.
            _taipan_traceback.register_source(filename, example.source)
            try:
                exec(compile(example.source, filename, 'single', compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                exception = (type(exc), exc, exc.__traceback__)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted_ex = traceback.format_exception_only(*exception[:2])
                if issubclass(exception[0], SyntaxError):
                    exception_line_prefixes = (f'{exception[0].__qualname__}:',
                                               f'{exception[0].__module__}.{exception[0].__qualname__}:')
                    exc_msg_index = next(index for index, line in enumerate(formatted_ex)
                                         if line.startswith(exception_line_prefixes))
                    formatted_ex = formatted_ex[exc_msg_index:]
                exc_msg = ''.join(formatted_ex)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if quiet:
                pass
            elif outcome is SUCCESS:
                self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                self.report_failure(out, test, example, got)
            else:
                self.report_unexpected_exception(out, test, example, exception)
            if outcome is not SUCCESS:
                failures += 1
                if self.optionflags & FAIL_FAST:
                    break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, attempted, skips)
        return TestResults(failures, attempted, skipped=skips)

    def __record_outcome(self, test, failures, tries, skips):
        previous = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (previous[0] + failures, previous[1] + tries, previous[2] + skips)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test, writing reports with out (sys.stdout's write by default)."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals (and, verbosely, each test's), and return TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = total_skips = 0
        for name, (failures, tries, skips) in self._stats.items():
            total_tries += tries
            total_failures += failures
            total_skips += skips
            if tries == 0:
                notests.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries, skips)))
        if verbose:
            if notests:
                print(f'{_n_items(notests)} had no tests:')
                notests.sort()
                for name in notests:
                    print(f'    {name}')
            if passed:
                print(f'{_n_items(passed)} passed all tests:')
                for name, count in sorted(passed):
                    s = '' if count == 1 else 's'
                    print(f' {count:3d} test{s} in {name}')
        if failed:
            print(self.DIVIDER)
            print(f'{_n_items(failed)} had failures:')
            for name, (failures, tries, skips) in sorted(failed):
                print(f' {failures:3d} of {tries:3d} in {name}')
        if verbose:
            s = '' if total_tries == 1 else 's'
            print(f'{total_tries} test{s} in {_n_items(self._stats)}.')
            and_f = f' and {total_failures} failed' if total_failures else ''
            print(f'{total_tries - total_failures} passed{and_f}.')
        if total_failures:
            s = '' if total_failures == 1 else 's'
            msg = f'***Test Failed*** {total_failures} failure{s}'
            if total_skips:
                s = '' if total_skips == 1 else 's'
                msg = f'{msg} and {total_skips} skipped test{s}'
            print(f'{msg}.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries, skipped=total_skips)

    def merge(self, other):
        for name, (failures, tries, skips) in other._stats.items():
            previous = self._stats.get(name, (0, 0, 0))
            self._stats[name] = (previous[0] + failures, previous[1] + tries, previous[2] + skips)


def _n_items(items):
    n = len(items)
    return f'{n} item{"" if n == 1 else "s"}'


class DebugRunner(DocTestRunner):
    """A runner that raises on the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by default); TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not isinstance(m, type(sys)):
        raise TypeError(f'testmod: module required; {m!r}')
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    global master
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative:
        import os
        if package is None:
            base = os.path.dirname(sys.modules['__main__'].__file__) if hasattr(sys.modules['__main__'], '__file__') \
                else os.getcwd()
        else:
            base = os.path.dirname(package.__file__ if not isinstance(package, str) else sys.modules[package].__file__)
        path = os.path.join(base, *filename.split('/'))
    else:
        path = filename
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        import os
        name = os.path.basename(path)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, path, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    """Test the examples in the docstring of f, in the given globals (no summary)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of s as a script, with the expected output turned into comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + line for line in want.split('\n')[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


_USAGE_HEAD = 'usage: doctest.py [-h] [-v]\n                  [-o {%s}]\n                  [-f]\n                  file [file ...]\n'
_HELP_TAIL = '''
doctest runner

positional arguments:
  file                  file containing the tests to run

options:
  -h, --help            show this help message and exit
  -v, --verbose         print very verbose output for all tests
  -o, --option {%s}
                        specify a doctest option flag to apply to the test
                        run; may be specified more than once to apply multiple
                        options
  -f, --fail-fast       stop running tests after first failure (this is a
                        shorthand for -o FAIL_FAST, and is in addition to any
                        other -o options)
'''


def _usage_error(message):
    names = ','.join(OPTIONFLAGS_BY_NAME)
    sys.stderr.write(_USAGE_HEAD % names)
    sys.stderr.write(f'doctest.py: error: {message}\n')
    sys.exit(2)


def _parse_command_line(argv):
    """The command line of `python -m doctest`, read as CPython's argparse parser reads it."""
    verbose = False
    options = 0
    files = []
    unknown = []

    def add_option(name):
        nonlocal options
        if name not in OPTIONFLAGS_BY_NAME:
            choices = ', '.join(repr(n) for n in OPTIONFLAGS_BY_NAME)
            _usage_error(f'argument -o/--option: invalid choice: {name!r} (choose from {choices})')
        options |= OPTIONFLAGS_BY_NAME[name]

    i = 0
    only_files = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_files or arg == '-' or not arg.startswith('-'):
            files.append(arg)
        elif arg == '--':
            only_files = True
        elif arg.startswith('--'):
            name, eq, value = arg.partition('=')
            if name in ('--help', '--verbose', '--fail-fast') and eq:
                _usage_error(f'argument {_LONG_TO_BOTH[name]}: ignored explicit argument {value!r}')
            if name == '--help':
                sys.stdout.write(_USAGE_HEAD % ','.join(OPTIONFLAGS_BY_NAME))
                sys.stdout.write(_HELP_TAIL % ','.join(OPTIONFLAGS_BY_NAME))
                sys.exit(0)
            elif name == '--verbose':
                verbose = True
            elif name == '--fail-fast':
                options |= FAIL_FAST
            elif name == '--option':
                if not eq:
                    if i >= len(argv) or argv[i].startswith('-'):
                        _usage_error('argument -o/--option: expected one argument')
                    value = argv[i]
                    i += 1
                add_option(value)
            else:
                unknown.append(arg)
        else:
            letters = arg[1:]
            while letters:
                letter, letters = letters[0], letters[1:]
                if letter == 'h':
                    sys.stdout.write(_USAGE_HEAD % ','.join(OPTIONFLAGS_BY_NAME))
                    sys.stdout.write(_HELP_TAIL % ','.join(OPTIONFLAGS_BY_NAME))
                    sys.exit(0)
                elif letter == 'v':
                    verbose = True
                elif letter == 'f':
                    options |= FAIL_FAST
                elif letter == 'o':
                    value = letters.lstrip('=') if letters else None
                    letters = ''
                    if value is None:
                        if i >= len(argv) or argv[i].startswith('-'):
                            _usage_error('argument -o/--option: expected one argument')
                        value = argv[i]
                        i += 1
                    add_option(value)
                else:
                    unknown.append(arg)
                    break
    if not files:
        _usage_error('the following arguments are required: file')
    if unknown:
        _usage_error('unrecognized arguments: ' + ' '.join(unknown))
    return files, verbose, options


_LONG_TO_BOTH = {'--help': '-h/--help', '--verbose': '-v/--verbose', '--fail-fast': '-f/--fail-fast'}


def _test():
    """`python -m doctest [-v] [-o FLAG] [-f] file...`: a .py file is imported under its own name
    (so its `if __name__ == '__main__'` block does not run) and tested with testmod; any other file
    is read as a doctest text file. The exit status is 1 once a file has failures."""
    import os
    files, verbose, options = _parse_command_line(sys.argv[1:])
    for filename in files:
        if filename.endswith('.py'):
            dirname, basename = os.path.split(filename)
            sys.path.insert(0, dirname)
            module = __import__(basename[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose, optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
