# Class __dict__ is a read-only mappingproxy

class A:
    """doc"""
    x = 1
    def m(self):
        return 2

d = A.__dict__
print(type(d).__name__)
print(sorted(k for k in d))
print(d["x"], "x" in d, "y" in d, d.get("y", "dflt"), len(d) > 3)

try:
    d["x"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    A.__dict__ = {}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# updates are visible through the proxy
A.y = 3
print(d["y"])
del A.y
print("y" in d)

print(list(d.keys())[:0], type(d.keys()).__name__, type(d.items()).__name__)
c = d.copy()
print(type(c).__name__, c["x"])
print(A.__dict__ == A.__dict__)

# mappingproxy of a plain dict
mp = type(d)({"a": 1, "b": 2})
print(mp, repr(mp))
print(list(mp), list(mp.values()), list(mp.items()))
print(mp | {"c": 3})
print({"z": 0} | mp)
try:
    mp |= {"c": 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(d)([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(d)()
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(mp)))

# instance __dict__ is a plain dict
a = A()
a.z = 5
print(type(a.__dict__).__name__, a.__dict__)
a.__dict__ = {"w": 9}
print(a.w)
try:
    a.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__dict__
    print("deleted", a.__dict__)
except TypeError as e:
    print(type(e).__name__, e)

# builtin type dicts
print("append" in list.__dict__, type(list.__dict__).__name__)
print("__dict__" in A.__dict__, "__weakref__" in A.__dict__)
class B(A):
    pass
print("__dict__" in B.__dict__, sorted(B.__dict__))
