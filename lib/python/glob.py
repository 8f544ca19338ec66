"""Path names matching shell patterns: glob(), iglob(), escape(), translate(), and the selectors
pathlib's Path.glob() walks with.

As in CPython, results come in the order os.scandir() gives names (Taipan's is sorted, CPython's
is the directory's own), names starting with a dot are matched only by patterns that start with
one (unless include_hidden), and '**' spans directories only when recursive.
"""

import fnmatch
import os
import re
import sys

__all__ = ["glob", "iglob", "escape", "translate"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (relative to root_dir if given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname (relative to root_dir if given)."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by Taipan')
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # '**' first (or an empty pattern) would yield the empty path itself: leave it out.
        first = next(found, None)
        if first:
            found = _prepend(first, found)
    return found


def _prepend(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    """The paths matching pathname, each as pathname spells its directories."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    # split() gives a drive or UNC root back whole as its dirname: don't recurse on it forever.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        glob_in_dir = _glob0
    elif recursive and _isrecursive(basename):
        glob_in_dir = _glob2
    else:
        glob_in_dir = _glob1
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    """The names in dirname that match pattern."""
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    """[basename] if it exists in dirname (an empty basename asks whether dirname is a directory)."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    """'' for dirname itself, then every path below it ('**')."""
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


_DEPRECATED_MESSAGE = ("{name} is deprecated and will be removed in Python {remove}. Use "
                       "glob.glob and pass a directory to its root_dir argument instead.")


def glob0(dirname, pattern):
    import warnings
    warnings.warn(_DEPRECATED_MESSAGE.format(name="glob.glob0", remove="3.15"), DeprecationWarning, stacklevel=2)
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    import warnings
    warnings.warn(_DEPRECATED_MESSAGE.format(name="glob.glob1", remove="3.15"), DeprecationWarning, stacklevel=2)
    return _glob1(dirname, pattern, False)


def _listdir(dirname, dironly):
    """The names in dirname (directories only if dironly); none if it can't be read."""
    if not dirname:
        dirname = bytes(os.curdir, 'ASCII') if isinstance(dirname, bytes) else os.curdir
    names = []
    try:
        with os.scandir(dirname) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _rlistdir(dirname, dironly, include_hidden=False):
    """Every path below dirname, relative to it, each directory before what it holds."""
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            below = _join(dirname, name) if dirname else name
            for rest in _rlistdir(below, dironly, include_hidden):
                yield _join(name, rest)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s holds a wildcard ('*', '?' or '[')."""
    check = magic_check_bytes if isinstance(s, bytes) else magic_check
    return check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with each wildcard put in brackets, so that it matches only itself (a drive is left as it is)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname


_special_parts = ('', '.', '..')
_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
# Passed as a globber's recursive: '**' does not descend into links to directories.
_no_recurse_symlinks = object()


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """The regular expression (as text) matching the paths pat matches.

    Wildcards stay within one segment; with recursive a '**' segment spans any number of
    segments; with include_hidden a wildcard may match a leading dot. seps are the separator
    characters (os.sep and os.altsep by default)."""
    if not seps:
        seps = (os.path.sep, os.path.altsep) if os.path.altsep else os.path.sep
    escaped_seps = ''.join(map(re.escape, seps))
    any_sep = f'[{escaped_seps}]' if len(seps) > 1 else escaped_seps
    not_sep = f'[^{escaped_seps}]'
    if include_hidden:
        one_last_segment = f'{not_sep}+'
        one_segment = f'{one_last_segment}{any_sep}'
        any_segments = f'(?:.+{any_sep})?'
        any_last_segments = '.*'
    else:
        one_last_segment = f'[^{escaped_seps}.]{not_sep}*'
        one_segment = f'{one_last_segment}{any_sep}'
        any_segments = f'(?:{one_segment})*'
        any_last_segments = f'{any_segments}(?:{one_last_segment})?'

    pieces = []
    segments = re.split(any_sep, pat)
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        if segment == '*':
            pieces.append(one_segment if index < last else one_last_segment)
            continue
        if recursive and segment == '**':
            if index == last:
                pieces.append(any_last_segments)
            elif segments[index + 1] != '**':
                pieces.append(any_segments)
            continue
        if segment:
            if not include_hidden and segment[0] in '*?':
                pieces.append(r'(?!\.)')
            pieces.extend(fnmatch._translate(segment, f'{not_sep}*', not_sep))
        if index < last:
            pieces.append(any_sep)
    return '(?s:' + ''.join(pieces) + ')\\Z'


# Compiled patterns by their arguments; emptied when it reaches CPython's lru_cache size.
_pattern_cache = {}


def _compile_pattern(pat, sep, case_sensitive, recursive=True):
    """The match method of the compiled pattern pat (wildcards may match a leading dot)."""
    key = (pat, sep, case_sensitive, recursive)
    try:
        return _pattern_cache[key]
    except KeyError:
        pass
    regex = translate(pat, recursive=recursive, include_hidden=True, seps=sep)
    match = re.compile(regex, flags=re.NOFLAG if case_sensitive else re.IGNORECASE).match
    if len(_pattern_cache) >= 512:
        _pattern_cache.clear()
    _pattern_cache[key] = match
    return match


class _ListingContext:
    """A context manager around an iterator that has nothing to close (contextlib.nullcontext)."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __enter__(self):
        return self.iterator

    def __exit__(self, *exc_info):
        return None


class _Globber:
    """Turns the segments of a glob pattern into a chain of selectors, functions that take a
    path and yield the paths below it that match the rest of the pattern.

    This class works on path objects (iterdir, lstat, joinpath); _StringGlobber, which
    pathlib.Path uses, works on strings with os.scandir and os.lstat."""

    def __init__(self, sep, case_sensitive, case_pedantic=False, recursive=False):
        self.sep = sep
        self.case_sensitive = case_sensitive
        # With an explicit case_sensitive, even literal segments are matched by listing
        # directories, so that the case asked for is the one checked.
        self.case_pedantic = case_pedantic
        # True, False, or _no_recurse_symlinks ('**' recurses but not through links).
        self.recursive = recursive

    @staticmethod
    def lstat(path):
        return path.lstat()

    @staticmethod
    def add_slash(path):
        return path.joinpath('')

    @staticmethod
    def scandir(path):
        return _ListingContext(path.iterdir())

    @staticmethod
    def concat_path(path, text):
        return path.with_segments(path._raw_path + text)

    @staticmethod
    def parse_entry(entry):
        return entry

    def compile(self, pat):
        return _compile_pattern(pat, self.sep, self.case_sensitive, self.recursive)

    def selector(self, parts):
        """The selector for parts (the pattern's segments, last first; consumed)."""
        if not parts:
            return self.select_exists
        part = parts.pop()
        if self.recursive and part == '**':
            make = self.recursive_selector
        elif part in _special_parts:
            make = self.special_selector
        elif not self.case_pedantic and magic_check.search(part) is None:
            make = self.literal_selector
        else:
            make = self.wildcard_selector
        return make(part, parts)

    def special_selector(self, part, parts):
        """'', '.' or '..': appended as they are."""
        select_next = self.selector(parts)

        def select_special(path, exists=False):
            return select_next(self.concat_path(self.add_slash(path), part), exists)
        return select_special

    def literal_selector(self, part, parts):
        """A segment without wildcards, with any that follow it: appended without listing."""
        while parts and magic_check.search(parts[-1]) is None:
            part += self.sep + parts.pop()
        select_next = self.selector(parts)

        def select_literal(path, exists=False):
            return select_next(self.concat_path(self.add_slash(path), part), False)
        return select_literal

    def wildcard_selector(self, part, parts):
        """A segment with wildcards: the children of the path whose names match."""
        match = None if part == '*' else self.compile(part)
        dir_only = bool(parts)
        select_next = self.selector(parts) if dir_only else None

        def select_wildcard(path, exists=False):
            try:
                with self.scandir(path) as entries:
                    entries = list(entries)
            except OSError:
                return
            for entry in entries:
                if match is not None and not match(entry.name):
                    continue
                if dir_only:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                    yield from select_next(self.parse_entry(entry), exists=True)
                else:
                    yield self.parse_entry(entry)
        return select_wildcard

    def recursive_selector(self, part, parts):
        """'**': the path and everything below it, filtered by the segments that follow."""
        while parts and parts[-1] == '**':
            parts.pop()
        follow_symlinks = self.recursive is not _no_recurse_symlinks
        if follow_symlinks:
            # Ordinary segments after '**' become part of one expression matched against the
            # whole tail of each path found, instead of listing more directories.
            while parts and parts[-1] not in _special_parts:
                part += self.sep + parts.pop()
        match = None if part == '**' else self.compile(part)
        dir_only = bool(parts)
        select_next = self.selector(parts)

        def select_recursive(path, exists=False):
            path = self.add_slash(path)
            match_pos = len(str(path))
            if match is None or match(str(path), match_pos):
                yield from select_next(path, exists)
            stack = [path]
            while stack:
                yield from select_recursive_step(stack, match_pos)

        def select_recursive_step(stack, match_pos):
            path = stack.pop()
            try:
                with self.scandir(path) as entries:
                    entries = list(entries)
            except OSError:
                return
            for entry in entries:
                try:
                    is_dir = bool(entry.is_dir(follow_symlinks=follow_symlinks))
                except OSError:
                    is_dir = False
                if is_dir or not dir_only:
                    entry_path = self.parse_entry(entry)
                    if match is None or match(str(entry_path), match_pos):
                        if dir_only:
                            yield from select_next(entry_path, exists=True)
                        else:
                            yield entry_path
                    if is_dir:
                        stack.append(entry_path)
        return select_recursive

    def select_exists(self, path, exists=False):
        """The path itself, if it exists (known when it came from a directory listing)."""
        if exists:
            yield path
            return
        try:
            self.lstat(path)
        except OSError:
            return
        yield path


class _StringGlobber(_Globber):
    """A globber over path strings."""

    lstat = staticmethod(os.lstat)
    scandir = staticmethod(os.scandir)

    @staticmethod
    def parse_entry(entry):
        return entry.path

    @staticmethod
    def concat_path(path, text):
        return path + text

    @staticmethod
    def add_slash(pathname):
        if not pathname or pathname[-1] == '/':
            return pathname
        return pathname + '/'
