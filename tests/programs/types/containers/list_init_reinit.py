# list.__init__ clears and refills; list() from various iterables; copy semantics.
a = [1, 2, 3]
alias = a
a.__init__('xy')
print(a, alias is a)
a.__init__()
print(a)
list.__init__(a, range(3))
print(a)
try:
    a.__init__(5)
except TypeError as e:
    print('TypeError', e, a)
try:
    a.__init__([1], [2])
except TypeError as e:
    print('TypeError', e)
try:
    list(x=1)
except TypeError as e:
    print('TypeError', e)
b = [1, 2]
b.__init__(b)
print(b)
print(list({'a': 1, 'b': 2}), list({'a': 1}.items()), list(range(3, 0, -1)), list(b'ab'), list(''))
print(list(x * 2 for x in range(3)), list(map(str, [1, 2])), list(zip('ab', 'cd')))
print(list(reversed([1, 2, 3])), list(enumerate('ab')), list(iter([9])))
class Sized:
    def __len__(self):
        return 100
    def __iter__(self):
        return iter([1, 2])
print(list(Sized()))
class LieLen:
    def __len__(self):
        raise ValueError('len fails')
    def __iter__(self):
        return iter('ab')
try:
    print(list(LieLen()))
except ValueError as e:
    print('ValueError', e)
class HintLie:
    def __iter__(self):
        return self
    def __length_hint__(self):
        return 'bad'
    def __next__(self):
        raise StopIteration
try:
    print(list(HintLie()))
except TypeError as e:
    print('TypeError', e)
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(GetItemSeq()))
class IterRaises:
    def __iter__(self):
        yield 1
        raise KeyError('boom')
try:
    list(IterRaises())
except KeyError as e:
    print('KeyError', e)
c = [[1], [2]]
shallow = c.copy()
sliced = c[:]
built = list(c)
shallow[0].append('s')
print(c, sliced, built, shallow is c, sliced is c, built is c)
class MyL(list):
    def __init__(self, *args):
        print('MyL init', args)
        super().__init__(*args)
m = MyL('ab')
print(m)
m.__init__('cd')
print(m)
print(type(list(m)).__name__, list(m) == m)
z = list()
z.__init__([1])
z.__init__(iter([2, 3]))
print(z)
