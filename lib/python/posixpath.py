"""Path names on POSIX systems (os.path): splitting, joining, normalizing, and questions to the file system."""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath", "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(path):
    """The separator, current-directory and parent names of path's kind (str or bytes)."""
    if isinstance(path, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_join_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """s as it is: POSIX names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """Whether s is an absolute path (starts with a slash)."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """The path components joined with slashes; an absolute component discards what came before."""
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_join_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is after the last slash, head is the rest without trailing slashes."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, unless the dot starts the file name."""
    p = os.fspath(p)
    slash, dot, _ = _seps(p)
    dot = dot[:1]
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path): POSIX has no drives, so drive is empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): root is '', '/' or '//' (two leading slashes are kept, as POSIX allows)."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    empty = p[:0]
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """What follows the last slash."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """What comes before the last slash, without trailing slashes."""
    return split(p)[0]


def _stat_or_none(path, follow_symlinks=True):
    try:
        return os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file or directory (following symbolic links)."""
    return _stat_or_none(path) is not None


def lexists(path):
    """Whether path exists, a broken symbolic link included."""
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and (st.st_mode & 0o170000) == 0o100000


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and (st.st_mode & 0o170000) == 0o040000


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and (st.st_mode & 0o170000) == 0o120000


def isjunction(path):
    os.fspath(path)
    return False


def isdevdrive(path):
    os.fspath(path)
    return False


def ismount(path):
    path = os.fspath(path)
    return abspath(path) in ('/', b'/')


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    """The longest common leading part of the items (compared element by element, not by component)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """path with a leading '~' replaced by the home directory ($HOME, else the password
    database's entry for this user) and '~user' by that user's; unchanged if unknown."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    try:
        if i == 1 and 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            import pwd
            if i == 1:
                home = pwd.getpwuid(os.getuid()).pw_dir
            else:
                name = path[1:i]
                home = pwd.getpwnam(name.decode('ASCII') if isinstance(name, bytes) else name).pw_dir
    except (ImportError, KeyError):
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    """path with $name and ${name} replaced by environment variables that are set."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if text[i + 1:i + 2] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(text[i:])
                break
            name = text[i + 2:end]
            following = end + 1
        else:
            j = i + 1
            while j < n and (text[j].isascii() and (text[j].isalnum() or text[j] == '_')):
                j += 1
            name = text[i + 1:j]
            following = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(text[i:following] if name else '$')
        i = following if name else i + 1
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


def normpath(path):
    """path without redundant slashes, '.' components, and '..' that can be folded away."""
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for part in path.split(slash):
        if part in (path[:0], dot):
            continue
        if part != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    result = slash * initial + slash.join(parts)
    return result or dot


def abspath(path):
    """path made absolute against the current directory, and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """filename made absolute with every symbolic link in it resolved, name by name from the
    left, so a '..' after a link climbs from the link's target. Past a name that does not exist
    the rest is kept as it is (strict raises the OSError instead); a link loop is left
    unresolved (strict raises ELOOP)."""
    filename = os.fspath(filename)
    is_bytes = isinstance(filename, bytes)
    text = os.fsdecode(filename)
    # The names still to walk, last first; (link,) marks where the target of link ends.
    pending = text.split('/')[::-1]
    path = '/' if text.startswith('/') else os.getcwd()
    resolved_links = {}
    while pending:
        name = pending.pop()
        if isinstance(name, tuple):
            resolved_links[name[0]] = path
            continue
        if not name or name == '.':
            continue
        if name == '..':
            path = path[:path.rindex('/')] or '/'
            continue
        candidate = path + name if path == '/' else path + '/' + name
        try:
            if (os.lstat(candidate).st_mode & 0o170000) != 0o120000:
                path = candidate
                continue
            if candidate in resolved_links:
                known = resolved_links[candidate]
                if known is None:
                    # A loop: the link is being resolved already.
                    if strict:
                        os.stat(candidate)
                    known = candidate
                path = known
                continue
            target = os.fsdecode(os.readlink(candidate))
        except OSError:
            if strict:
                raise
            path = candidate
            continue
        resolved_links[candidate] = None
        if target.startswith('/'):
            path = '/'
        pending.append((candidate,))
        pending.extend(target.split('/')[::-1])
    return os.fsencode(path) if is_bytes else path


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    start = dot if start is None else os.fspath(start)
    _check_join_types('relpath', path, start)
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [dotdot] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return dot
    return join(*parts)


def commonpath(paths):
    """The longest common sub-path of the paths (whole components only)."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check_join_types('commonpath', *paths)
    slash, dot, _ = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    absolute = {p[:1] == slash for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if absolute.pop() else slash[:0]
    return prefix + slash.join(common)
