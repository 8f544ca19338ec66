# Path on the file system, in a scratch directory beside this program (only relative paths printed).
import os
import pathlib
from pathlib import Path, PosixPath, WindowsPath

here = Path(__file__).parent.resolve()
base = here / f'pathlib_filesystem_tmp{os.getpid()}'


def remove_tree(top):
    if not top.exists(follow_symlinks=False):
        return
    for path, dirs, files in top.walk(top_down=False):
        for name in files:
            (path / name).unlink()
        for name in dirs:
            (path / name).rmdir()
    top.rmdir()


def rel(p):
    return p.relative_to(base).as_posix() if p.is_absolute() else p.as_posix()


def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(str(base), '<base>'))
    else:
        if isinstance(result, Path):
            result = 'Path ' + rel(result)
        print(label, repr(result))


remove_tree(base)
base.mkdir()
os.chdir(base)
print(type(Path('x')).__name__, repr(Path('a/b')), repr(PosixPath('c')), isinstance(Path('x'), pathlib.PurePosixPath))
show('WindowsPath', lambda: WindowsPath('x'))
print(issubclass(pathlib.UnsupportedOperation, NotImplementedError), pathlib.UnsupportedOperation.__module__)
print(Path.cwd() == base, Path('').absolute() == base, rel(Path('x/../y').absolute()), Path('/abs').absolute())

# mkdir and its errors
d = Path('data')
d.mkdir()
show('mkdir exists', lambda: d.mkdir())
show('mkdir exist_ok', lambda: d.mkdir(exist_ok=True))
show('mkdir missing parent', lambda: Path('x/y/z').mkdir())
show('mkdir parents', lambda: Path('x/y/z').mkdir(parents=True))
show('mkdir parents again', lambda: Path('x/y/z').mkdir(parents=True))
show('mkdir parents exist_ok', lambda: Path('x/y/z').mkdir(parents=True, exist_ok=True))

# files
f = d / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.is_symlink())
print(f.write_bytes(b'\x00\x01binary'), f.read_bytes(), f.write_bytes(bytearray(b'ba')), f.read_bytes())
print(f.write_text('line one\r\nline two\n', newline=''), repr(f.read_text()), repr(f.read_text(newline='')))
print(f.write_text('caf\u00e9', encoding='latin-1'), f.read_bytes(), f.read_text(encoding='latin-1'))
show('write_text bytes', lambda: f.write_text(b'x'))
show('write_bytes str', lambda: f.write_bytes('x'))
show('read_text missing', lambda: (d / 'missing.txt').read_text())
show('read_bytes dir', lambda: d.read_bytes())
with f.open('w') as fh:
    fh.write('via open\n')
with f.open() as fh:
    print(repr(fh.read()))
with f.open('ab') as fh:
    fh.write(b'more\n')
print(repr(f.read_text()), f.stat().st_size, f.lstat().st_size, f.stat().st_mode & 0o170000 == 0o100000)

# touch
t = d / 'touched'
t.touch()
print(t.exists(), t.stat().st_size)
show('touch again', lambda: t.touch())
show('touch exist_ok False', lambda: t.touch(exist_ok=False))
show('touch missing dir', lambda: Path('nodir/f').touch())
(d / 'new').touch(exist_ok=False)

# directory listing, walking and globbing
for name in ['a.py', 'b.py', 'c.txt', '.hidden']:
    (d / name).write_text(name)
(d / 'sub').mkdir()
(d / 'sub' / 'deep.py').write_text('deep')
print(sorted(rel(p) for p in d.iterdir()))
print(sorted(str(p) for p in Path('.').iterdir()), sorted(str(p) for p in Path().iterdir()))
show('iterdir missing', lambda: Path('missing').iterdir())
show('iterdir file', lambda: f.iterdir())
print(sorted(str(p) for p in d.glob('*.py')), sorted(str(p) for p in d.rglob('*.py')))
print(sorted(str(p) for p in Path('.').glob('**/*.py')), sorted(str(p) for p in Path('.').glob('*/')))
for top, dirs, files in sorted((str(a), sorted(b), sorted(c)) for a, b, c in Path('.').walk()):
    print('walk', top, dirs, files)
for top, dirs, files in Path('x').walk(top_down=False):
    print('walk bottom-up', top, dirs, files)
errors = []
print(list(Path('missing').walk(on_error=errors.append)), [type(e).__name__ for e in errors])

# rename, replace, unlink, rmdir
g = f.rename(d / 'renamed.txt')
print(repr(g), f.exists(), g.exists())
show('rename missing', lambda: Path('missing').rename('other'))
h = d / 'c.txt'
print(repr(g.replace(h)), h.read_text(), g.exists())
show('unlink missing', lambda: Path('missing').unlink())
show('unlink missing_ok', lambda: Path('missing').unlink(missing_ok=True))
show('unlink dir', lambda: d.unlink())
show('rmdir nonempty', lambda: d.rmdir())
show('rmdir missing', lambda: Path('missing').rmdir())
show('rmdir file', lambda: h.rmdir())
(d / 'new').unlink()
print((d / 'new').exists())

# symbolic links and resolve
link = Path('link_to_data')
link.symlink_to('data', target_is_directory=True)
flink = Path('flink')
flink.symlink_to(Path('data/a.py'))
broken = Path('broken')
broken.symlink_to('nowhere')
print(link.is_symlink(), link.is_dir(), link.is_dir(follow_symlinks=False), flink.is_file(), flink.is_file(follow_symlinks=False))
print(broken.exists(), broken.exists(follow_symlinks=False), broken.is_symlink(), broken.is_file())
print(repr(link.readlink()), repr(flink.readlink()), repr(broken.readlink()))
show('readlink not link', lambda: h.readlink())
print(rel(link.resolve()), rel(flink.resolve()), rel(broken.resolve()), rel(Path('data/sub/../a.py').resolve()))
print(rel(Path('link_to_data/../x').resolve()), rel(Path('missing/../y').resolve()), rel(Path('.').resolve()))
show('resolve strict missing', lambda: Path('missing/a').resolve(strict=True))
show('resolve strict broken', lambda: broken.resolve(strict=True))
print(rel(Path('link_to_data/sub').resolve(strict=True)))
loop = Path('loop')
loop.symlink_to('loop')
show('resolve loop', lambda: rel(loop.resolve()))
show('resolve loop strict', lambda: loop.resolve(strict=True))
print(sorted(str(p) for p in Path('.').glob('*')), sorted(str(p) for p in Path('.').glob('link_to_data/*.py')))
print(sorted(str(p) for p in Path('.').rglob('*.py')), sorted(str(p) for p in Path('.').rglob('*.py', recurse_symlinks=True)))
print(sorted((str(a), sorted(b), sorted(c)) for a, b, c in Path('.').walk()))
print(sorted((str(a), sorted(b), sorted(c)) for a, b, c in Path('.').walk(follow_symlinks=True) if 'link' in str(a)))
print(link.samefile('data'), flink.samefile(d / 'a.py'), h.samefile(Path('data/a.py')))
show('samefile missing', lambda: h.samefile('missing'))
hard = Path('hard')
hard.hardlink_to(h)
print(hard.samefile(h), h.stat().st_nlink, hard.is_symlink())
show('hardlink exists', lambda: hard.hardlink_to(h))
show('symlink exists', lambda: link.symlink_to('x'))
for p in [loop, broken, flink, link, hard]:
    p.unlink()

# chmod and stat
h.chmod(0o600)
print(oct(h.stat().st_mode & 0o777))
h.chmod(0o644)
print(oct(h.stat().st_mode & 0o777), oct(h.lstat().st_mode & 0o777))
show('chmod missing', lambda: Path('missing').chmod(0o644))
show('stat missing', lambda: Path('missing').stat())
show('lstat missing', lambda: Path('missing').lstat())

# questions that never raise for missing paths or bad names
for q in [Path('missing'), Path('data/c.txt/x'), Path('bad\0name')]:
    print(q.exists(), q.is_file(), q.is_dir(), q.is_symlink(), q.is_fifo(), q.is_socket(), q.is_block_device(),
          q.is_char_device(), q.is_junction(), q.is_mount())
print(Path('/').is_mount(), Path('/dev/null').is_char_device(), Path('/').is_dir())

# home and expanduser (from $HOME)
os.environ['HOME'] = str(base / 'home')
print(rel(Path.home()), rel(Path('~').expanduser()), rel(Path('~/x/y').expanduser()), repr(Path('x/~').expanduser()),
      repr(Path('/~').expanduser()))
os.environ['HOME'] = '/'
print(repr(Path('~/a').expanduser()), repr(Path.home()))

# URIs
print(Path('/tmp/a b').as_uri(), repr(Path.from_uri('file:///tmp/a%20b')), repr(Path.from_uri('file://localhost/etc')),
      repr(Path.from_uri('file:////srv/x')))
show('from_uri bad', lambda: Path.from_uri('http://x'))
show('from_uri relative', lambda: Path.from_uri('file:x'))
show('owner', lambda: isinstance(h.owner(), str) and h.owner() == h.owner(follow_symlinks=False))
show('group', lambda: isinstance(h.group(), str))
show('owner missing', lambda: Path('missing').owner())

os.chdir(here)
remove_tree(base)
print(base.exists())
