# !r !s !a conversions in str.format and f-strings
class Both:
    def __str__(self):
        return 'STR'
    def __repr__(self):
        return 'REPR'
    def __format__(self, spec):
        return 'FORMAT(' + spec + ')'
b = Both()
print('{0} {0!s} {0!r} {0!a} {0:xyz} {0!s:>5} {0!r:<6}|'.format(b))
print(f'{b} {b!s} {b!r} {b!a} {b:xyz} {b!s:>5} {b!r:<6}|')
for v in ['é', 'a\nb', '😀', "it's", '"q"', 1.5, None, [1, 'x'], b'by']:
    print('{0!s}|{0!r}|{0!a}'.format(v), f'{v!a:>12}|')
print('{!r:^12}'.format('mid'))
print('{0!a}'.format('\x00\x7f\u20ac\U0001f600'))
print(format('x', ''), format(b, ''), format(b, 'spec'))

class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except Exception as e:
    print(type(e).__name__, e)
print(format(NoFormat(), '') .startswith('<'))
try:
    '{0:x}'.format(NoFormat())
except Exception as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except Exception as e:
    print(type(e).__name__, e)
try:
    '{}'.format(BadFormat())
except Exception as e:
    print(type(e).__name__, e)
try:
    f'{BadFormat()}'
except Exception as e:
    print(type(e).__name__, e)

class BadRepr:
    def __repr__(self):
        return 5
try:
    '{!r}'.format(BadRepr())
except Exception as e:
    print(type(e).__name__, e)
try:
    format('x', 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.__format__()
except Exception as e:
    print(type(e).__name__, e)
print('x'.__format__('>3'))

class S(str):
    def __format__(self, spec):
        return 'S-format'
print('{}'.format(S('a')), f'{S("a")}', format(S('a')), '{!s}'.format(S('a')), str(S('a')))
