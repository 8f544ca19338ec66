# fnmatch: fnmatch, fnmatchcase, filter and translate (whose text must be CPython's exactly).
import fnmatch
import re

patterns = ['*', '*.py', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]', '[z-a]', '[!z-a]', '[a-c-e]', '[-a]', '[a-]',
            '[!-a]', '[\\]', '[a\\-z]', '[&&]', '[~|]', '[^x]', '[[x]', 'a[', '[!', '**a**b*', '*a*b*c', 'a*b', '.*',
            'x$y(z)', '[a-b-c-d]', '[b-ac-d]', '[--0]', '[!]', '[]', '[]-]', '[a-z0-9_]', 'ab*', '*ab', '[c-b-a]',
            '[]-a]', '\\*', '[*]', '[?]', 'é*ü', '', 'a\nb', '*.[ch]', '[!.]*', 'data_??.csv', '[0-9][0-9]*']
for pat in patterns:
    print(repr(pat), repr(fnmatch.translate(pat)))

names = ['a.py', 'b.txt', 'abc', 'ABC', '.hidden', 'a]b', 'x-y', ']', '!', '', 'a\nb', 'data_01.csv', 'data_1.csv',
         '42abc', 'main.c', 'main.h', 'é-ü', 'x$y(z)', '*', '?', '[', '\\']
for pat in patterns:
    print(repr(pat), fnmatch.filter(names, pat))
for name, pat in [('Foo.PY', '*.py'), ('foo.py', '*.PY'), ('a/b', 'a*'), ('a/b', 'a?b'), ('.x', '*'), ('x', '[!x]'),
                  ('\n', '?'), ('abc', 'a*c*'), ('aaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*a*a*c')]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.fnmatchcase(b'\xe9t\xe9', b'\xe9*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.filter(('a', 'b', 'ab'), 'a*'), fnmatch.filter(iter(['z', 'zz']), 'z?'))
joined = re.compile('|'.join(fnmatch.translate(p) for p in ['*.py', '*.md']))
print([n for n in ['a.py', 'b.md', 'c.txt'] if joined.match(n)])
for bad in [(1, '*'), ('a', 1), (b'a', '*'), ('a', b'*')]:
    try:
        print(fnmatch.fnmatch(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fnmatch.filter(['a', 1], '*')
except TypeError as e:
    print(type(e).__name__, e)
print(fnmatch.__all__)
