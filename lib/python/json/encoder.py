"""Turning Python objects into JSON text."""

__all__ = ['JSONEncoder']

_ESCAPED = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape_char(c):
    escaped = _ESCAPED.get(c)
    if escaped is not None:
        return escaped
    code = ord(c)
    if code < 0x10000:
        return f'\\u{code:04x}'
    code -= 0x10000
    return f'\\u{0xd800 | (code >> 10):04x}\\u{0xdc00 | (code & 0x3ff):04x}'


def encode_basestring(s):
    """s as a JSON string: quotes, backslashes and control characters escaped."""
    return '"' + ''.join(_escape_char(c) if c in _ESCAPED or c < ' ' else c for c in s) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only: everything else as \\uXXXX escapes."""
    return '"' + ''.join(_escape_char(c) if c in _ESCAPED or c < ' ' or c > '~' else c for c in s) + '"'


class JSONEncoder:
    """Encodes dicts, lists, tuples, strs, ints, floats, bools and None; default() handles the rest."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder does not know; return something it does, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        return _Encoding(self).encode(o, 0)


class _Encoding:
    """One encoding run: the encoder's settings and the containers being encoded (for cycles)."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.markers = {} if encoder.check_circular else None
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar_text(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    # The pieces yielded below are those of CPython's pure-Python encoder, so that iterencode()
    # and dump() hand out the same chunks.
    def encode(self, o, level):
        text = self.scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.encode(self.encoder.default(o), level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def layout(self, level):
        """The indentation of the items one level in (None without indent), and the item separator."""
        if self.indent is None:
            return None, self.encoder.item_separator
        newline_indent = '\n' + self.indent * (level + 1)
        return newline_indent, self.encoder.item_separator + newline_indent

    def closing(self, level):
        return '' if self.indent is None else '\n' + self.indent * level

    def array(self, o, level):
        if not o:
            yield '[]'
            return
        self.enter(o)
        newline_indent, separator = self.layout(level)
        prefix = '[' if newline_indent is None else '[' + newline_indent
        for item in o:
            text = self.scalar_text(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.encode(item, level + 1)
            prefix = separator
        if newline_indent is not None:
            yield self.closing(level)
        yield ']'
        self.leave(o)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, o, level):
        if not o:
            yield '{}'
            return
        self.enter(o)
        yield '{'
        newline_indent, separator = self.layout(level)
        if newline_indent is not None:
            yield newline_indent
        items = sorted(o.items()) if self.encoder.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.string(key)
            yield self.encoder.key_separator
            yield from self.encode(value, level + 1)
        if newline_indent is not None:
            yield self.closing(level)
        yield '}'
        self.leave(o)
