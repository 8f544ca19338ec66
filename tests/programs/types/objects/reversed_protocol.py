# reversed() with __reversed__, and the sequence protocol fallback

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(2))).__name__)
print(type(reversed("ab")).__name__, type(reversed({})).__name__)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10
print(list(reversed(Seq())))

class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Custom())))

class RevReturnsList:
    def __reversed__(self):
        return [1, 2]
print(reversed(RevReturnsList()))

class RevNone(Seq):
    __reversed__ = None

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("RevNone", lambda: reversed(RevNone()))
attempt("int", lambda: reversed(5))
attempt("set", lambda: reversed({1, 2}))
attempt("generator", lambda: reversed(x for x in "ab"))
attempt("dict keys iterator", lambda: reversed(iter([1])))
attempt("no args", lambda: reversed())
attempt("kwarg", lambda: reversed(seq=[1]))

class OnlyGetitem:
    def __getitem__(self, i):
        return i
attempt("only getitem", lambda: reversed(OnlyGetitem()))
class OnlyLen:
    def __len__(self):
        return 2
attempt("only len", lambda: list(reversed(OnlyLen())))

class NegLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
attempt("neg len", lambda: reversed(NegLen()))

class IndexErrorEarly:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
attempt("index error early", lambda: list(reversed(IndexErrorEarly())))

# length_hint and exhaustion
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())

# list changed during reversed iteration
lst = [1, 2, 3]
r2 = reversed(lst)
print(next(r2))
lst.clear()
print(list(r2))
