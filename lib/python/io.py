"""Streams: the io class hierarchy, files (FileIO, buffered and text layers), StringIO and BytesIO.

Files sit on _taipan_fs's descriptors. Writes go to the descriptor at once, so nothing is lost
when a program never closes a file (Taipan does not finalize objects).
"""

import abc
import _taipan_fs

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error(message='I/O operation on closed file.'):
    return ValueError(message)


class IOBase(metaclass=abc.ABCMeta):
    """The base of all streams: closing, context management, iteration over lines."""

    __module__ = '_io'
    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        result = bytearray()
        while size is None or size < 0 or len(result) < size:
            byte = self.read(1)
            if not byte:
                break
            result += byte
            if byte == b'\n':
                break
        return bytes(result)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        return None if n is None else bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)


class BufferedIOBase(IOBase):
    """Binary streams that read and write whole requests."""

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Streams of str."""

    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')


def _path_of(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, (str, bytes)):
            return path
        raise TypeError(f'expected {type(file).__name__}.__fspath__() to return str or bytes, not {type(path).__name__}')
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')


class FileIO(RawIOBase):
    """A file on the host, read and written as bytes at a position this object keeps."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        readable = writable = appending = creating = plus = False
        for c in mode:
            if c == 'r':
                readable = True
            elif c == 'w':
                writable = True
            elif c == 'a':
                writable = appending = True
            elif c == 'x':
                writable = creating = True
            elif c == '+':
                plus = True
            elif c != 'b':
                raise ValueError(f'invalid mode: {mode}')
        if plus:
            readable = writable = True
        self._readable = readable
        self._writable = writable
        self._appending = appending
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
            self.name = file
        else:
            self.name = file
            path = _path_of(file)
            if creating:
                flags = 'wx+' if plus else 'wx'
            elif appending:
                flags = 'a+' if plus else 'a'
            elif writable and not readable:
                flags = 'w'
            elif mode.startswith('w') or ('w' in mode):
                flags = 'w+'
            elif plus:
                flags = 'r+'
            else:
                flags = 'r'
            if opener is not None:
                self._fd = opener(path, 0)
            else:
                self._fd = _taipan_fs.open(path, flags, 0o666)
            if _taipan_fs.is_dir_fd(self._fd):
                _taipan_fs.close(self._fd)
                raise IsADirectoryError(21, 'Is a directory', file)
        self._closefd = closefd
        self._pos = _taipan_fs.size(self._fd) if appending else 0
        if creating:
            self.mode = 'xb+' if plus else 'xb'
        elif appending:
            self.mode = 'ab+' if plus else 'ab'
        elif readable and writable:
            self.mode = 'rb+' if 'r' in mode else 'wb+'
        else:
            self.mode = 'rb' if readable else 'wb'

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        self._check_closed()
        return self._fd

    def isatty(self):
        self._check_closed()
        return _taipan_fs.isatty(self._fd)

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation('read')
        if size is None:
            size = -1
        data = _taipan_fs.read(self._fd, size, self._pos)
        self._pos += len(data)
        return data

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation('write')
        data = bytes(memoryview(b)) if not isinstance(b, (bytes, bytearray)) else b
        if self._appending:
            self._pos = _taipan_fs.size(self._fd)
        n = _taipan_fs.write(self._fd, data, self._pos)
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if whence == 0:
            target = pos
        elif whence == 1:
            target = self._pos + pos
        elif whence == 2:
            target = _taipan_fs.size(self._fd) + pos
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if target < 0:
            raise OSError(22, 'Invalid argument')
        self._pos = target
        return target

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        self._check_writable()
        if size is None:
            size = self._pos
        _taipan_fs.truncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                _taipan_fs.close(self._fd)

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self._closefd}>'


class _Buffered(BufferedIOBase):
    """The buffered layer over a FileIO: Taipan reads and writes through it directly."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        return self.raw.truncate(pos)

    def flush(self):
        if self.raw.closed:
            raise _closed_error('flush of closed file')

    def read(self, size=-1):
        self._check_closed()
        if size is not None and size < -1:
            raise ValueError('read length must be non-negative or -1')
        return self.raw.read(size)

    def peek(self, size=0):
        position = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(position)
        return data

    def readline(self, size=-1):
        self._check_closed()
        position = self.raw.tell()
        data = self.raw.read(-1) if size is None or size < 0 else self.raw.read(size)
        end = data.find(b'\n')
        line = data if end < 0 else data[:end + 1]
        self.raw.seek(position + len(line))
        return line

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        return self.raw.write(b)

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f'<_io.{type(self).__name__}>'
        return f'<_io.{type(self).__name__} name={name!r}>'


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True

    def close(self):
        self.writer.close()
        self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _check_newline(newline, for_stringio):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
    if newline not in _NEWLINES:
        raise ValueError(f'illegal newline value: {newline!r}' if for_stringio else f'illegal newline value: {newline}')


def _newline_kinds(text):
    """The kinds of line ending in text: '\r\n', and '\r' or '\n' standing alone."""
    kinds = set()
    if '\r\n' in text:
        kinds.add('\r\n')
        text = text.replace('\r\n', '')
    if '\r' in text:
        kinds.add('\r')
    if '\n' in text:
        kinds.add('\n')
    return kinds


def _translate_universal(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _split_lines(text, newline, keep_from):
    """The end of the line starting at keep_from (the index after its terminator), or -1."""
    if newline is None or newline == '\n':
        i = text.find('\n', keep_from)
        return -1 if i < 0 else i + 1
    if newline == '':
        for i in range(keep_from, len(text)):
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                return i + 2 if text[i + 1:i + 2] == '\n' else i + 1
        return -1
    i = text.find(newline, keep_from)
    return -1 if i < 0 else i + len(newline)


class _TextBuffer(TextIOBase):
    """Reading lines out of decoded text held in self._text from self._index on."""

    def _read_text(self, size):
        text = self._text
        if size is None or size < 0:
            result = text[self._index:]
            self._index = len(text)
        else:
            result = text[self._index:self._index + size]
            self._index += len(result)
        return result

    def _readline_text(self, size):
        text = self._text
        end = _split_lines(text, self._read_newline, self._index)
        if end < 0:
            end = len(text)
        if size is not None and size >= 0:
            end = min(end, self._index + size)
        line = text[self._index:end]
        self._index = end
        return line


class StringIO(_TextBuffer):
    """A text stream in memory."""

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline, True)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        # Reading splits lines as the newline argument says; universal mode reads '\n' only,
        # since writes already translated.
        self._read_newline = '\n' if newline is None else newline
        self._text = ''
        self._index = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._index = 0

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        return found[0] if len(found) == 1 else found

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._text

    def read(self, size=-1):
        self._check_closed()
        return self._read_text(size)

    def readline(self, size=-1):
        self._check_closed()
        return self._readline_text(size)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        length = len(s)
        if self._newline is None:
            self._seen |= _newline_kinds(s)
            s = _translate_universal(s)
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        text = self._text
        if self._index > len(text):
            text += '\0' * (self._index - len(text))
        self._text = text[:self._index] + s + text[self._index + len(s):]
        self._index += len(s)
        return length

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._index = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._index = len(self._text)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._index

    def tell(self):
        self._check_closed()
        return self._index

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._index
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        self._text = self._text[:pos]
        return pos

    def close(self):
        self._closed = True

    def __next__(self):
        self._check_closed()
        line = self._readline_text(-1)
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        return self._text, self._newline, self._index


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._data = bytearray(memoryview(initial_bytes))
        self._pos = 0

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._data)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._data)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        data = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return line

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        if self._pos > len(self._data):
            self._data.extend(b'\0' * (self._pos - len(self._data)))
        self._data[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'negative size value {pos}')
        del self._data[pos:]
        return pos

    def close(self):
        self._closed = True


class TextIOWrapper(_TextBuffer):
    """A text layer over a binary stream: decoding, encoding and newline translation.

    Reading decodes the rest of the stream at once; tell() gives byte positions.
    """

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_newline(newline, False)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self._read_newline = '\n' if newline is None else newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._text = ''
        self._index = 0
        self._start = None
        self._seen = set()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        if not self._seen:
            return None
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        return found[0] if len(found) == 1 else found

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, '_mode', self.buffer.mode)

    @property
    def closed(self):
        return self.buffer.closed

    def close(self):
        self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self.buffer.flush()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def _fill(self):
        """Decode what is left of the stream, once per position."""
        if self._start is None:
            self._start = self.buffer.tell()
            raw = self.buffer.read(-1).decode(self._encoding, self._errors)
            if self._newline is None:
                self._seen |= _newline_kinds(raw)
                raw = _translate_universal(raw)
            self._text = raw
            self._index = 0

    def _drop_read_ahead(self):
        if self._start is not None:
            consumed = self._text[:self._index].encode(self._encoding, self._errors)
            self.buffer.seek(self._start + len(consumed))
            self._start = None
            self._text = ''
            self._index = 0

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is not None and not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        self._fill()
        return self._read_text(size)

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        self._fill()
        return self._readline_text(size)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_closed()
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self._drop_read_ahead()
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._drop_read_ahead()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self._start = None
        self._text = ''
        self._index = 0
        return self.buffer.seek(cookie)

    def tell(self):
        self._check_closed()
        if self._start is None:
            return self.buffer.tell()
        return self._start + len(self._text[:self._index].encode(self._encoding, self._errors))

    def truncate(self, pos=None):
        self._check_closed()
        self._drop_read_ahead()
        return self.buffer.truncate(pos)

    def _check_closed(self):
        if self.buffer is None or self.buffer.closed:
            raise _closed_error()

    def __repr__(self):
        parts = [f'<_io.TextIOWrapper']
        try:
            parts.append(f'name={self.name!r}')
        except AttributeError:
            pass
        try:
            parts.append(f'mode={self.mode!r}')
        except AttributeError:
            pass
        parts.append(f'encoding={self._encoding!r}>')
        return ' '.join(parts)


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunks (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pending_cr = False
        self._seen = set()

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self._pending_cr:
            output = '\r' + output
            self._pending_cr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pending_cr = True
        self._seen |= _newline_kinds(output)
        if self.translate:
            output = _translate_universal(output)
        return output

    def reset(self):
        self._pending_cr = False
        self._seen = set()

    @property
    def newlines(self):
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found


def text_encoding(encoding, stacklevel=2):
    """encoding, or 'locale' when it is None (what open() uses for a text file)."""
    return 'locale' if encoding is None else encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open a file, returning a stream: text (TextIOWrapper) or binary (buffered, or FileIO unbuffered)."""
    if not isinstance(file, int):
        file = _path_of(file) if not isinstance(file, (str, bytes)) else file
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        _check_newline(newline, False)
        if encoding is not None and encoding != 'locale':
            ''.encode(encoding)
    raw_mode = (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '') + \
        (appending and 'a' or '') + (updating and '+' or '')
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    if buffering == 0:
        return raw
    if updating:
        buffered = BufferedRandom(raw)
    elif creating or writing or appending:
        buffered = BufferedWriter(raw)
    else:
        buffered = BufferedReader(raw)
    if binary:
        return buffered
    wrapper = TextIOWrapper(buffered, encoding, errors, newline, line_buffering=buffering == 1)
    wrapper._mode = mode
    return wrapper


def open_code(path):
    """Open a file of Python source for reading as bytes."""
    return open(path, 'rb')


for _klass in (RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
               BufferedRWPair, StringIO, BytesIO, TextIOWrapper, IncrementalNewlineDecoder):
    _klass.__module__ = '_io'
del _klass
