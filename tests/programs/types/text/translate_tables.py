# str.translate with dicts, sequences, and custom __getitem__; errors from the table
print('abc'.translate({97: 'A', 98: None, 99: 0x263a}))
print('abc'.translate({}))
print('abc'.translate({'a': 'X'}))
print('hello'.translate({ord('l'): 'LL'}))
print('abc'.translate(['0', '1', '2'] * 40))
print('\x00\x01'.translate(['z', None]))
print('abc'.translate(list(range(200))))

class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError('skip x')
        if k == ord('y'):
            return None
        if k == ord('q'):
            raise KeyError(k)
        return chr(k).upper() * 2
print('axbyq'.translate(Table()))

class Rot13:
    def __getitem__(self, k):
        if 97 <= k <= 122:
            return (k - 97 + 13) % 26 + 97
        if 65 <= k <= 90:
            return (k - 65 + 13) % 26 + 65
        raise IndexError(k)
print('Hello, World!'.translate(Rot13()))
print('😀a'.translate({0x1f600: 'smile', 97: 0x1d4b3}))
print('ab'.translate({97: '', 98: '😀😀'}))
for table in [{97: 1.5}, {97: b'x'}, {97: -1}, {97: 0x110000}, {97: [1]}, 5, None]:
    try:
        print(repr('a'.translate(table)))
    except Exception as e:
        print(type(e).__name__, e)

class Boom:
    def __getitem__(self, k):
        raise ValueError('boom %d' % k)
try:
    'a'.translate(Boom())
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.translate()
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.translate({}, {})
except Exception as e:
    print(type(e).__name__, e)
print(''.translate(None))

class S(str):
    pass
for r in [S('abc').translate({}), S('abc').translate({97: 'z'})]:
    print(type(r).__name__, r)
print('été'.translate(str.maketrans('é', 'e')))
print('1,234.5'.translate(str.maketrans(',.', '.,')))
