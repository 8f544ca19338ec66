# glob: glob, iglob (root_dir, recursive, include_hidden), escape, has_magic, translate; results sorted.
import glob
import os
import warnings

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, f'glob_patterns_tmp{os.getpid()}')


def remove_tree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.unlink(os.path.join(root, name))
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                os.unlink(path)
            else:
                os.rmdir(path)
    os.rmdir(top)


remove_tree(base)
os.mkdir(base)
os.chdir(base)
for d in ['a', 'a/b', 'a/b/c', '.hid', 'a/.h2', 'x[1]', 'E']:
    os.mkdir(d)
for f in ['f.txt', 'g.py', 'a/h.py', 'a/b/i.py', 'a/b/c/j.txt', '.hid/k.py', 'a/.h2/l.py', '.dot.py', 'x[1]/m', 'a/b/c/.z',
          'E/Upper.TXT', 'q?.txt', 'star*']:
    open(f, 'w').close()
os.symlink(os.path.join('a', 'b'), 'lnk')
os.symlink('nowhere', 'broken')


def show(*args, **kwargs):
    try:
        print(args, kwargs, sorted(glob.glob(*args, **kwargs)))
    except Exception as e:
        print(args, kwargs, type(e).__name__, e)


for pattern in ['*', '*.py', '**', '**/', '**/*.py', 'a/**', 'a/**/', '*/', '*/*', 'a/*/*.py', 'a/b/', 'nope/', 'nope',
                'f.txt', 'f.txt/', '', 'x[1]/*', 'x[[]1]/*', '?.*', '[fg].*', '[!f]*', '.*', '*/.*', 'lnk/*', 'lnk/**',
                'broken', 'broken/', '**/i.py', '*/**/*.txt', './*.txt', 'a/../*.py', 'a//h.py', 'q[?].txt', 'star[*]',
                'E/*.txt', 'E/*.TXT', '**/**/*.py', 'a/**/**/c']:
    show(pattern)
    if '**' in pattern:
        show(pattern, recursive=True)
        show(pattern, recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('*', root_dir='a')
show('**', root_dir='a', recursive=True)
show('*.txt', root_dir=os.path.join('a', 'b', 'c'), include_hidden=True)
show('*', root_dir='nope')
show(b'*.py')
show(b'a/**/*.py', recursive=True)
show('*.py', dir_fd=None)
print(sorted(glob.iglob('a/**/*.py', recursive=True)), sorted(glob.iglob('**', recursive=True, root_dir='a/b')))
it = glob.iglob('*.py')
print(hasattr(it, '__next__'), next(it, None) in ('g.py', None))
print(sorted(glob.glob(os.path.join(base, 'a', '*.py'))) == [os.path.join(base, 'a', 'h.py')])

for s in ['abc', 'a*', 'a?', 'a[b]', b'a*', b'plain', '', 'x]', '\\*']:
    print(repr(s), glob.has_magic(s))
for s in ['a*b?[c].txt', 'plain', '[]', '//?/c:/x*', b'x[*]?', '**/x']:
    print(repr(s), repr(glob.escape(s)))

for pattern in ['*.py', '**/*.py', 'a/**/b', '**', 'a/?/[!x]*', '.*', '*/.*', '**/**/x', 'a\\b/c', '', 'a/', '/x/**',
                '[a-c]/**/*.[ch]', 'x**y']:
    print(repr(pattern))
    print('  ', glob.translate(pattern))
    print('  ', glob.translate(pattern, recursive=True))
    print('  ', glob.translate(pattern, recursive=True, include_hidden=True))
    print('  ', glob.translate(pattern, seps='/\\'))
for path, pattern in [('a/b.py', '**/*.py'), ('b.py', '**/*.py'), ('.x/b.py', '**/*.py'), ('a/b/c', 'a/**'), ('a', 'a/**')]:
    print(path, pattern, bool(__import__('re').match(glob.translate(pattern, recursive=True), path)))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(sorted(glob.glob1('a', '*')), glob.glob0('a', 'h.py'), glob.glob0('a', 'zz'))
    print([str(w.message) for w in caught])
print(glob.__all__)
os.chdir(here)
remove_tree(base)
print(os.path.exists(base))
