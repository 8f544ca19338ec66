# list.extend / += with iterators, self, generators observing the list, and errors mid-way.
l = [1, 2]
l.extend(l)
print(l)
l = [1, 2]
print(l)
l = [1, 2]
l.extend(x for x in l if x < 3 and len(l) < 10)
print(l)
l = [1]
l.extend(range(3))
l.extend('ab')
l.extend(b'\x01')
l.extend({'k': 'v'})
l.extend({'k': 'v'}.items())
l.extend(set())
print(l)
try:
    l.extend(None)
except TypeError as e:
    print('TypeError', e)
try:
    l.extend(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    l += None
except TypeError as e:
    print('TypeError', e)
def gen():
    yield 'g1'
    raise StopIteration
try:
    m = []
    m.extend(gen())
    print(m)
except RuntimeError as e:
    print('RuntimeError', e, m)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
m = [0]
m.extend(It())
print(m)
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise IndexError('bad next')
try:
    m.extend(BadNext())
except IndexError as e:
    print('IndexError', e, m)
class NotIter:
    def __iter__(self): return 5
try:
    m.extend(NotIter())
except TypeError as e:
    print('TypeError', e)
class GetItem:
    def __getitem__(self, i):
        if i < 3:
            return i * 100
        raise IndexError
m.extend(GetItem())
print(m)
class Sub(list):
    def __iter__(self):
        return iter(['overridden'])
m = []
m.extend(Sub([1, 2]))
m += Sub([3])
print(m, [*Sub([4])], list(Sub([5])), tuple(Sub([6])))
t = (1,)
m.extend(t)
m.extend(tuple())
print(m)
