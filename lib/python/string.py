"""Character classes as strings, capwords(), $-substitution with Template, and Formatter,
str.format's machinery as a class whose steps can be overridden.

Template's default placeholders ($name, ${name}, $$ with any delimiter) are found by a
scanner written here, so that they work without the re module.  A subclass that sets its
own `pattern`, `idpattern`, `braceidpattern` or `flags` describes placeholders by regular
expression, and needs the re module.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep (runs of whitespace by default), capitalize each word, join by sep
    (a space by default)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# -------------------- Template --------------------

_IGNORECASE = 2  # re.IGNORECASE's value, for when re cannot be imported
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


def _regex_escape(text):
    return ''.join('\\' + c if c in _REGEX_SPECIAL else c for c in text)


class _Placeholder:
    """What the default scanner found: one of the groups escaped, named, braced, invalid."""

    __slots__ = ('string', '_start', '_end', '_groups')

    def __init__(self, string, start, end, kind, value, value_start):
        self.string = string
        self._start = start
        self._end = end
        self._groups = {kind: (value, value_start)}

    def group(self, name=0):
        if name == 0:
            return self.string[self._start:self._end]
        if name not in ('escaped', 'named', 'braced', 'invalid'):
            raise IndexError("no such group")
        found = self._groups.get(name)
        return None if found is None else found[0]

    def start(self, name=0):
        if name == 0:
            return self._start
        found = self._groups.get(name)
        return -1 if found is None else found[1]

    def end(self, name=0):
        if name == 0:
            return self._end
        found = self._groups.get(name)
        return -1 if found is None else found[1] + len(found[0])

    def span(self, name=0):
        return self.start(name), self.end(name)


class _DefaultPattern:
    """Finds the default placeholders of a delimiter, as Template's regular expression would:
    the delimiter doubled, followed by an identifier, by a braced identifier, or by anything
    else (invalid).  Letters in the delimiter match in either case, as under re.IGNORECASE."""

    def __init__(self, delimiter, flags):
        self.delimiter = delimiter
        self.flags = flags
        escaped = _regex_escape(delimiter)
        self.pattern = (f'{escaped}(?:(?P<escaped>{escaped})|(?P<named>{_DEFAULT_IDPATTERN})'
                        f'|{{(?P<braced>{_DEFAULT_IDPATTERN})}}|(?P<invalid>))')
        self.groupindex = {'escaped': 1, 'named': 2, 'braced': 3, 'invalid': 4}

    def __repr__(self):
        return f're.compile({self.pattern!r}, re.IGNORECASE)'

    def _delimiter_at(self, string, pos):
        delimiter = self.delimiter
        candidate = string[pos:pos + len(delimiter)]
        return candidate == delimiter or candidate.lower() == delimiter.lower()

    def _identifier_end(self, string, pos):
        if pos < len(string) and string[pos] in _ID_START:
            pos += 1
            while pos < len(string) and string[pos] in _ID_REST:
                pos += 1
        return pos

    def _match_at(self, string, pos):
        after = pos + len(self.delimiter)
        if self.delimiter and self._delimiter_at(string, after):
            end = after + len(self.delimiter)
            return _Placeholder(string, pos, end, 'escaped', string[after:end], after)
        name_end = self._identifier_end(string, after)
        if name_end > after:
            return _Placeholder(string, pos, name_end, 'named', string[after:name_end], after)
        if string[after:after + 1] == '{':
            name_end = self._identifier_end(string, after + 1)
            if name_end > after + 1 and string[name_end:name_end + 1] == '}':
                return _Placeholder(string, pos, name_end + 1, 'braced', string[after + 1:name_end], after + 1)
        return _Placeholder(string, pos, after, 'invalid', '', after)

    def finditer(self, string):
        pos = 0
        length = len(string)
        while pos <= length:
            if self._delimiter_at(string, pos):
                found = self._match_at(string, pos)
                yield found
                # An empty match (an empty delimiter) must not be found twice at one place.
                pos = found.end() if found.end() > pos else pos + 1
            else:
                pos += 1

    def sub(self, replace, string):
        pieces = []
        copied = 0
        for found in self.finditer(string):
            pieces.append(string[copied:found.start()])
            pieces.append(replace(found))
            copied = found.end()
        pieces.append(string[copied:])
        return ''.join(pieces)


class _ChainMapping:
    # Keyword arguments first, then the mapping (collections.ChainMap's lookup).
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


_sentinel_dict = {}


class Template:
    """A string with $-placeholders: substitute() and safe_substitute() fill them in."""

    delimiter = '$'
    # The default identifier: ASCII letters, digits and underscores, not starting with a digit.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern not in (None, _DEFAULT_IDPATTERN)
                or cls.flags != _IGNORECASE):
            cls.pattern = _compile_with_re(cls)
        else:
            cls.pattern = _DefaultPattern(cls.delimiter, cls.flags)

    def __init__(self, template):
        self.template = template

    def _invalid(self, found):
        i = found.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name,
        ValueError for a delimiter not followed by a name."""
        mapping = self._mapping(mapping, kws)

        def convert(found):
            named = found.group('named') or found.group('braced')
            if named is not None:
                return str(mapping[named])
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                self._invalid(found)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), but missing names and stray delimiters stay as they are."""
        mapping = self._mapping(mapping, kws)

        def convert(found):
            named = found.group('named') or found.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return found.group()
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                return found.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """Whether every delimiter starts a valid placeholder."""
        for found in self.pattern.finditer(self.template):
            if found.group('invalid') is not None:
                return False
            if (found.group('named') is None
                    and found.group('braced') is None
                    and found.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        """The names of the placeholders, each once, in order of appearance."""
        ids = []
        for found in self.pattern.finditer(self.template):
            named = found.group('named') or found.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                    and found.group('invalid') is None
                    and found.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


def _compile_with_re(cls):
    # A pattern of the subclass's own, from its regular expressions.
    import re
    if 'pattern' in cls.__dict__:
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced_ident = cls.braceidpattern or cls.idpattern
        pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})'
                   f'|{{(?P<braced>{braced_ident})}}|(?P<invalid>))')
    return re.compile(pattern, cls.flags | re.VERBOSE)


Template.__init_subclass__()


# -------------------- Formatter --------------------

class Formatter:
    """str.format as overridable steps: parse, get_field (get_value), convert_field,
    format_field, and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is the next automatic number, or False once fields are numbered.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may hold fields of its own: {0:{1}}.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """The argument a field names: args[key] for an int, kwargs[key] for a str."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys that fields used; does nothing unless overridden."""
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of the string;
        the last three are None after trailing literal text."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name ("0.attr[key]") refers to, and the key of its argument."""
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
