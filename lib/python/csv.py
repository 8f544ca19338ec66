"""Reading and writing CSV files: reader/writer with dialects (delimiter, quoting, escaping), and
DictReader/DictWriter for rows as dictionaries."""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'QUOTE_STRINGS', 'QUOTE_NOTNULL',
           'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter',
           'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
__version__ = '1.0'


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, set it (returning the old limit)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """A description of a CSV format: subclass it and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        _Dialect(self)


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX: quote everything, '\\n' line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def _char_arg(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string{" or None" if allow_none else ""}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Dialect:
    """A dialect's settings, resolved from a name, a Dialect and keyword overrides, and checked."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def setting(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                value = getattr(dialect, name)
                return default if value is None and name not in ('escapechar', 'quotechar') else value
            return default

        unknown = set(kwargs) - {'delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                                 'lineterminator', 'quoting', 'strict'}
        if unknown:
            raise TypeError(f"this function got an unexpected keyword argument '{sorted(unknown)[0]}'")
        self.delimiter = _char_arg('delimiter', setting('delimiter', ','), False)
        quotechar = _char_arg('quotechar', setting('quotechar', '"'), True)
        # Without a quotechar, and no quoting asked for, nothing is quoted.
        if quotechar is None and 'quoting' not in kwargs:
            quoting = QUOTE_NONE
        else:
            quoting = setting('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.quotechar = quotechar
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.escapechar = _char_arg('escapechar', setting('escapechar', None), True)
        self.doublequote = bool(setting('doublequote', True))
        self.skipinitialspace = bool(setting('skipinitialspace', False))
        lineterminator = setting('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        self.strict = bool(setting('strict', False))
        if self.delimiter in ('\n', '\r'):
            raise ValueError('bad delimiter value')
        if self.quotechar is not None and self.quotechar == self.delimiter:
            raise ValueError('bad delimiter or quotechar value')
        if self.escapechar is not None and self.escapechar in (self.delimiter, self.quotechar):
            raise ValueError('bad delimiter or escapechar value' if self.escapechar == self.delimiter
                             else 'bad escapechar or quotechar value')


class _Reader:
    """Iterates over the rows of lines read from an iterable, as lists of fields."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row = []
        field = []
        state = 'start_record'
        quoted_field = False
        numeric_ok = True

        def end_field():
            nonlocal field, quoted_field
            text = ''.join(field)
            if len(text) > _field_limit:
                raise Error(f'field larger than field limit ({_field_limit})')
            if d.quoting == QUOTE_NONNUMERIC and not quoted_field and text:
                text = float(text)
            elif d.quoting in (QUOTE_NOTNULL, QUOTE_STRINGS) and not quoted_field and text == '':
                text = None
            elif d.quoting == QUOTE_STRINGS and not quoted_field and text:
                text = float(text)
            row.append(text)
            field = []
            quoted_field = False

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state in ('in_quoted_field', 'escape_in_quoted', 'escaped_char'):
                    if d.strict:
                        raise Error('unexpected end of data')
                    end_field()
                    return row
                if row:
                    return row
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            f'(the file should be opened in text mode)')
            self.line_num += 1
            i = 0
            n = len(line)
            while i <= n:
                c = line[i] if i < n else '\0eol'
                i += 1
                if state == 'start_record':
                    if c == '\0eol':
                        return row
                    if c in '\r\n':
                        state = 'eat_crnl'
                        continue
                    state = 'start_field'
                if state == 'start_field':
                    if c in ('\n', '\r', '\0eol'):
                        end_field()
                        state = 'start_record' if c == '\0eol' else 'eat_crnl'
                        if c == '\0eol':
                            return row
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted_field = True
                        state = 'in_quoted_field'
                    elif c == d.escapechar:
                        state = 'escaped_char'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        end_field()
                    else:
                        field.append(c)
                        state = 'in_field'
                elif state == 'escaped_char':
                    if c in ('\n', '\r'):
                        field.append(c)
                        state = 'after_escaped_crnl'
                        continue
                    if c == '\0eol':
                        c = '\n'
                    field.append(c)
                    state = 'in_field'
                elif state == 'after_escaped_crnl':
                    if c == '\0eol':
                        break
                    state = 'in_field'
                    i -= 1
                elif state == 'in_field':
                    if c in ('\n', '\r', '\0eol'):
                        end_field()
                        if c == '\0eol':
                            return row
                        state = 'eat_crnl'
                    elif c == d.escapechar:
                        state = 'escaped_char'
                    elif c == d.delimiter:
                        end_field()
                        state = 'start_field'
                    else:
                        field.append(c)
                elif state == 'in_quoted_field':
                    if c == '\0eol':
                        break
                    if c == d.escapechar:
                        state = 'escape_in_quoted'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quote_in_quoted' if d.doublequote else 'in_field'
                    else:
                        field.append(c)
                elif state == 'escape_in_quoted':
                    if c == '\0eol':
                        c = '\n'
                    field.append(c)
                    state = 'in_quoted_field'
                elif state == 'quote_in_quoted':
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        field.append(c)
                        state = 'in_quoted_field'
                    elif c == d.delimiter:
                        end_field()
                        state = 'start_field'
                    elif c in ('\n', '\r', '\0eol'):
                        end_field()
                        if c == '\0eol':
                            return row
                        state = 'eat_crnl'
                    elif not d.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                elif state == 'eat_crnl':
                    if c in ('\n', '\r'):
                        pass
                    elif c == '\0eol':
                        return row
                    else:
                        raise Error("new-line character seen in unquoted field - do you need to open the file "
                                    "with newline=''?")


class _Writer:
    """Writes rows to a file-like object in a dialect."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect
        d = dialect
        specials = {d.delimiter, '\n', '\r'}
        if d.quotechar:
            specials.add(d.quotechar)
        if d.escapechar:
            specials.add(d.escapechar)
        for c in d.lineterminator:
            specials.add(c)
        self._specials = specials

    def _field_text(self, value):
        d = self.dialect
        if value is None:
            text = ''
            quoted = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        elif isinstance(value, str):
            text = value
            quoted = d.quoting in (QUOTE_NONNUMERIC, QUOTE_ALL, QUOTE_STRINGS, QUOTE_NOTNULL)
        else:
            text = str(value)
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(value, (int, float, complex)) and not hasattr(type(value), '__index__') \
                    and not hasattr(type(value), '__float__')
            else:
                quoted = d.quoting in (QUOTE_ALL, QUOTE_NOTNULL)
        out = []
        for c in text:
            if c in self._specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        body = ''.join(out)
        return f'{d.quotechar}{body}{d.quotechar}' if quoted else body

    def writerow(self, row):
        """Write one row (an iterable of fields); the number of characters written."""
        try:
            fields = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        texts = [self._field_text(f) for f in fields]
        if len(texts) == 1 and texts[0] == '':
            # A lone empty field would read back as no fields: it is written quoted.
            if self.dialect.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            texts = [self.dialect.quotechar * 2]
        line = self.dialect.delimiter.join(texts)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows of csvfile (an iterable of lines), each a list of strs."""
    return _Reader(csvfile, _Dialect(dialect, **fmtparams))


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of rows to csvfile (anything with write())."""
    return _Writer(csvfile, _Dialect(dialect, **fmtparams))


class DictReader:
    """Reads rows as dicts keyed by fieldnames (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(type(list[int]))


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(type(list[int]))
