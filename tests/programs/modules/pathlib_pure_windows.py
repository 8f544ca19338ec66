# PureWindowsPath: drives, UNC shares, both slashes, case-insensitive comparison, reserved names.
import warnings
from pathlib import PurePath, PurePosixPath, PureWindowsPath


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [(), ('',), ('c:',), ('c:/',), ('C:\\',), ('c:a',), ('c:/a/b',), ('c:\\a\\b\\',), ('/a',), ('\\a\\b',),
             ('a/b',), ('a\\b',), ('//server/share',), ('//server/share/dir/f.txt',), ('\\\\server\\share\\',),
             ('//server',), ('//?/c:/x',), ('//./device/x',), ('//?/UNC/srv/share/x',), ('c:/a', 'd:b'),
             ('c:/a', '/b'), ('c:/a', 'C:b'), ('c:/a', 'c:'), ('a', 'c:b'), ('c:', 'x'), ('c:/x', '//s/h/y'),
             ('./c:a',), ('a/./b/../c',), ('a', PurePosixPath('b/c')), (PureWindowsPath('x\\y'),)]:
    p = PureWindowsPath(*args)
    print(args, repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), p.is_absolute(), p.as_posix())

p = PureWindowsPath('C:/Users/Me/Docs/Report.Final.DOCX')
for attr in ['name', 'suffix', 'suffixes', 'stem', 'parent', 'anchor']:
    print(attr, repr(getattr(p, attr)))
print(list(p.parents), p.parents[-1], p.parents[1:], len(p.parents), repr(p.parents))
print(list(PureWindowsPath('//srv/share/a/b').parents), PureWindowsPath('//srv/share').parent, PureWindowsPath('c:a').parents[:])

print(PureWindowsPath('a') == PureWindowsPath('A'), PureWindowsPath('C:/x') == PureWindowsPath('c:\\X'),
      PureWindowsPath('a/b') == PureWindowsPath('a\\b'), PureWindowsPath('a') == PurePosixPath('a'),
      hash(PureWindowsPath('AbC')) == hash(PureWindowsPath('aBc')), PureWindowsPath('a') != PureWindowsPath('b'))
print(sorted([PureWindowsPath('b'), PureWindowsPath('A'), PureWindowsPath('c:/z'), PureWindowsPath('C:/a'),
              PureWindowsPath('a/B')]))
print(PureWindowsPath('A') < PureWindowsPath('b'), PureWindowsPath('B') > PureWindowsPath('a'), PureWindowsPath('x') <= PureWindowsPath('X'))
show('lt posix', lambda: PureWindowsPath('a') < PurePosixPath('b'))
print(len({PureWindowsPath('x/Y'), PureWindowsPath('X\\y'), PureWindowsPath('x')}))

w = PureWindowsPath('c:/dir/file.txt')
show('with_name', lambda: w.with_name('new.md'))
show('with_name slash', lambda: w.with_name('a/b'))
show('with_name backslash', lambda: w.with_name('a\\b'))
show('with_name drive', lambda: w.with_name('d:'))
show('with_name drive-ish', lambda: w.with_name('d:e'))
show('with_name anchor', lambda: PureWindowsPath('c:/').with_name('x'))
show('with_stem', lambda: w.with_stem('other'))
show('with_suffix', lambda: w.with_suffix('.py'))
show('with_suffix backslash', lambda: w.with_suffix('.\\x'))
show('with_suffix bad', lambda: w.with_suffix('py'))

print(w / 'sub', w / 'd:x', w / '/root', w / 'C:rel', 'x' / PureWindowsPath('y'), w.joinpath('a', 'b'))
show('relative_to', lambda: w.relative_to('C:/DIR'))
show('relative_to anchor', lambda: w.relative_to('c:/'))
show('relative_to other drive', lambda: w.relative_to('d:/'))
show('relative_to no drive', lambda: w.relative_to('/dir'))
show('relative_to walk_up', lambda: w.relative_to('c:/other/x', walk_up=True))
show('relative_to walk_up drive', lambda: w.relative_to('d:/x', walk_up=True))
show('relative_to unc', lambda: PureWindowsPath('//s/h/a/b').relative_to('//S/H'))
print(w.is_relative_to('c:/'), w.is_relative_to('C:/Dir'), w.is_relative_to('d:/'), w.is_relative_to('dir'))

for path, pat in [('c:/a/b.py', '*.PY'), ('c:/a/b.py', 'C:/*/*.py'), ('c:/a/b.py', 'd:/*/*.py'), ('a\\b\\c.txt', 'b/*.txt'),
                  ('a/b/c.txt', '**/*.TXT'), ('c:/a/b', 'c:\\a\\b'), ('//s/h/x', '//S/H/*'), ('a/b', '/*/b')]:
    q = PureWindowsPath(path)
    print(path, pat, q.match(pat), q.full_match(pat), q.match(pat, case_sensitive=True), q.full_match(pat, case_sensitive=True))

for u in ['c:/', 'c:/a b/é', '//server/share/f%.txt', 'c:/x/y#z']:
    print(PureWindowsPath(u).as_uri())
show('as_uri relative', lambda: PureWindowsPath('c:a').as_uri())
show('as_uri rooted', lambda: PureWindowsPath('/a').as_uri())

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for name in ['nul', 'NUL.txt', 'c:/x/con', 'aux/x', 'com1', 'COM¹', 'lpt9.log', 'a/b', 'x.', 'x ', 'a:b', 'a*b', 'a/..',
                 'conin$', 'CONOUT$', 'nul .txt', '//s/h/nul', 'com0', 'lpt']:
        print(repr(name), PureWindowsPath(name).is_reserved())

print(str(PurePosixPath(PureWindowsPath('a\\b', 'c'))), PurePosixPath(PureWindowsPath('c:\\x')).parts)
print(repr(PureWindowsPath(PurePosixPath('a/b'))))
print(bytes(PureWindowsPath('c:/x')), PureWindowsPath('c:/x').__fspath__())
