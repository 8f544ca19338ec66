# __hash__ = None, inheritance of __hash__ with __eq__, hash() errors

class Unhashable:
    __hash__ = None
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("hash None", lambda: hash(Unhashable()))
attempt("in set", lambda: {Unhashable()})
attempt("dict key", lambda: {Unhashable(): 1})
attempt("list", lambda: hash([]))
attempt("dict", lambda: hash({}))
attempt("set", lambda: hash(set()))
attempt("tuple with list", lambda: hash((1, [2])))
attempt("slice", lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
attempt("bytearray", lambda: hash(bytearray()))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
attempt("eq only", lambda: hash(EqOnly()))

class EqAndHash:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 42
print(hash(EqAndHash()))

class ChildOfEq(EqAndHash):
    def __eq__(self, other):
        return False
attempt("child overriding eq", lambda: hash(ChildOfEq()))

class ChildNoEq(EqAndHash):
    pass
print(hash(ChildNoEq()))

class KeepHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
print(hash(KeepHash()))

# __hash__ returning odd values
class ReturnsBig:
    def __hash__(self):
        return 2 ** 100
class ReturnsNeg1:
    def __hash__(self):
        return -1
class ReturnsFloat:
    def __hash__(self):
        return 1.0
class ReturnsBool:
    def __hash__(self):
        return True
class IntSub(int):
    pass
class ReturnsIntSub:
    def __hash__(self):
        return IntSub(7)
print(hash(ReturnsBig()) == hash(2 ** 100), hash(ReturnsNeg1()), hash(ReturnsBool()), hash(ReturnsIntSub()))
attempt("float hash", lambda: hash(ReturnsFloat()))

# hash of numbers, equal values hash equal
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5), hash(float("inf")), hash(-float("inf")))
print(hash(complex(1, 0)) == hash(1), hash(()), hash((1, 2)) == hash((1, 2)))
print(hash(frozenset()) , hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(...) == hash(...))

# set / frozenset membership with unhashable element
attempt("list in set", lambda: [] in {1})
attempt("set in frozenset", lambda: {1} in frozenset([frozenset([1])]))
print(set() in {frozenset()})
attempt("hash no args", lambda: hash())
attempt("hash two", lambda: hash(1, 2))
attempt("object.__hash__ None", lambda: object.__hash__(Unhashable()) != 0)
print(type(hash(object())).__name__)
