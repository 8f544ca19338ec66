"""The operating system's services that need no process control: the environment, files and
directories, and path names (os.path is posixpath)."""

import abc
import sys
import _taipan_fs
import posixpath as path

sys.modules['os.path'] = path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path", "devnull",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen", "extsep",
           "environ", "getenv", "putenv", "unsetenv", "makedirs", "removedirs", "renames", "walk", "scandir",
           "PathLike", "fspath", "stat", "lstat", "listdir", "mkdir", "rmdir", "remove", "unlink", "rename",
           "replace", "getcwd", "getcwdb", "chdir", "getpid", "cpu_count", "urandom", "stat_result", "DirEntry",
           "access", "F_OK", "R_OK", "W_OK", "X_OK", "error", "strerror", "readlink", "symlink", "utime", "chmod",
           "sep", "umask", "open", "close", "read", "write", "fstat", "link",
           "getuid", "geteuid", "getgid", "getegid"]

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
linesep = '\n'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
error = OSError


class PathLike(abc.ABC):
    """An object with __fspath__, which gives its file system path."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any('__fspath__' in base.__dict__ for base in subclass.__mro__) or NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def fspath(path):
    """The file system path of path: a str or bytes as it is, else what its __fspath__ gives."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError(f'expected str, bytes or os.PathLike object, not {path_type.__name__}') from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f'expected {path_type.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(path_repr).__name__}')


def _path_arg(path, function, name='path'):
    """fspath(path) for the host function named function; a NUL in it is refused as CPython's
    path converter refuses it."""
    path = fspath(path)
    if (b'\0' if isinstance(path, bytes) else '\0') in path:
        raise ValueError(f'{function}: embedded null character in {name}')
    return path


def fsencode(filename):
    """filename as bytes (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    """filename as str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class _Environ(dict):
    """os.environ: the process environment; changes reach the host's environment too."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _taipan_fs.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        _taipan_fs.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        return super().pop(key, *default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'


environ = _Environ(_taipan_fs.environ())


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    _taipan_fs.putenv(key, value)


def unsetenv(key):
    _taipan_fs.unsetenv(key)


def get_exec_path(env=None):
    return (environ if env is None else env).get('PATH', defpath).split(pathsep)


class stat_result(tuple):
    """The result of stat(): st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size and the times."""

    _FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime',
               'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        self = super().__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = values[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._FIELDS, self))
        return f'os.stat_result({fields})'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Information about the file at path, or the open descriptor path (a stat_result)."""
    if isinstance(path, int):
        return fstat(path)
    return stat_result(_taipan_fs.stat(_path_arg(path, 'stat' if follow_symlinks else 'lstat'), follow_symlinks))


def fstat(fd):
    """Information about the file open as descriptor fd (a stat_result)."""
    return stat_result(_taipan_fs.fstat(_fd_arg(fd)))


def lstat(path, *, dir_fd=None):
    """stat() without following a final symbolic link."""
    return stat(path, follow_symlinks=False)


def listdir(path='.'):
    """The names of the entries in the directory path (no '.' or '..')."""
    if path is None:
        path = '.'
    names = _taipan_fs.listdir(_path_arg(path, 'listdir'))
    return [fsencode(n) for n in names] if isinstance(path, bytes) else names


def getcwd():
    """The current working directory."""
    return _taipan_fs.getcwd()


def getcwdb():
    return fsencode(_taipan_fs.getcwd())


def chdir(path):
    _taipan_fs.chdir(_path_arg(path, 'chdir'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _taipan_fs.mkdir(_path_arg(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir, making the missing parents first; with exist_ok an existing directory is no error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _taipan_fs.rmdir(_path_arg(path, 'rmdir'))


def removedirs(name):
    """rmdir name, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _taipan_fs.unlink(_path_arg(path, 'unlink'))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _taipan_fs.rename(_path_arg(src, 'rename', 'src'), _path_arg(dst, 'rename', 'dst'))


replace = rename


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


globals().update(_taipan_fs.open_flags())


def open(path, flags, mode=0o777, *, dir_fd=None):
    """A new host file descriptor for path, opened with the O_* bits in flags."""
    return _taipan_fs.open(_path_arg(path, 'open'), flags, mode)


def _fd_arg(fd):
    """fd as the host accepts it: a negative one is a bad descriptor, as the system says."""
    if fd < 0:
        raise OSError(9, 'Bad file descriptor')
    return fd


def close(fd):
    # Asking first keeps Node's worker thread from warning about closing a descriptor it never had.
    _taipan_fs.fstat(_fd_arg(fd))
    _taipan_fs.close(fd)


def read(fd, n):
    """At most n bytes from fd, at its current position."""
    if n < 0:
        raise OSError(22, 'Invalid argument')
    return _taipan_fs.read(_fd_arg(fd), n, None)


def write(fd, data):
    """Writes data at fd's current position; the number of bytes written."""
    return _taipan_fs.write(_fd_arg(fd), bytes(data) if not isinstance(data, (bytes, bytearray)) else data, None)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """A hard link dst to the file src."""
    _taipan_fs.link(_path_arg(src, 'link', 'src'), _path_arg(dst, 'link', 'dst'))


def readlink(path, *, dir_fd=None):
    """The target of the symbolic link path (bytes if path is bytes)."""
    path = _path_arg(path, 'readlink')
    target = _taipan_fs.readlink(path)
    return fsencode(target) if isinstance(path, bytes) else target


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _taipan_fs.symlink(_path_arg(src, 'symlink', 'src'), _path_arg(dst, 'symlink', 'dst'))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    import time
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    if times is None:
        now = time.time()
        times = (now, now)
    _taipan_fs.utime(_path_arg(path, 'utime'), times[0], times[1])


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    name = _path_arg(path, 'chmod')
    if not follow_symlinks and globals()['path'].islink(name):
        # Linux cannot change a link's own mode (CPython has no lchmod there).
        raise NotImplementedError('chmod: follow_symlinks unavailable on this platform')
    _taipan_fs.chmod(name, mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _taipan_fs.access(_path_arg(path, 'access'), mode)


def umask(mask):
    return _taipan_fs.umask(mask)


def getpid():
    return _taipan_fs.getpid()


def getuid():
    return _taipan_fs.getuid()


def geteuid():
    return _taipan_fs.geteuid()


def getgid():
    return _taipan_fs.getgid()


def getegid():
    return _taipan_fs.getegid()


def cpu_count():
    return _taipan_fs.cpu_count()


def process_cpu_count():
    return cpu_count()


def urandom(size):
    """size random bytes from the host's cryptographic source."""
    if size < 0:
        raise ValueError('negative argument not allowed')
    return _taipan_fs.urandom(size)


def strerror(code):
    return _STRERROR.get(code, f'Unknown error {code}')


_STRERROR = {1: 'Operation not permitted', 2: 'No such file or directory', 9: 'Bad file descriptor',
             13: 'Permission denied', 17: 'File exists', 20: 'Not a directory', 21: 'Is a directory',
             22: 'Invalid argument', 28: 'No space left on device', 39: 'Directory not empty'}


class DirEntry:
    """An entry of scandir(): its name and path, and questions about it answered from stat."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """An iterator over the DirEntry objects of the directory path."""
    return _ScandirIterator(_path_arg(path, 'scandir') if path is not None else '.')


# pathlib.Path.walk() passes this as followlinks: links to directories are then listed as files.
_walk_symlinks_as_files = object()


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for the directory top and each directory below it."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for entry in entries:
        try:
            if followlinks is _walk_symlinks_as_files:
                is_dir = entry.is_dir(follow_symlinks=False)
            else:
                is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, files


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
