# %-formatting with mapping arguments: __missing__, custom mappings, key syntax and flags around keys
class D(dict):
    def __missing__(self, k):
        return '<%s>' % k
class M:
    def __getitem__(self, k):
        return k * 2
    def keys(self):
        return ['a']
tests = [
 lambda: '%(a)s %(b)s' % D(a=1),
 lambda: '%(x)s' % M(),
 lambda: '%(a)s' % (D(a=1),) ,
 lambda: '%s %(a)s' % D(a=1),
 lambda: '%%(a)s' % D(a=1),
 lambda: '%(a)%' % {'a': 1},
 lambda: '%(a)5%|' % {'a': 1},
 lambda: '%(a)s' % {},
 lambda: '%()s' % {'': 'e'},
 lambda: '%(a(b))s' % {'a(b)': 'nested'},
 lambda: '%(a(b)s' % {'a(b': 'x'},
 lambda: '%(😀)s' % {'😀': 'emoji'},
 lambda: '%(1)s' % {1: 'int', '1': 'str'},
 lambda: '%s' % (1,), lambda: '%s' % [1], lambda: '%s' % {1: 2}, lambda: '%s %s' % {1: 2},
 lambda: 'x' % {'a': 1}, lambda: 'x' % D(), lambda: 'x' % M(), lambda: 'x' % 'y', lambda: 'x' % '', lambda: 'x' % b'',
 lambda: 'x' % [], lambda: 'x' % (), lambda: 'x' % 5, lambda: 'x' % None, lambda: 'x' % bytearray(),
 lambda: '%s' % '', lambda: '%d %s' % (1, 'x', 2),
 lambda: '%(a)s %(b)d' % {'a': 'x', 'b': '1'},
 lambda: '%(a)*d' % {'a': 1},
 lambda: '%(a).*f' % {'a': 1.0},
 lambda: '%*(a)d' % {'a': 1},
 lambda: '%-(a)s' % {'a': 1},
 lambda: '%(a)-5s|' % {'a': 1},
 lambda: '%(a)05d' % {'a': 1},
 lambda: '% (a)d' % {'a': 1},
 lambda: '%.2(a)s' % {'a': 1},
]
for i, t in enumerate(tests):
    try:
        print(i, ascii(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
