# str.join accepts any iterable of str and reports bad items precisely
print(','.join(['a', 'b', 'c']))
print(','.join(('x',)))
print(','.join([]))
print(''.join(['a', 'b']))
print('-'.join('abc'))
print('-'.join('😀𝒳a'))
print(', '.join(x for x in 'xyz'))
print('|'.join({'k1': 1, 'k2': 2}))
print('|'.join(sorted({'b', 'a', 'c'})))
print('|'.join(iter(['p', 'q'])))
print('😀'.join(['a', 'b']))

class S(str):
    pass
r = ''.join([S('only')])
print(type(r).__name__, r)
r = S('+').join(['a', 'b'])
print(type(r).__name__, r)
print(','.join([S('a'), 'b', S('c')]))
for bad in [[1, 2], ['a', 2], ['a', 'b', None], ['a', b'b'], [['a']], ('x', 3.5)]:
    try:
        ','.join(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [5, None, 3.0]:
    try:
        ','.join(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ','.join()
except Exception as e:
    print(type(e).__name__, e)
try:
    ','.join(['a'], ['b'])
except Exception as e:
    print(type(e).__name__, e)

def gen():
    yield 'a'
    raise ValueError('from generator')
try:
    ','.join(gen())
except Exception as e:
    print(type(e).__name__, e)

class Bad:
    def __iter__(self):
        raise RuntimeError('no iteration')
try:
    ''.join(Bad())
except Exception as e:
    print(type(e).__name__, e)
print(str.join('.', ['a', 'b']))
try:
    str.join(1, ['a'])
except Exception as e:
    print(type(e).__name__, e)
