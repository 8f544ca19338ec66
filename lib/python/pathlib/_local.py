"""pathlib's path classes: PurePath with its POSIX and Windows kinds, and Path, which adds the
file system operations of this (POSIX) system.

A pure path keeps the strings it was made from and parses them only when asked: into a drive,
a root and a tail of names (no '' or '.' names; '..' is kept, since a link may precede it).
str() joins them again with the kind's separator. Equality, hashing and ordering use that
string, lowered for Windows paths.
"""

import io
import ntpath
import os
import posixpath
import sys
from _collections_abc import Sequence
from glob import _StringGlobber, _no_recurse_symlinks

from ._abc import UnsupportedOperation, _ignore_error

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# st_mode's file type bits (stat.S_IFMT and the S_IF* values).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000
_S_IFBLK = 0o060000
_S_IFCHR = 0o020000
_S_IFIFO = 0o010000
_S_IFSOCK = 0o140000


class _PathParents(Sequence):
    """path.parents: the logical ancestors of a path, nearest first, indexable and sliceable."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed_parts(self._drv, self._root, self._tail[:-idx - 1])

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A file system path that only computes: joining, splitting, comparing, matching.

    PurePath(...) makes the kind of this system (PurePosixPath here); the arguments are
    strings or os.PathLike objects giving strings, joined as os.path.join would."""

    __slots__ = (
        '_raw_paths',             # the strings given, joined lazily by parser.join
        '_drv', '_root', '_tail_cached',   # the parsed path, set on first use
        '_str',                   # str(self), once computed
        '_str_normcase_cached',   # str(self) as compared (lowered for Windows)
        '_parts_normcase_cached',  # that string split at separators, for ordering
        '_hash',
    )
    parser = os.path
    _globber = _StringGlobber

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg.parser is ntpath and self.parser is posixpath:
                    # A Windows path read on POSIX: its backslashes are separators.
                    paths.extend(raw.replace('\\', '/') for raw in arg._raw_paths)
                else:
                    paths.extend(arg._raw_paths)
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns "
                                f"a str, not {type(path).__name__!r}")
            paths.append(path)
        self._raw_paths = paths

    def with_segments(self, *pathsegments):
        """A new path of this path's type from pathsegments (subclasses may pass on more state)."""
        return type(self)(*pathsegments)

    # Parsing

    @classmethod
    def _parse_path(cls, path):
        """(drive, root, tail names) of the string path."""
        if not path:
            return '', '', []
        parser = cls.parser
        sep = parser.sep
        if parser.altsep:
            path = path.replace(parser.altsep, sep)
        drv, root, rel = parser.splitroot(path)
        if not root and drv.startswith(sep) and not drv.endswith(sep):
            # A UNC drive ('\\server\share') always has a root, even when none was written.
            drive_names = drv.split(sep)
            if (len(drive_names) == 4 and drive_names[2] not in '?.') or len(drive_names) == 6:
                root = sep
        return drv, root, [name for name in rel.split(sep) if name and name != '.']

    @property
    def _raw_path(self):
        """The given strings joined, not yet normalized."""
        paths = self._raw_paths
        if not paths:
            return ''
        if len(paths) == 1:
            return paths[0]
        return self.parser.join(*paths)

    def _parse(self):
        self._drv, self._root, self._tail_cached = self._parse_path(self._raw_path)

    @property
    def drive(self):
        """The drive ('C:' or '\\\\server\\share' on Windows), or ''."""
        try:
            return self._drv
        except AttributeError:
            self._parse()
            return self._drv

    @property
    def root(self):
        """The root (a separator), or ''."""
        try:
            return self._root
        except AttributeError:
            self._parse()
            return self._root

    @property
    def _tail(self):
        try:
            return self._tail_cached
        except AttributeError:
            self._parse()
            return self._tail_cached

    @property
    def anchor(self):
        """The drive and the root together."""
        return self.drive + self.root

    @classmethod
    def _format_parsed_parts(cls, drv, root, tail):
        if drv or root:
            return drv + root + cls.parser.sep.join(tail)
        if tail and cls.parser.splitdrive(tail[0])[0]:
            # A first name that would read as a drive ('c:' on Windows) gets a './' before it.
            tail = ['.'] + tail
        return cls.parser.sep.join(tail)

    def _from_parsed_parts(self, drv, root, tail):
        path = self._from_parsed_string(self._format_parsed_parts(drv, root, tail))
        path._drv = drv
        path._root = root
        path._tail_cached = tail
        return path

    def _from_parsed_string(self, path_str):
        path = self.with_segments(path_str)
        path._str = path_str or '.'
        return path

    # Text forms

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self.drive, self.root, self._tail) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """str(self) with forward slashes."""
        return str(self).replace(self.parser.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def __reduce__(self):
        return type(self), tuple(self._raw_paths)

    def as_uri(self):
        """The path as a 'file:' URI (the path must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            prefix = 'file:///' + drive
            path = self.as_posix()[2:]
        elif drive:
            prefix = 'file:'
            path = self.as_posix()
        else:
            prefix = 'file://'
            path = str(self)
        return prefix + _quote(os.fsencode(path))

    # Comparison

    @property
    def _str_normcase(self):
        try:
            return self._str_normcase_cached
        except AttributeError:
            text = str(self)
            self._str_normcase_cached = text if self.parser is posixpath else text.lower()
            return self._str_normcase_cached

    @property
    def _parts_normcase(self):
        try:
            return self._parts_normcase_cached
        except AttributeError:
            self._parts_normcase_cached = self._str_normcase.split(self.parser.sep)
            return self._parts_normcase_cached

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._str_normcase)
            return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase and self.parser is other.parser

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    # Components

    @property
    def parts(self):
        """The anchor (if any) and then each name, as a tuple."""
        if self.drive or self.root:
            return (self.drive + self.root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def parent(self):
        """The path without its last name (the path itself if it has no names)."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        """The sequence of logical ancestors, nearest first."""
        return _PathParents(self)

    @property
    def name(self):
        """The last name, or ''."""
        tail = self._tail
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        """The last name's extension ('.gz' of 'a.tar.gz'), or ''."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """The last name's extensions (['.tar', '.gz'] for 'a.tar.gz')."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + suffix for suffix in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last name without its suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        """This path with its last name replaced by name."""
        parser = self.parser
        if not name or parser.sep in name or (parser.altsep and parser.altsep in name) or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        tail = self._tail.copy()
        if not tail:
            raise ValueError(f"{self!r} has an empty name")
        tail[-1] = name
        return self._from_parsed_parts(self.drive, self.root, tail)

    def with_stem(self, stem):
        """This path with the stem of its last name replaced (the suffix kept)."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced by suffix (added if it has none, removed if suffix is '')."""
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and not (suffix.startswith('.') and len(suffix) > 1):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    # Joining and relating

    def joinpath(self, *pathsegments):
        """This path joined with the segments (an anchored one starts over)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to other; with walk_up, other need not be an ancestor ('..' climbs)."""
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one positional argument to pathlib.PurePath."
                          "relative_to() is deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        parents = self.parents
        candidates = [other]
        candidates.extend(other.parents)
        for step, path in enumerate(candidates):
            if path == self or path in parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self._from_parsed_parts('', '', ['..'] * step + self._tail[len(path._tail):])

    def is_relative_to(self, other, /, *_deprecated):
        """Whether other is this path or one of its ancestors."""
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one argument to pathlib.PurePath.is_relative_to() "
                          "is deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        if self.parser is posixpath:
            return any(raw.startswith('/') for raw in self._raw_paths)
        return self.parser.isabs(self)

    def is_reserved(self):
        """Whether Windows reserves a name in the path (never, for POSIX paths). Deprecated."""
        import warnings
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal in Python 3.15. "
                      "Use os.path.isreserved() to detect reserved paths on Windows.",
                      DeprecationWarning, stacklevel=2)
        if self.parser is ntpath:
            return self.parser.isreserved(self)
        return False

    # Matching

    @property
    def _pattern_str(self):
        text = str(self)
        return '' if text == '.' else text

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob-style pattern, compared name by name from the right
        (all of the path if the pattern is absolute); '**' is an ordinary wildcard here."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self.parser is posixpath
        path_parts = self.parts[::-1]
        pattern_parts = path_pattern.parts[::-1]
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(path_parts) < len(pattern_parts):
            return False
        if len(path_parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        globber = self._globber(path_pattern.parser.sep, case_sensitive)
        for path_part, pattern_part in zip(path_parts, pattern_parts):
            if globber.compile(pattern_part)(path_part) is None:
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob-style pattern ('**' spans names)."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = self.parser is posixpath
        globber = self._globber(pattern.parser.sep, case_sensitive, recursive=True)
        return globber.compile(pattern._pattern_str)(self._pattern_str) is not None


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax: '/' only, '//' a distinct root, case-sensitive."""

    parser = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax: drives and UNC shares, '\\' or '/', case-insensitive."""

    parser = ntpath
    __slots__ = ()


# Characters as_uri() leaves unquoted: letters, digits, '_.-~' and '/'.
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(data):
    return ''.join(chr(b) if b in _URI_SAFE else f'%{b:02X}' for b in data)


_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def _unquote_to_bytes(text):
    """text as UTF-8 with each '%XX' turned into that byte (a '%' not before two hex digits stays)."""
    data = text.encode('utf-8')
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        if data[i] == 0x25 and i + 2 < n and data[i + 1] in _HEX_DIGITS and data[i + 2] in _HEX_DIGITS:
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(data[i])
            i += 1
    return bytes(out)


class Path(PurePath):
    """A path of this system that can also ask and change the file system.

    Path(...) makes the kind of this system, PosixPath; WindowsPath cannot be made here."""

    __slots__ = ()

    @classmethod
    def _unsupported_msg(cls, attribute):
        return f"{cls.__name__}.{attribute} is unsupported on this system"

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            import warnings
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath is deprecated and "
                          "scheduled for removal in Python 3.14", DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    # Questions

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path (a link itself, not its target)."""
        return self.stat(follow_symlinks=False)

    def _file_type(self, follow_symlinks=True):
        """The path's S_IFMT bits, or None where it does not exist (or can't, as named)."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self, *, follow_symlinks=True):
        """Whether the path exists (a broken link does only if follow_symlinks is false)."""
        return self._file_type(follow_symlinks) is not None

    def is_dir(self, *, follow_symlinks=True):
        return self._file_type(follow_symlinks) == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._file_type(follow_symlinks) == _S_IFREG

    def is_symlink(self):
        return self._file_type(False) == _S_IFLNK

    def is_block_device(self):
        return self._file_type() == _S_IFBLK

    def is_char_device(self):
        return self._file_type() == _S_IFCHR

    def is_fifo(self):
        return self._file_type() == _S_IFIFO

    def is_socket(self):
        return self._file_type() == _S_IFSOCK

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return os.path.isjunction(self)

    def samefile(self, other_path):
        """Whether other_path names the same file (same device and inode)."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    # Contents

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file, opened as the built-in open() opens it."""
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        """Writes the bytes-like data over the file's contents; the number of bytes written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Writes the str data over the file's contents; the number of characters written."""
        encoding = io.text_encoding(encoding)
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # Directories

    def iterdir(self):
        """The paths of the directory's entries (read now, yielded lazily; no '.' or '..')."""
        root_dir = str(self)
        with os.scandir(root_dir) as entries:
            paths = [entry.path for entry in entries]
        if root_dir == '.':
            paths = [p[2:] for p in paths]
        return map(self._from_parsed_string, paths)

    def _glob_selector(self, parts, case_sensitive, recurse_symlinks):
        if case_sensitive is None:
            case_sensitive = self.parser is posixpath
            case_pedantic = False
        else:
            case_pedantic = True
        recursive = True if recurse_symlinks else _no_recurse_symlinks
        return self._globber(self.parser.sep, case_sensitive, case_pedantic, recursive).selector(parts)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The existing paths below this one that match the relative pattern ('**' spans directories)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pattern._tail.copy()
        if not parts:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern._raw_path[-1] in (self.parser.sep, self.parser.altsep):
            parts.append('')   # a trailing slash selects directories only
        select = self._glob_selector(parts[::-1], case_sensitive, recurse_symlinks)
        root = str(self)
        paths = select(root)
        if root == '.':
            paths = map(_without_leading_dot, paths)
        if parts[-1] == '':
            paths = map(_without_trailing_slash, paths)
        elif parts[-1] == '**':
            paths = self._filter_trailing_slash(paths)
        return map(self._from_parsed_string, paths)

    def _filter_trailing_slash(self, paths):
        sep = self.parser.sep
        anchor_len = len(self.anchor)
        for path_str in paths:
            if len(path_str) > anchor_len and path_str[-1] == sep:
                path_str = path_str[:-1]
            yield path_str

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() of pattern anywhere below this path ('**/' + pattern)."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        return self.glob('**' / pattern, case_sensitive=case_sensitive, recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(dirpath, dirnames, filenames) for this directory and each below it, as os.walk()."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        root_dir = str(self)
        if not follow_symlinks:
            follow_symlinks = os._walk_symlinks_as_files
        for path_str, dirnames, filenames in os.walk(root_dir, top_down, on_error, follow_symlinks):
            if root_dir == '.':
                path_str = path_str[2:]
            yield self._from_parsed_string(path_str), dirnames, filenames

    # Whole paths

    def absolute(self):
        """The path joined to the current directory if relative (not normalized, links kept)."""
        if self.is_absolute():
            return self
        if self.root:
            drive = os.path.splitroot(os.getcwd())[0]
            return self._from_parsed_parts(drive, self.root, self._tail)
        cwd = os.path.abspath(self.drive) if self.drive else os.getcwd()
        if not self._tail:
            return self._from_parsed_string(cwd)
        drive, root, rel = os.path.splitroot(cwd)
        if not rel:
            return self._from_parsed_parts(drive, root, self._tail)
        tail = rel.split(self.parser.sep)
        tail.extend(self._tail)
        return self._from_parsed_parts(drive, root, tail)

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls('').absolute()

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls('~').expanduser()

    def expanduser(self):
        """The path with a leading '~' or '~user' replaced by that home directory."""
        if not (self.drive or self.root) and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = self._parse_path(home)
            return self._from_parsed_parts(drv, root, tail + self._tail[1:])
        return self

    def resolve(self, strict=False):
        """The absolute path with links resolved and '..' applied (strict: it must exist)."""
        return self.with_segments(os.path.realpath(self, strict=strict))

    def readlink(self):
        """The path the symbolic link points to."""
        return self.with_segments(os.readlink(self))

    def owner(self, *, follow_symlinks=True):
        """The name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat(follow_symlinks=follow_symlinks).st_uid).pw_name

    def group(self, *, follow_symlinks=True):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat(follow_symlinks=follow_symlinks).st_gid).gr_name

    # Changes

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if it does not exist; otherwise updates its times (or raises
        FileExistsError if not exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (and its missing parents if parents is true)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or link (a missing one is no error if missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Renames the file to target (relative to the current directory); the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """rename(), replacing an existing target."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the file target."""
        os.link(target, self)

    # URIs

    @classmethod
    def from_uri(cls, uri):
        """The path of a 'file:' URI."""
        if not uri.startswith('file:'):
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        path = uri[5:]
        if path[:3] == '///':
            path = path[2:]
        elif path[:12] == '//localhost/':
            path = path[11:]
        if path[:3] == '///' or (path[:1] == '/' and path[2:3] in ':|'):
            path = path[1:]
        if path[1:2] == '|':
            path = path[:1] + ':' + path[2:]
        path = cls(os.fsdecode(_unquote_to_bytes(path)))
        if not path.is_absolute():
            raise ValueError(f"URI is not absolute: {uri!r}")
        return path


def _without_leading_dot(path_str):
    return path_str[2:]


def _without_trailing_slash(path_str):
    return path_str[:-1]


class PosixPath(Path, PurePosixPath):
    """A Path of a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A Path of a Windows system (it cannot be made on this one)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
