# id() and `is` identity semantics (ids compared, never printed)

a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0 or id(a) <= 0)
lst = [1, 2]
alias = lst
print(id(lst) == id(alias), lst is alias)
copy = lst[:]
print(copy == lst, copy is lst, id(copy) == id(lst))

# singletons
print(None is None, type(None)() is None, type(NotImplemented)() is NotImplemented)
print(type(Ellipsis)() is Ellipsis, ... is Ellipsis)
print(bool() is False, bool(1) is True)

# empty tuple and frozenset are shared in CPython; tuple(t) returns t
t = (1, 2)
print(tuple(t) is t, t[:] is t, t[0:2] is t)
fs = frozenset([1])
print(frozenset(fs) is fs)
s = "hello"
print(str(s) is s, s[:] is s)
by = b"abc"
print(bytes(by) is by, by[:] is by)

# a list copy is distinct
print(list(lst) is lst, lst.copy() is lst)

# methods are bound anew each time but compare equal
class C:
    def m(self):
        pass
c = C()
print(c.m == c.m, c.m.__self__ is c, c.m.__func__ is C.m)

# identity of class attributes
print(C.m is C.m, C.__dict__["m"] is C.m)

# id() errors
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# identity in containers: `in` uses identity before equality
class Weird:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
w = Weird()
print(w == w, w in [w], [w] == [w], w in {w}, (w,) == (w,))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], {nan: 1}[nan])
print([nan].count(nan), [nan].index(nan))

# ids of live distinct objects differ
objs = [object() for _ in range(100)]
print(len({id(o) for o in objs}))

# is not
print(1 is not None, None is not None)

# identity of module and builtins
import sys
print(sys.modules["sys"] is sys, sys.modules["builtins"].len is len)
