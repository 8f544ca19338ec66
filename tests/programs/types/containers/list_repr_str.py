# repr/str of containers of many element types, including nested and subclass elements.
print([1, 'a', 1.5, None, True, b'x', 2j, (1,), [], {}, set(), frozenset()])
print(str([1, 'a']), repr(['q"uote', "it's", 'both\'"', '\n\t\\']))
print((1, 'a'), ('single',), (), ((),), (((1,),),))
print({1: 'a', 'b': [1, 2], (1, 2): {3: 4}, None: None})
print({'a'}, {1}, {(1, 2)}, set(), frozenset({'x'}), {frozenset()})
print([1.0, -0.0, 1e16, 1e-5, float('inf'), float('-inf'), float('nan'), 0.1 + 0.2])
print([10**20, -10**20, 2**64])
print(['é', '日本', '\x00', '\x7f', '\u200b', '\U0001f600', '\ud800'])
print([b'\x00\xff', bytearray(b'ab'), memoryview(b'a') is not None])
print(range(3), [range(1, 5, 2)], (slice(1, 2),), {slice(None): 1})
print([print, len] == [print, len], [int, str, list], [type(None)])
print([..., NotImplemented], (Ellipsis,))
class R:
    def __repr__(self): return 'R!'
    def __str__(self): return 'str-R'
print([R()], (R(),), {R(): R()} != {}, str([R()]), f'{[R()]}')
class S(str):
    def __repr__(self): return 'S(' + super().__repr__() + ')'
print([S('x')], {S('k'): 1})
class I(int):
    def __repr__(self): return 'I<%d>' % self
print([I(3)], (I(4),), {I(5)})
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
class St(set):
    pass
class F(frozenset):
    pass
print(L([1]), D(a=1), T((1,)), St({1}), F({1}), St(), F(), L(), D(), T())
print(repr(L([L([2])])), str(D(x=D())))
print([[]] * 2, [[1, [2, [3, [4]]]]], {1: {2: {3: {}}}})
print(repr([]), repr({}), repr(()), repr(set()))
print('%s %r' % ([1], ('a',)), '{} {!r}'.format({1}, ['x']), f'{(1, 2)!s:>10}')
print(format([1, 2]), format((1,), ''), str((1,)).center(10, '*'))
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError', e)
class BadRepr:
    def __repr__(self): return 5
try:
    print([BadRepr()])
except TypeError as e:
    print('TypeError', e)
class RaisingRepr:
    def __repr__(self): raise ValueError('nope')
try:
    repr({1: RaisingRepr()})
except ValueError as e:
    print('ValueError', e)
print(ascii(['é', 'x']), ascii({'日': 1}))
