# str iterators: ascii and non-ascii iterator types, length hints, exhaustion
it = iter('abc')
print(type(it).__name__, type(iter('é')).__name__, type(iter('😀')).__name__, type(iter('')).__name__)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(it), next(it, 'done'))
it2 = iter('héllo')
next(it2)
print(it2.__length_hint__(), ''.join(it2))
print(it.__iter__() is it, iter(it) is it)
r = reversed('a😀b')
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
e = enumerate('xy', start=5)
print(list(e))
print(list(zip('abc', '12')), list(map(str.upper, 'ab')), list(filter(str.isdigit, 'a1b2')))
print(dict(zip('ab', 'xy')), set('aab') == {'a', 'b'}, tuple('😀𝒳'))
print([c * 2 for c in 'ab😀'], sorted('bca', reverse=True), ''.join(sorted('zyx')))
a, b, c = 'xyz'
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
try:
    x, y = 'abc'
except ValueError as ex:
    print('ValueError', ex)
s = 'abc'
it = iter(s)
s += 'd'
print(list(it), s)
print(any(c.isupper() for c in 'abC'), all(c.isalpha() for c in 'ab1'))
print(list(iter('a😀'.__iter__())), 'abc'.__iter__().__next__())
