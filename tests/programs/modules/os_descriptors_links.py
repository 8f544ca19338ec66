# os: descriptors (open/read/write/fstat/close), links, realpath through links, NUL checks, chmod of links.
import os

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, f'os_descriptors_links_tmp{os.getpid()}')
os.mkdir(base)
os.chdir(base)

fd = os.open('f.txt', os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world')), os.write(fd, memoryview(b'!')), os.fstat(fd).st_size)
os.close(fd)
fd = os.open('f.txt', os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 5), os.stat(fd).st_size, os.fstat(fd) == os.stat('f.txt'))
os.close(fd)
fd = os.open('f.txt', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'\nmore')
os.close(fd)
with open('f.txt', 'rb') as f:
    print(f.read())
for call in [lambda: os.open('f.txt', os.O_CREAT | os.O_EXCL | os.O_WRONLY), lambda: os.close(fd), lambda: os.read(-1, 1),
             lambda: os.fstat(-3), lambda: os.read(0, -1), lambda: os.open('missing/x', os.O_RDONLY)]:
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

os.link('f.txt', 'hard.txt')
print(os.stat('f.txt').st_nlink, os.path.samefile('f.txt', 'hard.txt'))
os.mkdir('d')
os.mkdir('d/e')
os.symlink('d/e', 'to_e')
os.symlink('to_e', 'to_to_e')
os.symlink('self', 'self')
os.symlink('/', 'to_root')
print(os.readlink('to_to_e'), os.readlink(b'to_e'))
cwd = os.getcwd()
for p in ['to_e', 'to_to_e', 'to_to_e/..', 'to_e/../..', 'd/../to_e/x', 'missing/../d', 'self', 'self/x', 'to_root/..',
          '.', '', 'f.txt/x', '/', '//', '/..']:
    print(repr(p), os.path.realpath(p).replace(cwd, '<cwd>'))
print(os.path.realpath(b'to_e').replace(os.fsencode(cwd), b'<cwd>'))
for p in ['to_e', 'missing', 'self', 'f.txt/x', 'to_e/../f.txt']:
    try:
        print(repr(p), os.path.realpath(p, strict=True).replace(cwd, '<cwd>'))
    except OSError as e:
        print(repr(p), type(e).__name__, e.errno, e.strerror)

os.chmod('f.txt', 0o600, follow_symlinks=False)
print(oct(os.stat('f.txt').st_mode & 0o777))
try:
    os.chmod('to_e', 0o700, follow_symlinks=False)
except NotImplementedError as e:
    print(type(e).__name__, e)
os.chmod('to_e', 0o750)
print(oct(os.stat('d/e').st_mode & 0o777))

for call in [lambda: os.stat('a\0b'), lambda: os.stat(b'a\0b'), lambda: os.lstat('a\0b'), lambda: os.listdir('a\0'),
             lambda: open('a\0'), lambda: os.open('a\0', 0), lambda: os.mkdir('a\0'), lambda: os.rename('a\0', 'b'),
             lambda: os.rename('a', 'b\0'), lambda: os.readlink('\0'), lambda: os.unlink('\0'), lambda: os.rmdir('\0'),
             lambda: os.symlink('\0', 'x'), lambda: os.chmod('\0', 0o777), lambda: os.utime('\0'),
             lambda: os.access('\0', 0), lambda: os.path.realpath('\0'), lambda: os.chdir('\0'),
             lambda: os.link('\0', 'x'), lambda: os.scandir('\0')]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(os.path.exists('a\0b'), os.path.isdir('\0'), os.path.lexists('\0'))

os.unlink('to_root')
for root, dirs, files in sorted(os.walk('.')):
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in sorted(os.walk('.', followlinks=True)):
    print('follow', root, sorted(dirs), sorted(files))
print(isinstance(os.getuid(), int), isinstance(os.getgid(), int), os.geteuid() == os.getuid(), os.getegid() == os.getgid())

os.chdir(here)
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.unlink(os.path.join(root, name))
    for name in dirs:
        p = os.path.join(root, name)
        os.unlink(p) if os.path.islink(p) else os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base))
