# getattr/setattr/delattr/hasattr with __getattr__, __getattribute__, __setattr__, __delattr__
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append("getattr " + name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("Record has no field %r" % name) from None
    def __setattr__(self, name, value):
        self._log.append("setattr " + name)
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        self._fields[name] = value
    def __delattr__(self, name):
        self._log.append("delattr " + name)
        del self._fields[name]
    def __dir__(self):
        return sorted(self._fields)
r = Record(a=1, b=2)
print(r.a, getattr(r, "b"), getattr(r, "zz", "default"), hasattr(r, "a"), hasattr(r, "nope"))
r.c = 3
setattr(r, "d", 4)
del r.a
delattr(r, "b")
print(r._fields, dir(r))
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError", e)
print(r._log)
class Traced:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2
t = Traced()
print(t.x, t.method(), getattr(t, "x"), hasattr(t, "y"))
class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
    def __repr__(self):
        return "Frozen(%r, %r)" % (self.a, self.b)
f = Frozen(1, 2)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError", e, f)
print(getattr(f, "a"), [getattr(f, n) for n in Frozen.__slots__])
class Defaults:
    color = "red"
d = Defaults()
print(d.color, getattr(d, "color"), vars(d))
d.color = "blue"
print(d.color, Defaults.color, vars(d))
del d.color
print(d.color)
try:
    del d.color
except AttributeError as e:
    print("AttributeError", e)
