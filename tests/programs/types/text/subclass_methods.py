# Methods of str subclasses return exact str; overrides are honoured by operators
class S(str):
    def extra(self):
        return 'extra:' + self
s = S('Hello World')
results = {
    'upper': s.upper(), 'lower': s.lower(), 'title': s.title(), 'swapcase': s.swapcase(), 'casefold': s.casefold(),
    'capitalize': s.capitalize(), 'strip': s.strip(), 'replace': s.replace('o', '0'), 'center': s.center(20),
    'ljust': s.ljust(3), 'zfill': s.zfill(3), 'expandtabs': s.expandtabs(), 'format': s.format(),
    'removeprefix': s.removeprefix('Hello'), 'removesuffix': s.removesuffix('x'), 'getitem': s[0], 'slice': s[1:],
    'mul': s * 1, 'add': s + '', 'mod': s % (), 'str': str(s), 'join': S('').join(['a']), 'translate': s.translate({}),
}
for name, r in results.items():
    print(name, type(r).__name__, repr(r))
print([type(p).__name__ for p in s.split()], [type(p).__name__ for p in s.partition(' ')])
print(s.extra(), isinstance(s, str), type(s).__mro__[1].__name__, s == 'Hello World', hash(s) == hash('Hello World'))
print(repr(s), str(s), len(s), s.__class__.__name__)

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def __len__(self):
        return 99
    def __str__(self):
        return 'custom str'
    def __getitem__(self, k):
        return 'item'
    def __contains__(self, x):
        return True
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
u = Upper('abc')
print(repr(u), len(u), str(u), u[0], 'zz' in u, u == 'nothing', str.__len__(u), str.__getitem__(u, 0))
print(u.lower(), u + '!', '%s' % u, '{}'.format(u), f'{u}', [u], u.startswith('AB'))
print(str.__str__(u), type(str.__str__(u)).__name__, ''.join([u]), print.__name__)

class WithInit(str):
    def __new__(cls, value, tag='t'):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
w = WithInit('val', tag='x')
print(w, w.tag, type(w).__name__, w.upper())
print(S.__base__.__name__, S('x').__class__ is S, type(S()), repr(S()))
print(S(5), S(b'ab', 'ascii'), S([1]), repr(S(None)))
