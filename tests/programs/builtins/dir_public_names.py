# Public method names of builtin types
for t in (int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, type(None), object):
    names = [n for n in dir(t) if not n.startswith("_")]
    print(t.__name__, len(names), names)
for t in (list, dict, str, int):
    dunders = [n for n in dir(t) if n.startswith("__")]
    print(t.__name__, "has", "__len__" in dunders, "__add__" in dunders, "__iter__" in dunders, "__hash__" in dunders, "__getitem__" in dunders)
class Mine:
    cls_attr = 1
    def method(self):
        pass
    def __repr__(self):
        return "Mine"
m = Mine()
m.inst = 2
print([n for n in dir(m) if not n.startswith("__")], sorted(n for n in vars(Mine) if not n.startswith("__")), vars(m))
print(dir(m) == sorted(dir(m)), "__class__" in dir(m), "__repr__" in dir(m))
print(sorted(set(dir(list)) - set(dir(tuple)))[:12])
print(sorted(set(dir(str)) ^ set(dir(bytes))))
print([n for n in dir(bool) if n not in dir(int)], [n for n in dir(frozenset) if n not in dir(set)])
