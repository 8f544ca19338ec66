# range with __index__ objects, bools, and type errors; range attributes and methods.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
r = range(Ix(2), Ix(20), Ix(5))
print(r, r.start, type(r.start).__name__, list(r))
print(range(True), range(False, True), range(True, 10, True)[3])
print(list(range(10))[Ix(3)], range(10)[Ix(-1)], range(10)[Ix(2):Ix(8):Ix(3)])
show('float', lambda: range(1, 2.0))
show('none', lambda: range(None))
show('str step', lambda: range(1, 5, '1'))
show('complex', lambda: range(1j))
class BadIx:
    def __index__(self): return 'x'
show('bad index', lambda: range(BadIx()))
class RaiseIx:
    def __index__(self): raise ValueError('index fail')
show('raise index', lambda: range(RaiseIx()))
print(3 in range(Ix(0), Ix(5)), Ix(3) in range(5) if False else 'skip')
print(range(5).index(True), range(5).count(True), range(2, 5).count(False))
show('index Ix', lambda: range(5).index(Ix(3)))
print(range(0, 10, 2).__getitem__(slice(1, None)), range(5).__len__(), range(5).__bool__())
print(range(0, -5, -1).__contains__(-3), range(1, 2).__iter__().__next__())
print(range(5).__eq__(range(5)), range(5).__ne__([0, 1, 2, 3, 4]), range(5).__eq__(5))
print(range(3).__lt__(range(4)), range(3).__hash__() == hash(range(3)))
show('setattr step', lambda: setattr(range(3), 'step', 2))
show('delattr', lambda: delattr(range(3), 'start'))
show('range subclass', lambda: type('R', (range,), {}))
print(isinstance(range(1), range), type(range(1)) is range, range.__name__)
print(range(3).__reversed__().__length_hint__(), list(range(3).__reversed__()))
for args in ((), (1, 2, 3, 4)):
    show('args %d' % len(args), lambda: range(*args))
print(range(-3, 3)[Ix(0)], range(10**20)[Ix(5)], range(10**20)[-Ix(1) if False else -1])
print(bool(range(0)), bool(range(1)), bool(range(5, 0)), bool(range(5, 0, -1)))
print(list(range(1, 11, 3)), list(range(11, 1, -3)), list(range(-1, -11, -3)))
print(range(0, 3) == range(0, 3, 2), range(0, 2) == range(0, 3, 2), range(1, 1) == range(2, 2))
