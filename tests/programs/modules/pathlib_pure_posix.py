# PurePosixPath: construction, components, joining, relating, matching, comparison and errors.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, PureWindowsPath


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(type(PurePath('a')).__name__, PurePath is pathlib.PurePath)
for args in [(), ('',), ('.',), ('a',), ('a/b',), ('a', 'b'), ('/a', 'b'), ('a', '/b'), ('a//b',), ('a/./b/.',),
             ('a/../b',), ('//a',), ('///a',), ('////a/b',), ('/',), ('a/',), ('a', ''), ('', 'a'), ('~/x',),
             ('a\\b',), ('c:',), ('c:/x',), (PurePosixPath('x'), 'y'), (PureWindowsPath('a\\b'), 'c')]:
    p = PurePosixPath(*args)
    print(args, repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), p.is_absolute(), bytes(p),
          os.fspath(p))


class Fs:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(PurePosixPath(Fs('x/y'), 'z'))
show('bytes arg', lambda: PurePosixPath(b'x'))
show('int arg', lambda: PurePosixPath(3))
show('fspath bytes', lambda: PurePosixPath(Fs(b'x')))
show('fspath int', lambda: PurePosixPath(Fs(1)))
show('kwarg', lambda: PurePosixPath(x=1))

p = PurePosixPath('/usr/local/lib/python3.13/archive.tar.gz')
for attr in ['name', 'suffix', 'suffixes', 'stem', 'parent', 'anchor']:
    print(attr, repr(getattr(p, attr)))
print(list(p.parents), len(p.parents), repr(p.parents))
print(p.parents[0], p.parents[-1], p.parents[-2], p.parents[1:3], p.parents[::-2], p.parents[-3:])
show('parents[9]', lambda: p.parents[9])
show('parents[-9]', lambda: p.parents[-9])
show('parents["x"]', lambda: p.parents['x'])
print(PurePosixPath('a/b').parents[:], PurePosixPath('.').parents[:], PurePosixPath('/').parent, PurePosixPath('a').parent)
print(p.parents.index(PurePosixPath('/usr')), PurePosixPath('/usr') in p.parents, p.parents.count(PurePosixPath('/')))

for name in ['', '.', '..', 'a', 'a.', '.a', '.a.b', 'a..b', 'a.b.c', '...', 'a.tar.gz', '..a.b', 'a.b.']:
    q = PurePosixPath('d', name) if name else PurePosixPath('d')
    print(repr(name), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))

q = PurePosixPath('dir/file.txt')
show('with_name', lambda: q.with_name('other.py'))
show('with_name empty', lambda: q.with_name(''))
show('with_name slash', lambda: q.with_name('a/b'))
show('with_name dot', lambda: q.with_name('.'))
show('with_name dotdot', lambda: q.with_name('..'))
show('with_name backslash', lambda: q.with_name('a\\b'))
show('with_name root', lambda: PurePosixPath('/').with_name('x'))
show('with_name empty path', lambda: PurePosixPath('').with_name('x'))
show('with_stem', lambda: q.with_stem('new'))
show('with_stem empty', lambda: q.with_stem(''))
show('with_stem nosuffix', lambda: PurePosixPath('a/b').with_stem('c'))
show('with_stem nosuffix empty', lambda: PurePosixPath('a/b').with_stem(''))
show('with_suffix', lambda: q.with_suffix('.md'))
show('with_suffix remove', lambda: q.with_suffix(''))
show('with_suffix add', lambda: PurePosixPath('a/b').with_suffix('.c'))
show('with_suffix bad', lambda: q.with_suffix('md'))
show('with_suffix dot', lambda: q.with_suffix('.'))
show('with_suffix slash', lambda: q.with_suffix('./x'))
show('with_suffix double', lambda: q.with_suffix('.a.b'))
show('with_suffix empty name', lambda: PurePosixPath('/').with_suffix('.x'))
show('with_suffix on dotfile', lambda: PurePosixPath('.bashrc').with_suffix('.x'))

a = PurePosixPath('/etc')
print(a / 'init.d' / 'apache2', 'usr' / PurePosixPath('bin'), a / '/abs', a / PurePosixPath('x', 'y'))
print(a.joinpath('a', 'b', '/c', 'd'), a.joinpath(), PurePosixPath('x').joinpath(Fs('y')))
show('div int', lambda: a / 3)
show('rdiv int', lambda: 3 / a)
show('div bytes', lambda: a / b'x')

r = PurePosixPath('/etc/passwd')
show('relative_to', lambda: r.relative_to('/'))
show('relative_to etc', lambda: r.relative_to('/etc'))
show('relative_to self', lambda: r.relative_to('/etc/passwd'))
show('relative_to usr', lambda: r.relative_to('/usr'))
show('relative_to walk_up', lambda: r.relative_to('/usr/lib', walk_up=True))
show('relative_to rel', lambda: r.relative_to('etc'))
show('relative_to rel walk_up', lambda: r.relative_to('etc', walk_up=True))
show('relative_to dotdot', lambda: r.relative_to('/usr/..', walk_up=True))
show('relative_to rel-rel', lambda: PurePosixPath('a/b/c').relative_to('a/x', walk_up=True))
show('relative_to empty', lambda: PurePosixPath('a/b').relative_to(''))
show('relative_to deprecated', lambda: r.relative_to('/', 'etc'))
print(r.is_relative_to('/etc'), r.is_relative_to('/usr'), r.is_relative_to(PurePosixPath('/')), r.is_relative_to('etc'),
      PurePosixPath('a/b').is_relative_to(''), PurePosixPath('a').is_relative_to('a'))

for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a.py', '/*.py'),
                  ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('a/B.PY', '*.py'), ('a/b.py', '**/*.py'),
                  ('a/b/c.py', '**'), ('a/b', 'a/b'), ('a/.x', '*'), ('a/b', '*/[ab]'), ('x', '?'),
                  ('a/b/c.py', 'a/**/c.py'), ('a/b/c.py', '**/c.py'), ('a/c.py', 'a/**/c.py'), ('a/b/c.py', '*.py')]:
    print(path, pat, PurePosixPath(path).match(pat), PurePosixPath(path).full_match(pat),
          PurePosixPath(path).match(pat, case_sensitive=False), PurePosixPath(path).full_match(pat, case_sensitive=False))
show('match empty', lambda: PurePosixPath('a').match(''))
print(PurePosixPath('').full_match(''), PurePosixPath('').full_match('*'), PurePosixPath('a').full_match(PurePosixPath('*')))

print(PurePosixPath('a') == PurePosixPath('a'), PurePosixPath('a') == PurePosixPath('A'), PurePosixPath('a') == 'a',
      PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') == PureWindowsPath('a'),
      PurePosixPath('a') != PurePosixPath('b'), PurePosixPath('//a') == PurePosixPath('/a'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')), hash(PurePosixPath('a')) == hash('a'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a'), PurePosixPath('/z'), PurePosixPath('a b'),
              PurePosixPath('a-b')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') <= PurePosixPath('a/b'), PurePosixPath('b') > PurePosixPath('a/z'),
      PurePosixPath('a') >= PurePosixPath('a'))
show('lt str', lambda: PurePosixPath('a') < 'b')
show('lt windows', lambda: PurePosixPath('a') < PureWindowsPath('b'))
print({PurePosixPath('x'): 1}[PurePosixPath('x')], len({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x')}))

print(PurePosixPath('/a b/c%d').as_uri(), PurePosixPath('/é/ü').as_uri(), PurePosixPath('//host/x').as_uri())
show('as_uri relative', lambda: PurePosixPath('a').as_uri())
print(PurePosixPath('a/b').as_posix(), PurePosixPath('a\\b').as_posix())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(PurePosixPath('/nul').is_reserved(), PurePosixPath('con').is_reserved())
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
import copy
print(repr(copy.copy(PurePosixPath('a/b'))), repr(copy.deepcopy(PurePosixPath('a', 'b'))), PurePosixPath('a', 'b').__reduce__())
print(isinstance(PurePosixPath('a'), os.PathLike), issubclass(PurePosixPath, PurePath), PurePosixPath.parser.__name__,
      PurePath.parser.__name__, PureWindowsPath.parser.__name__)
print(os.path.join(PurePosixPath('a'), 'b'), str(PurePosixPath('a')) + '/c', f'{PurePosixPath("x/y")}')


class MyPath(PurePosixPath):
    def __init__(self, *args, tag='t'):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


m = MyPath('a/b', tag='hello')
print(repr(m), repr(m / 'c'), (m / 'c').tag, m.parent.tag, [p.tag for p in m.parents], m.with_name('z').tag)
