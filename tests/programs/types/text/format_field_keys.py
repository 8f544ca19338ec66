# str.format field names: index keys that look like numbers, attributes, Unicode digits
class O:
    attr = 'A'
    def __getitem__(self, k):
        return 'item(%r)' % (k,)
    def __repr__(self):
        return 'O()'
    def __str__(self):
        return 'O-str'
    def __getattr__(self, name):
        return 'getattr(%s)' % name
o = O()
tests = [
 '{0[0x10]}', '{0[+1]}', '{0[01]}', '{0[1e1]}', '{0[-0]}', '{0[ 1]}', '{0[1 ]}', '{0[٣]}', '{0[١٢]}', '{0.attr}', '{0.other}',
 '{0.1}', '{0.__class__.__name__}', '{0[a.b]}', '{0[a[b]}', '{0[[]}', '{0[a]b}', '{0[a]]}', '{0!r}', '{0[\U0001f600]}',
 '{٠}', '{١}', '{0[00]}', '{0[0_1]}', '{0[9999999999999999999999]}', '{0.[x]}', '{0[].x}', '{0.a.b.c}', '{0:{0.attr}}',
 '{0[:]}', '{0[1:2]}', '{0[x]!s}', '{0[x]!r:>20}', '{0[x]:>20!r}',
]
for fmt in tests:
    try:
        print(ascii(fmt), ascii(fmt.format(o, 'second')))
    except Exception as e:
        print(ascii(fmt), type(e).__name__, e)
for fmt in ['{٠}', '{١}', '{𝟎}']:
    try:
        print(ascii(fmt), fmt.format('zero', 'one'))
    except Exception as e:
        print(ascii(fmt), type(e).__name__, e)
print('{0[1]}'.format('abc'), '{0[-1]}'.format({'-1': 'neg'}), '{0[1]}'.format({1: 'int-key'}))
