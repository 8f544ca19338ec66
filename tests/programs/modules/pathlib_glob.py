# Path.glob / rglob patterns over a small tree beside this program; results sorted (scandir order varies).
import os
from pathlib import Path, PurePosixPath

here = Path(__file__).parent
base = here / f'pathlib_glob_tmp{os.getpid()}'


def remove_tree(top):
    if not top.exists(follow_symlinks=False):
        return
    for path, dirs, files in top.walk(top_down=False):
        for name in files:
            (path / name).unlink()
        for name in dirs:
            (path / name).rmdir()
    top.rmdir()


remove_tree(base)
for d in ['src/pkg/sub', 'src/.cache', 'docs', 'Build', '.git/objects']:
    (base / d).mkdir(parents=True)
for f in ['README.md', 'setup.py', 'src/main.py', 'src/util.PY', 'src/pkg/__init__.py', 'src/pkg/core.py',
          'src/pkg/sub/leaf.txt', 'src/.cache/x.py', 'src/.env', 'docs/index.md', 'docs/guide.MD', 'Build/out.o',
          '.git/objects/ab', '.gitignore', 'weird[1].txt', 'q?.txt']:
    (base / f).write_text(f)
(base / 'linked').symlink_to('src/pkg', target_is_directory=True)
(base / 'dangling').symlink_to('nothing')


def names(paths):
    return sorted(p.relative_to(base).as_posix() for p in paths)


def show(pattern, **kwargs):
    try:
        print(repr(pattern), kwargs, names(base.glob(pattern, **kwargs)))
    except Exception as e:
        print(repr(pattern), kwargs, type(e).__name__, e)


for pattern in ['*', '*.py', '*.md', '*/', '**', '**/', '**/*.py', 'src/**', 'src/**/', 'src/**/*.py', '**/pkg/*.py',
                'src/*/*.py', '?????.md', '[RS]*', '[!RS]*', 'src/*', 'src/.*', '.*', 'src/pkg/../*.py', 'src/./main.py',
                'docs/..', 'docs/../README.md', 'nothing/*', 'dangling', 'dangling/*', 'linked/*', 'linked/**/*.py',
                '**/*.txt', 'weird[[]1].txt', 'weird[1].txt', 'q[?].txt', '**/leaf.txt', '**/**/*.md', 'src/**/sub/**',
                'README.md', 'readme.md', 'src', 'src/', 'setup.py/', '**/.*']:
    show(pattern)
show('*.md', case_sensitive=False)
show('readme.MD', case_sensitive=False)
show('README.md', case_sensitive=True)
show('SRC/*.py', case_sensitive=False)
show('**/*.py', recurse_symlinks=True)
show('**/*.PY', case_sensitive=False)
show(PurePosixPath('docs', '*.md'))
show('/abs/*')
show('')
show('.')
print(names(base.rglob('*.md')), names(base.rglob('*.MD', case_sensitive=False)), names(base.rglob('pkg/*')))
print(names(base.rglob('*.py', recurse_symlinks=True)), names(base.rglob('sub/')), names(base.rglob('*')) == names(base.glob('**/*')))
show_rglob = lambda p: print(repr(p), names(base.rglob(p)))
show_rglob('')
show_rglob('.')
os.chdir(base)
print(sorted(str(p) for p in Path().glob('*.py')), sorted(str(p) for p in Path('.').glob('**/*.md')),
      sorted(str(p) for p in Path('src').glob('**')), sorted(str(p) for p in Path('.').glob('src/**/')))
print(sorted(str(p) for p in Path('.').glob('**')))
g = base.glob('*.md')
print(type(g).__name__ in ('map', 'generator'), iter(g) is g)
os.chdir(here)

for path, pattern in [('src/pkg/core.py', '*.py'), ('src/pkg/core.py', 'pkg/*.py'), ('src/pkg/core.py', 'src/*.py'),
                      ('src/pkg/core.py', '**/*.py'), ('src/pkg/core.py', 'src/**'), ('/x/y.py', '/*/*.py'),
                      ('/x/y.py', '/*.py'), ('x/.hidden', '*'), ('x/.hidden', '.*'), ('a/b/c', 'a/*/c'), ('a/b/c', 'a/**/c'),
                      ('a/c', 'a/**/c'), ('a/b/c/d', 'a/**'), ('a', '**'), ('', '**'), ('a/b', '**/b/**'), ('a/b/', 'a/b/'),
                      ('README.MD', '*.md'), ('x[1]', 'x[[]1]'), ('x[1]', 'x[1]')]:
    p = PurePosixPath(path)
    print(repr(path), repr(pattern), p.match(pattern), p.full_match(pattern), p.full_match(pattern, case_sensitive=False))

remove_tree(base)
print(base.exists())
