# __getattr__, __getattribute__, __setattr__, __delattr__.

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        self._log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(f"setattr {name}")
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(f"delattr {name}")
        if name in self._fields:
            del self._fields[name]
        else:
            object.__delattr__(self, name)

r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "nope", "default"), hasattr(r, "b"), hasattr(r, "a"))
print(r._log)

class Audited:
    def __init__(self):
        self.x = 1
        self.accesses = []
    def __getattribute__(self, name):
        if name != "accesses":
            object.__getattribute__(self, "accesses").append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2

a = Audited()
print(a.x, a.method())
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(a.accesses)

# __getattribute__ raising AttributeError falls back to __getattr__
class Fallback:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
fb = Fallback()
fb.secret_key = "hidden"
fb.visible = "shown"
print(fb.secret_key, fb.visible, fb.other)

# Special method lookup bypasses __getattr__ and __getattribute__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
print(p.__len__())
