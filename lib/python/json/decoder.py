"""Parsing JSON text into Python objects (RFC 8259, plus NaN and Infinity)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg, the document, and where (pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Scanner:
    """One parse: the decoder's hooks and the recursive descent over one document."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def value(self, i):
        """The value starting exactly at i, and the index after it."""
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in _DIGITS and s[i] != '0':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        integer_end = i
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
        text = s[start:i]
        if i == integer_end:
            return self.parse_int(text), i
        return self.parse_float(text), i

    def string(self, i):
        """The string whose opening quote is at i - 1, and the index after its closing quote."""
        s = self.s
        n = len(s)
        begin = i - 1
        parts = []
        while True:
            run = i
            while i < n and s[i] != '"' and s[i] != '\\' and (s[i] >= ' ' or not self.strict):
                i += 1
            if i > run:
                parts.append(s[run:i])
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            c = s[i]
            if c == '"':
                return ''.join(parts), i + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, i)
            if i + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[i + 1]
            if esc != 'u':
                if esc not in _ESCAPES:
                    raise JSONDecodeError('Invalid \\escape', s, i)
                parts.append(_ESCAPES[esc])
                i += 2
                continue
            code = self.hex4(i + 2)
            i += 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self.hex4(i + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i += 6
            parts.append(chr(code))

    def hex4(self, i):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(d not in '0123456789abcdefABCDEF' for d in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 1)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_whitespace(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = _skip_whitespace(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_whitespace(s, i + 1)
            value, i = self.nested_value(i)
            pairs.append((key, value))
            i = _skip_whitespace(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_whitespace(s, i + 1)
            if i < len(s) and s[i] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        items = []
        i = _skip_whitespace(s, i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            value, i = self.nested_value(i)
            items.append(value)
            i = _skip_whitespace(s, i)
            if i < len(s) and s[i] == ']':
                return items, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_whitespace(s, i + 1)
            if i < len(s) and s[i] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)

    def nested_value(self, i):
        try:
            return self.value(i)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', self.s, stop.value) from None


class JSONDecoder:
    """Decodes JSON documents; the hooks replace how objects, numbers and constants are built."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the whole document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value that starts at s[idx], and the index where it ends; text after it is left alone."""
        try:
            return _Scanner(self, s).value(idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
