# str subclasses that override __str__/__repr__/__eq__/__hash__/__len__ meet formatting and builtins
class S(str):
    def __str__(self):
        return 'STR'
    def __repr__(self):
        return 'REPR'
s = S('val')
tests = [
 lambda: format(s, '>5'), lambda: format(s, ''), lambda: f'{s}', lambda: f'{s:>5}', lambda: f'{s!s}', lambda: f'{s!r}',
 lambda: '%s' % s, lambda: '%r' % s, lambda: '%5s' % s, lambda: '{}'.format(s), lambda: '{:3}'.format(s),
 lambda: str(s), lambda: repr(s), lambda: [s], lambda: print(s) or 'printed', lambda: s + '', lambda: s.upper(),
 lambda: ''.join([s]), lambda: ','.join([s, s]), lambda: s == 'val', lambda: len(s), lambda: s[0], lambda: 'v' in s,
 lambda: s.__str__(), lambda: str.__str__(s), lambda: str.__repr__(s), lambda: ascii(s), lambda: '%a' % s,
 lambda: '{!s:>6}'.format(s), lambda: '{0!r}'.format(s), lambda: hash(s) == hash('val'), lambda: {s: 1}['val'],
 lambda: int(S('12')), lambda: float(S('1.5')), lambda: S('x').encode(), lambda: bytes(S('x'), 'ascii'),
 lambda: sorted([S('b'), S('a')]), lambda: max(S('ab')), lambda: list(S('ab')), lambda: s.split('a'),
 lambda: str(S('a') + S('b')), lambda: type(S('a') + S('b')).__name__, lambda: s * 2, lambda: s.format(),
 lambda: s.__format__(''), lambda: s.__format__('>4'), lambda: str.__format__(s, ''), lambda: object.__format__(s, ''),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
class E(str):
    def __eq__(self, other):
        return True
try:
    hash(E('x'))
except Exception as e:
    print(type(e).__name__, e)
class H(str):
    def __hash__(self):
        return 42
print(hash(H('x')), {H('x'): 1}.get('x'), {'x': 1}.get(H('x')))
class L(str):
    def __len__(self):
        return 3
    def __iter__(self):
        return iter('abc')
print(len(L('x')), list(L('x')), ''.join(L('x')), 'x'.join(L('zz')), L('q').center(5, '*'))
class G(str):
    def __getitem__(self, i):
        return 'G'
print(G('abc')[0], G('abc').split('b'), '{0[0]}'.format(G('abc')), G('abc')[0:2])
class T(str):
    pass
t = T('tee')
for r in [f'{t}', f'{t:4}', '{:3}'.format(t), '{0:.3}'.format(t), 'x{:3}'.format(t), '{:3}x'.format(t),
          '{}{}'.format('', t), T('abc').format(), T('a{{').format(), T('abc') % (), T('a%%') % (), format(t, '3'),
          format(t, '.2'), t.__format__('s'), T('').format(), T('plain').format_map({})]:
    print(type(r).__name__, repr(r))
