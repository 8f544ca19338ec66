# str.format field names: indexes, attributes, keys, mixing and errors
class P:
    x = 3
    y = [10, 20]
    name = 'pt'
    def __getitem__(self, k):
        return 'item:' + repr(k)
p = P()
print('{0} {1} {0}'.format('a', 'b'))
print('{} {}'.format(1, 2))
print('{x} {y}'.format(x=1, y=2))
print('{0.x} {0.y[1]} {0.name}'.format(p))
print('{p.x}{p.y[0]}'.format(p=p))
print('{0[0]} {1[key]} {1[0]} {1[-1]}'.format(['first'], p))
print('{0[1]}'.format({1: 'int key', '1': 'str key'}))
print('{0[a]}'.format({'a': 'A'}))
print('{0[ ]}'.format({' ': 'space'}))
print('{0[1a]}'.format({'1a': 'mixed'}))
print('{0[-1]}'.format({'-1': 'minus str'}))
print('{[0]}{[1]}'.format('ab', 'cd'))
print('{0}{0}'.format('x'))
print('{.real}'.format(5))
print('{0.__class__.__name__}'.format(1.5))
print('{a[b][c]}'.format(a={'b': {'c': 'deep'}}))
print('{00}{01}'.format('z', 'o'))
print('{0!r:>10}'.format('hi'))
print('{:}'.format('empty spec'))
print('{0:{1}}'.format('v', 5) + '|')
print('{!s}'.format(p.name))
for fmt, args, kw in [('{0} {}', ('a', 'b'), {}), ('{} {0}', ('a', 'b'), {}), ('{2}', ('a',), {}), ('{x}', (), {}),
                      ('{0.missing}', (p,), {}), ('{0[5]}', ([1],), {}), ('{0[x]}', ({},), {}), ('{0[}', (1,), {}),
                      ('{0.}', (1,), {}), ('{0..x}', (1,), {}), ('{0[0]x}', ([1],), {}), ('{', (), {}), ('}', (), {}),
                      ('{0!}', (1,), {}), ('{0!x}', (1,), {}), ('{0!rr}', (1,), {}), ('{:x}', ('s',), {}),
                      ('{0}', (), {}), ('{}', (), {}), ('{a.b}', (), {'a': 1}), ('{0[0]}', (1,), {}), ('{-1}', ('a',), {}),
                      ('{ 0}', ('a',), {}), ('{0 }', ('a',), {}), ('{0[]}', ([1],), {}), ('{0]}', ([1],), {}),
                      ('{0:}}', ('a',), {}), ('{:{:{}}}', ('a', 1, 2), {}), ('{!r}', (), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print('{-1}'.format(**{'-1': 'neg'}))
print('{ 0}'.format(**{' 0': 'sp'}))
print('{0[0]}'.format('abc'))
try:
    print('{0[0]}'.format(5))
except Exception as e:
    print(type(e).__name__, e)
