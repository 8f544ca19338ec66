# os and os.path: path arithmetic, the environment, and files and directories made, listed, walked, renamed and removed.
import os
import os.path
from os import path as p
print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.extsep, os.devnull, os.path is p, os.altsep)
for a in ['/a/b/c.txt', 'a/b/', 'c', '/', '//x', '///x', '', '.bashrc', 'a.b.c', 'a/.b', 'a/..c', '..', 'x/y.tar.gz']:
    print(repr(a), p.split(a), p.splitext(a), p.basename(a), p.dirname(a), p.isabs(a), p.normpath(a), p.splitroot(a))
print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''), p.join(b'a', b'b'))
print(p.normpath('a//b/./c/../d'), p.normpath('/../a'), p.normpath('../../a/..'), p.normpath('//a//b'), p.normpath(b'a/./b'))
print(p.relpath('/a/b/c', '/a/x'), p.relpath('/a', '/a'), p.relpath('a/b', 'a'), p.commonprefix(['/usr/lib', '/usr/local']),
      p.commonpath(['/usr/lib', '/usr/local']), p.commonpath(['a/b/c', 'a/b']), p.commonprefix([]))
for bad in [lambda: p.join('a', b'b'), lambda: p.join('a', 5), lambda: p.commonpath([]), lambda: p.commonpath(['/a', 'b']),
            lambda: p.relpath(''), lambda: os.fspath(5), lambda: os.stat('/nonexistent/x'), lambda: os.listdir('/nonexistent'),
            lambda: os.mkdir('/tmp'), lambda: os.rmdir('/nonexistent_dir_x'), lambda: os.remove('/nonexistent_file_y')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
base = f'/tmp/taipan_os_test_{os.getpid()}'
if p.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(p.join(root, f))
        for d in dirs:
            os.rmdir(p.join(root, d))
    os.rmdir(base)
os.makedirs(p.join(base, 'sub', 'deeper'))
os.makedirs(p.join(base, 'sub'), exist_ok=True)
with open(p.join(base, 'a.txt'), 'w') as f:
    f.write('12345')
with open(p.join(base, 'sub', 'b.txt'), 'w') as f:
    f.write('x')
print(sorted(os.listdir(base)), p.exists(base), p.isdir(base), p.isfile(p.join(base, 'a.txt')), p.getsize(p.join(base, 'a.txt')))
print(p.isfile(base), p.isdir(p.join(base, 'a.txt')), p.exists(p.join(base, 'nope')), p.islink(base))
st = os.stat(p.join(base, 'a.txt'))
print(st.st_size, st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__, st[6], len(st))
walked = [(r[len(base):], sorted(d), sorted(f)) for r, d, f in os.walk(base)]
print(sorted(walked))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
os.rename(p.join(base, 'a.txt'), p.join(base, 'c.txt'))
print(sorted(os.listdir(base)))
try:
    os.makedirs(p.join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
os.remove(p.join(base, 'c.txt'))
print(sorted(os.listdir(base)), p.abspath('x') == p.join(os.getcwd(), 'x'), p.expanduser('~/x').endswith('/x'), p.expanduser('x~') == 'x~')
os.environ['TAIPAN_TEST_VAR'] = 'v1'
print(os.getenv('TAIPAN_TEST_VAR'), os.environ.get('TAIPAN_TEST_VAR'), 'TAIPAN_TEST_VAR' in os.environ, p.expandvars('$TAIPAN_TEST_VAR/${TAIPAN_TEST_VAR}-$NOPE_X'))
del os.environ['TAIPAN_TEST_VAR']
print(os.getenv('TAIPAN_TEST_VAR', 'gone'), type(os.getpid()).__name__, len(os.urandom(8)), os.fsencode('é'), os.fsdecode(b'a'))


class Pathish:
    def __fspath__(self):
        return '/tmp/pathish'


print(os.fspath(Pathish()), p.join(Pathish(), 'x'), isinstance(Pathish(), os.PathLike), issubclass(str, os.PathLike))
