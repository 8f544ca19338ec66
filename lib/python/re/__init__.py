"""Regular expressions with Python's syntax and semantics.

The matching engine is native (_taipan_regex: a backtracking matcher with sre's rules); this
module holds the Pattern and Match objects, replacement templates, and the module functions.
"""

import _taipan_regex

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

_MATCH, _FULLMATCH, _SEARCH = 0, 1, 2
_MAXSIZE = 2**63 - 1


class RegexFlag(int):
    """The flags of compile(), combinable with |, printed by name."""

    _MEMBERS = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128))
    _ALL_BITS = 0x1ff

    def _names(self):
        value = int(self)
        names = [name for name, bit in self._MEMBERS if value & bit]
        rest = value & ~sum(bit for _, bit in self._MEMBERS)
        return names, rest

    def __repr__(self):
        if int(self) == 0:
            return 're.NOFLAG'
        names, rest = self._names()
        parts = ['re.' + name for name in names]
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    @property
    def name(self):
        names, rest = self._names()
        return '|'.join(names) if names and not rest else ('NOFLAG' if int(self) == 0 else None)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._ALL_BITS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)


class PatternError(Exception):
    """A string that is not a valid regular expression, or a bad replacement template.

    msg, pattern and pos say what and where; lineno and colno count lines in the pattern.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f'{msg} at position {pos} (line {self.lineno}, column {self.colno})'
            else:
                msg = f'{msg} at position {pos}'
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError
PatternError.__module__ = 're'


class Pattern:
    """A compiled regular expression."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at pos (only there) within string[:endpos]; a Match or None."""
        return self._run(string, pos, endpos, _MATCH, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match all of string[pos:endpos]; a Match or None."""
        return self._run(string, pos, endpos, _FULLMATCH, False)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in string[pos:endpos]; a Match or None."""
        return self._run(string, pos, endpos, _SEARCH, False)

    def _run(self, string, pos, endpos, mode, must_advance):
        found = _taipan_regex.match(self._program, string, pos, endpos, mode, must_advance)
        if found is None:
            return None
        length = len(string)
        pos = min(max(pos, 0), length)
        endpos = min(max(endpos, 0), length)
        return Match._make(self, string, pos, endpos, found)

    def _matches(self, string, pos=0, endpos=_MAXSIZE):
        """Successive non-overlapping matches; an empty match never follows another at the same place."""
        must_advance = False
        while True:
            m = self._run(string, pos, endpos, _SEARCH, must_advance)
            if m is None:
                return
            yield m
            start, end = m._spans[0], m._spans[1]
            must_advance = start == end
            pos = end

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over the Match objects of all non-overlapping matches."""
        self._check_subject(string)
        return self._matches(string, pos, endpos)

    def _check_subject(self, string):
        _taipan_regex.match(self._program, string, 0, 0, _MATCH, False)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches: the matched strings, or the groups (a tuple when there are several)."""
        return _taipan_regex.findall(self._program, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """string split at the matches; the groups' values come between the pieces."""
        if maxsplit < 0:
            return [string]
        found = _taipan_regex.scan(self._program, string, maxsplit)
        if not isinstance(string, (str, bytes)):
            string = bytes(string)
        pieces = []
        last = 0
        for s in found:
            pieces.append(string[last:s[0]])
            for g in range(1, self.groups + 1):
                pieces.append(string[s[2 * g]:s[2 * g + 1]] if s[2 * g] >= 0 else None)
            last = s[1]
        pieces.append(string[last:])
        return pieces

    def sub(self, repl, string, count=0):
        """string with the first count (all, when 0) matches replaced by repl."""
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements) as sub() makes them."""
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        if callable(repl):
            template = None
        else:
            template = _compile_template(self, repl)
        found = _taipan_regex.scan(self._program, string, max(count, 0) if count >= 0 else 0)
        if count < 0:
            found = []
        is_str = isinstance(string, str)
        pieces = []
        last = 0
        for s in found:
            pieces.append(string[last:s[0]])
            if template is None:
                piece = repl(Match._make(self, string, 0, len(string), s))
            else:
                piece = _expand_spans(template, string, s)
            if piece:
                pieces.append(piece)
            last = s[1]
        pieces.append(string[last:])
        if is_str:
            return ''.join(pieces), len(found)
        return b''.join(bytes(p) for p in pieces), len(found)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return f're.compile({text})'
        names = []
        for name, bit in (('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                          ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return f're.compile({text}, {"|".join(names)})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _step(self, mode):
        m = self.pattern._run(self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is not None:
            self._must_advance = m._spans[0] == m._spans[1]
            self._pos = m._spans[1]
        return m

    def match(self):
        return self._step(_MATCH)

    def search(self):
        return self._step(_SEARCH)


class Match:
    """The result of a successful match: the groups' values and where they are."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _make(cls, pattern, string, pos, endpos, found):
        m = object.__new__(cls)
        m.re = pattern
        m.string = string
        m.pos = pos
        m.endpos = endpos
        m._spans = found[:-1]
        m.lastindex = found[-1]
        return m

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * i], spans[2 * i + 1]) for i in range(len(spans) // 2))

    def _index(self, group):
        if hasattr(type(group), '__index__'):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _value(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        value = self.string[start:self._spans[2 * index + 1]]
        # Groups of a bytearray or other bytes-like subject are bytes.
        return value if isinstance(value, (str, bytes)) else bytes(value)

    def group(self, *groups):
        """The string matched by a group (by number or name), or a tuple of several; group 0 is the whole match."""
        if not groups:
            return self._value(0)
        if len(groups) == 1:
            return self._value(self._index(groups[0]))
        return tuple(self._value(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._value(self._index(group))

    def groups(self, default=None):
        """The values of all the groups from 1, with default for groups that did not take part."""
        return tuple(self._value(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The values of the named groups, by name."""
        return {name: self._value(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    def expand(self, template):
        """template with its backslash escapes and group references filled in, as sub() does."""
        return _expand(_compile_template(self.re, template), self)

    def __repr__(self):
        return f'<re.Match object; span=({self._spans[0]}, {self._spans[1]}), match={repr(self.group())[:50]}>'

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _compile_template(pattern, repl):
    """repl as a list of literal pieces and group numbers."""
    is_bytes = not isinstance(repl, str)
    text = repl.decode('latin-1') if is_bytes else repl
    pieces = []
    literal = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def group_ref(index, pos):
        if index > pattern.groups:
            fail(f'invalid group reference {index}', pos)
        if literal:
            pieces.append(''.join(literal))
            literal.clear()
        pieces.append(index)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail('bad escape (end of pattern)', i)
        d = text[i + 1]
        if d == 'g':
            start = i + 2
            if start >= n or text[start] != '<':
                fail('missing <', start)
            close = text.find('>', start + 1)
            name = text[start + 1:] if close < 0 else text[start + 1:close]
            if close < 0:
                fail('missing group name' if not name else 'missing >, unterminated name', start + 1)
            if not name:
                fail('missing group name', start + 1)
            if name.isdigit() and name.isascii():
                group_ref(int(name), start + 1)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                if name not in pattern.groupindex:
                    raise IndexError(f'unknown group name {name!r}')
                group_ref(pattern.groupindex[name], start + 1)
            else:
                fail(f'bad character in group name {name!r}', start + 1)
            i = close + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            literal.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d in '123456789':
            j = i + 2
            if j < n and text[j] in '0123456789':
                if (d in '01234567' and text[j] in '01234567' and j + 1 < n and text[j + 1] in '01234567'):
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        fail(f'octal escape value \\{text[i + 1:j + 2]} outside of range 0-0o377', i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            group_ref(int(text[i + 1:j]), i + 1)
            i = j
        elif d in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[d])
            i += 2
        elif d in _ASCII_LETTERS:
            fail(f'bad escape \\{d}', i)
        else:
            literal.append(c + d)
            i += 2
    if literal:
        pieces.append(''.join(literal))
    if is_bytes:
        pieces = [p.encode('latin-1') if isinstance(p, str) else p for p in pieces]
    return pieces or [repl[:0]]


def _expand_spans(template, string, spans):
    empty = '' if isinstance(string, str) else b''
    if len(template) == 1 and not isinstance(template[0], int):
        return template[0]
    parts = []
    for piece in template:
        if isinstance(piece, int):
            start = spans[2 * piece]
            if start >= 0:
                parts.append(string[start:spans[2 * piece + 1]])
        else:
            parts.append(piece)
    return empty.join(bytes(p) if not isinstance(p, (str, bytes)) else p for p in parts)


def _expand(template, m):
    return _expand_spans(template, m.string, m._spans)


_cache = {}
_MAX_CACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is not None:
        return compiled
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    result = _taipan_regex.compile(pattern, flags)
    if len(result) == 2:
        raise error(result[0], pattern, result[1])
    compiled = object.__new__(Pattern)
    compiled._program, compiled.groups, groupindex, compiled.flags = result
    compiled.pattern = pattern
    compiled.groupindex = type(type.__dict__)(groupindex)
    if len(_cache) >= _MAX_CACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Match pattern at the start of string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against all of string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of pattern anywhere in string; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl (a template, or a function of the Match)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions) as sub() makes them."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of pattern, with the groups' values between the pieces."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of pattern in string (their groups, when it has any)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the Match objects of all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the cache of compiled patterns."""
    _cache.clear()


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """pattern with every character that is special in regular expressions backslash-escaped."""
    if isinstance(pattern, str):
        return pattern.translate({ord(c): e for c, e in _SPECIAL.items()})
    return pattern.decode('latin-1').translate({ord(c): e for c, e in _SPECIAL.items()}).encode('latin-1')
