# re.error (PatternError) messages and positions for bad patterns and templates, and the TypeErrors/ValueErrors.
import re
for p in ['*', 'a**', '(', ')', '[a', 'a{2,1}', r'\q', '(?<x>a)', '(?P<1>a)', '(?P=x)', r'\1', r'(?<=a+)b', '[z-a]', 'a(?i)b',
          '(?P<x>a)(?P<x>b)', '(?', '(?z)', '\\', '[]', '(?(1)a|b|c)', 'a\n(', '(?#abc', r'\x4', r'(?P<a>x)\g<a>', '(?i', '(?-q:a)',
          r'[\d-z]', r'\8', '(?P<a', '(?P<>x)', '(?P', '(?<', 'a{1,2}{3}', '^*', r'\b+', '(?:)*', '(?:^)*', r'[\A]', r'\777']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U), lambda: re.search('a', b'a'),
            lambda: re.search(b'a', 'a'), lambda: re.search('a', 5), lambda: re.compile(5), lambda: re.match('a', 'a').group(5),
            lambda: re.sub('a', r'\g<5>', 'a'), lambda: re.sub('a', r'\9', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.I | re.M, re.compile('a', re.I | re.X), repr(re.compile('(?s)a')), re.compile('a').flags, re.compile(b'a').flags)

