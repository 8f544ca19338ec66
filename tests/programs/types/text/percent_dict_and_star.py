# %(name)s mapping form, '*' width/precision, flags order
d = {'name': 'Ann', 'n': 3, 'x': 2.5, 'a b': 'spaced', '': 'empty', '(p)': 'paren'}
print('%(name)s has %(n)d items costing %(x).2f' % d)
print('%(name)-6s|%(name)6s|%(n)05d|%(x)+.1e' % d)
print('%(a b)s %()s' % d)
print('%((p))s' % d)
print('%(name)s %(name)r %%' % d)
print('%s' % {'k': 'v'}, '%(k)s' % {'k': 'v'})
print('no specs' % {}, 'no specs' % d)
print('%*d|%-*d|%.*f|%*.*f|' % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print('%*s|' % (-6, 'ab'), '%.*s|' % (-1, 'abcdef'), '%*s|' % (0, 'ab'))
print('%-+5d|%+-5d|% -5d|%- 5d|%#-8x|%-#8x|' % (3, 3, 3, 3, 255, 255))
print('%0*d' % (6, -42), '%-0*d|' % (6, 42))
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s %(xyz)s' % M())
for fmt, arg in [('%(x)s', 5), ('%(x)s', ('a',)), ('%(missing)s', {}), ('%(x)s %s', {'x': 1}), ('%(x', {'x': 1}),
                 ('%*d', ('a', 1)), ('%.*d', (1.5, 1)), ('%*d', (5,)), ('%(x)*d', {'x': 1}), ('%s %(x)s', ({'x': 1},)),
                 ('%(x)s', ['x']), ('%(x)d', {'x': 'str'})]:
    try:
        print(repr(fmt), repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print('%s' % {}, '%s %s' % ({}, []))
print('%(x)s' % {'x': 1, 'y': 2})
try:
    print('%s' % ({'x': 1}, 2))
except Exception as e:
    print(type(e).__name__, e)
print('%d%%' % 50, '100%%' % ())
