# center/ljust/rjust: odd padding placement, fill characters, widths
for w in range(0, 9):
    print(w, repr('abc'.center(w)), repr('ab'.center(w, '*')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '-')))
for s in ['', 'a', 'ab', 'abcd']:
    print(repr(s), [s.center(w, '|') for w in range(6)])
print(repr('x'.center(-5)), repr('x'.ljust(-1)), repr('x'.rjust(0)))
print(repr('😀'.center(5, '𝒳')), repr('𝒳'.ljust(3, '😀')), len('😀'.rjust(4)))
print(repr('é'.center(4, 'ß')), repr('a'.center(3, '\x00')))
print('abc'.center(True), 'abc'.ljust(False, 'x'))

class I:
    def __index__(self):
        return 7
print(repr('ab'.center(I(), '#')))
for args in [(5, ''), (5, 'ab'), (5, 1), ('5',), (5.0,), (), (5, 'x', 'y'), (5, b'x'), (5, None)]:
    for name in ['center', 'ljust', 'rjust']:
        try:
            print(repr(getattr('ab', name)(*args)))
        except Exception as e:
            print(name, type(e).__name__, e)
try:
    'a'.center(width=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.center(2**70)
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
for r in [S('ab').center(2), S('ab').ljust(1), S('ab').rjust(5)]:
    print(type(r).__name__, repr(r))
