"""Windows path names (os.path on Windows), usable on any system: drives, UNC shares, both
slashes, case-insensitive names. pathlib.PureWindowsPath parses with it.

Off Windows, as in CPython, abspath() joins with os.getcwd() and realpath() is abspath(); the
questions to the file system (exists, isdir, …) are the generic ones posixpath also has."""

import os
from posixpath import (commonprefix, exists, lexists, isfile, isdir, islink, getsize, getmtime, getatime,
                       getctime, samefile, sameopenfile, samestat, isjunction, isdevdrive, _check_join_types)

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "isreserved", "expanduser", "expandvars", "normpath", "abspath", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "samefile", "sameopenfile", "samestat", "commonpath",
           "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = True


def _kinds(path):
    """(sep, altsep, colon, dot, dotdot) as str or bytes, like path."""
    if isinstance(path, bytes):
        return b'\\', b'/', b':', b'.', b'..'
    return '\\', '/', ':', '.', '..'


def normcase(s):
    """s in lower case with forward slashes turned into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """Whether s is absolute: a drive with a root ('C:\\x') or a UNC path ('\\\\server\\share')."""
    s = os.fspath(s)
    backslash, slash, colon, _, _ = _kinds(s)
    start = s[:3].replace(slash, backslash)
    return start.startswith(colon + backslash, 1) or start.startswith(backslash * 2)


def splitroot(p):
    """(drive, root, tail): 'C:\\a' gives ('C:', '\\', 'a'), '\\\\srv\\share\\a' gives
    ('\\\\srv\\share', '\\', 'a'), '\\a' gives ('', '\\', 'a'), 'C:a' gives ('C:', '', 'a')."""
    p = os.fspath(p)
    backslash, slash, colon, _, _ = _kinds(p)
    empty = p[:0]
    norm = p.replace(slash, backslash)
    if norm[:1] == backslash:
        if norm[1:2] != backslash:
            return empty, p[:1], p[1:]
        # A UNC drive: two names after the double slash ('\\?\UNC\' counts as the double slash).
        prefix = (b'\\\\?\\UNC\\' if isinstance(p, bytes) else '\\\\?\\UNC\\')
        start = 8 if norm[:8].upper() == prefix else 2
        first = norm.find(backslash, start)
        if first < 0:
            return p, empty, empty
        second = norm.find(backslash, first + 1)
        if second < 0:
            return p, empty, empty
        return p[:second], p[second:second + 1], p[second + 1:]
    if norm[1:2] == colon:
        if norm[2:3] == backslash:
            return p[:2], p[2:3], p[3:]
        return p[:2], empty, p[2:]
    return empty, empty, p


def splitdrive(p):
    """(drive, rest) where rest is the root and the tail."""
    drive, root, tail = splitroot(p)
    return drive, root + tail


def join(path, *paths):
    """The parts joined with backslashes; a part with a root starts over (keeping the drive,
    unless it has its own); a part with another drive starts over entirely."""
    path = os.fspath(path)
    backslash, slash, colon, _, _ = _kinds(path)
    try:
        drive, root, rest = splitroot(path)
        for p in paths:
            p_drive, p_root, p_rest = splitroot(p)
            if p_root:
                if p_drive or not drive:
                    drive = p_drive
                root = p_root
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, rest = p_drive, p_root, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1:] not in (backslash, slash):
                rest += backslash
            rest += p_rest
        # A UNC drive needs a separator before a relative rest ('C:' does not).
        if rest and not root and drive and drive[-1:] not in (colon, backslash, slash):
            return drive + backslash + rest
        return drive + root + rest
    except (TypeError, AttributeError, BytesWarning):
        _check_join_types('join', path, *paths)
        raise


def split(p):
    """(head, tail): tail is the last name; head keeps the drive and root, loses trailing slashes."""
    p = os.fspath(p)
    backslash, slash, _, _, _ = _kinds(p)
    seps = backslash + slash
    drive, root, rest = splitroot(p)
    i = len(rest)
    while i and rest[i - 1:i] not in (backslash, slash):
        i -= 1
    return drive + root + rest[:i].rstrip(seps), rest[i:]


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last name, unless the name
    is only dots before it."""
    p = os.fspath(p)
    backslash, slash, _, dot, _ = _kinds(p)
    last_sep = max(p.rfind(backslash), p.rfind(slash))
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        for i in range(last_sep + 1, last_dot):
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def basename(p):
    """The last name of p."""
    return split(p)[1]


def dirname(p):
    """All of p before its last name."""
    return split(p)[0]


def ismount(path):
    """Whether path is a drive's root or a UNC share's root."""
    path = abspath(os.fspath(path))
    backslash, slash, _, _, _ = _kinds(path)
    drive, root, rest = splitroot(path)
    if drive and drive[:1] in (backslash, slash):
        return not rest
    return bool(root and not rest)


_RESERVED_CHARS = frozenset({chr(i) for i in range(32)} | set('"*:<>?|/\\'))
_RESERVED_NAMES = frozenset({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                            | {f'{device}{n}' for device in ('COM', 'LPT') for n in '123456789\xb9\xb2\xb3'})


def isreserved(path):
    """Whether some name in path is one Windows reserves (devices like 'NUL', names ending in a
    dot or space, names with characters like ':' or '*')."""
    rest = os.fsdecode(splitroot(path)[2]).replace(altsep, sep)
    return any(_isreservedname(name) for name in reversed(rest.split(sep)))


def _isreservedname(name):
    if name[-1:] in ('.', ' '):
        return name not in ('.', '..')
    if _RESERVED_CHARS.intersection(name):
        return True
    return name.partition('.')[0].rstrip(' ').upper() in _RESERVED_NAMES


def expanduser(path):
    """path with a leading '~' (or '~user') replaced from USERPROFILE, or HOMEDRIVE and HOMEPATH."""
    path = os.fspath(path)
    backslash, slash, _, _, _ = _kinds(path)
    if not path.startswith(b'~' if isinstance(path, bytes) else '~'):
        return path
    i = 1
    while i < len(path) and path[i:i + 1] not in (backslash, slash):
        i += 1
    if 'USERPROFILE' in os.environ:
        home = os.environ['USERPROFILE']
    elif 'HOMEPATH' in os.environ:
        home = join(os.environ.get('HOMEDRIVE', ''), os.environ['HOMEPATH'])
    else:
        return path
    if i != 1:
        user = os.fsdecode(path[1:i])
        if user != os.environ.get('USERNAME'):
            if os.environ.get('USERNAME') != basename(home):
                return path
            home = join(dirname(home), user)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[i:]


def expandvars(path):
    """path with $name, ${name} and %name% replaced by the environment variables that are set;
    nothing inside single quotes is replaced, and '$$' and '%%' stand for '$' and '%'."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = os.fsdecode(path) if is_bytes else path
    if '$' not in text and '%' not in text:
        return path
    name_chars = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                out.append(text[i:])
                break
            out.append(text[i:end + 1])
            i = end + 1
        elif c == '%':
            if text[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            end = text.find('%', i + 1)
            if end < 0:
                out.append(text[i:])
                break
            name = text[i + 1:end]
            out.append(os.environ.get(name, '%' + name + '%'))
            i = end + 1
        elif c == '$':
            following = text[i + 1:i + 2]
            if following == '$':
                out.append('$')
                i += 2
            elif following == '{':
                end = text.find('}', i + 2)
                if end < 0:
                    out.append(text[i:])
                    break
                name = text[i + 2:end]
                out.append(os.environ.get(name, '${' + name + '}'))
                i = end + 1
            else:
                j = i + 1
                while j < n and text[j] in name_chars:
                    j += 1
                name = text[i + 1:j]
                out.append(os.environ[name] if name in os.environ else '$' + name)
                i = j
        else:
            out.append(c)
            i += 1
    result = ''.join(out)
    return os.fsencode(result) if is_bytes else result


def normpath(path):
    """path with backslashes only, without '.' names or doubled separators, and with each '..'
    folded into the name before it (a '..' right after a root is dropped)."""
    path = os.fspath(path)
    backslash, slash, _, dot, dotdot = _kinds(path)
    drive, root, rest = splitroot(path.replace(slash, backslash))
    names = []
    for name in rest.split(backslash):
        if not name or name == dot:
            continue
        if name == dotdot:
            if names and names[-1] != dotdot:
                names.pop()
                continue
            if not names and root:
                continue
        names.append(name)
    prefix = drive + root
    if not prefix and not names:
        return dot
    return prefix + backslash.join(names)


def abspath(path):
    """path joined to the current directory if it is relative, then normalized."""
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwdb() if isinstance(path, bytes) else os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    """abspath(path): off Windows there are no Windows links to resolve."""
    return abspath(path)


def relpath(path, start=None):
    """path relative to start (the current directory by default); both must be on one drive."""
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    backslash, _, _, dot, dotdot = _kinds(path)
    start = dot if start is None else os.fspath(start)
    try:
        start_drive, _, start_rest = splitroot(abspath(start))
        path_drive, _, path_rest = splitroot(abspath(path))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError(f'path is on mount {path_drive!r}, start on mount {start_drive!r}')
        start_names = start_rest.split(backslash) if start_rest else []
        path_names = path_rest.split(backslash) if path_rest else []
        common = 0
        for a, b in zip(start_names, path_names):
            if normcase(a) != normcase(b):
                break
            common += 1
        names = [dotdot] * (len(start_names) - common) + path_names[common:]
        return backslash.join(names) if names else dot
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        _check_join_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of paths (whole names, compared without case)."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty iterable')
    backslash, slash, _, dot, _ = _kinds(paths[0])
    try:
        splits = [splitroot(p.replace(slash, backslash).lower()) for p in paths]
        if len({d for d, r, p in splits}) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, root, rest = splitroot(paths[0].replace(slash, backslash))
        if len({r for d, r, p in splits}) != 1:
            if drive:
                raise ValueError("Can't mix absolute and relative paths")
            raise ValueError("Can't mix rooted and not-rooted paths")
        common = [c for c in rest.split(backslash) if c and c != dot]
        lowered = [[c for c in p.split(backslash) if c and c != dot] for d, r, p in splits]
        shortest = min(lowered)
        longest = max(lowered)
        length = len(shortest)
        for i, c in enumerate(shortest):
            if c != longest[i]:
                length = i
                break
        return drive + root + backslash.join(common[:length])
    except (TypeError, AttributeError):
        _check_join_types('commonpath', *paths)
        raise
