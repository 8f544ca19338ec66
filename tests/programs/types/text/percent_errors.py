# %-formatting error messages
cases = [('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', 'x'), ('%d', '5'), ('%x', 1.5), ('%o', 2.0), ('%c', 'ab'),
         ('%c', ''), ('%c', -1), ('%c', 0x110000), ('%c', 1.5), ('%f', 'x'), ('%e', None), ('%g', [1]), ('%z', 1),
         ('%', ()), ('abc %', 1), ('%.', 1), ('%5', 1), ('%-', 1), ('%(', {}), ('%s', ()), ('', 1), ('', ()),
         ('', []), ('', 'x'), ('x', {'a': 1}), ('%d', None), ('%i', 'i'), ('%u', []), ('%X', '1'), ('%a %r', (1,)),
         ('%y', ()), ('%\u20ac', 1), ('%0', 1), ('%#', 1), ('%*.*', (1, 2)), ('%s%', 1), ('%.2147483648f', 1.0),
         ('%c', 2**70), ('%d', 2**10000 > 0), ('%c', True)]
for fmt, arg in cases:
    try:
        print(repr(fmt), repr(arg) if not isinstance(arg, int) or arg < 10**6 else 'big', '->', repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
try:
    print(5 % 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%s' % ())
except Exception as e:
    print(type(e).__name__, e)
print('%s' % [()], '%s' % ((),))

class T(tuple):
    pass
print('%s-%s' % T(('a', 'b')))

class L(list):
    pass
print('%s' % L([1, 2]))

class Strish(str):
    def __rmod__(self, other):
        return 'rmod called'
print('%s' % Strish('x'))
class Other:
    def __rmod__(self, other):
        return 'Other.__rmod__ with ' + repr(other)
print(('%s' % Other())[:16])
try:
    print('abc' % Other())
except Exception as e:
    print(type(e).__name__, e)
