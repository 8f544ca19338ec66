# Delegation through __getattr__ with a logging proxy and a read-only view.

class LoggingProxy:
    def __init__(self, target, name):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, attr):
        value = getattr(self._target, attr)
        if callable(value):
            def wrapper(*args, **kwargs):
                result = value(*args, **kwargs)
                self._log.append(f"{self._name}.{attr}{args} -> {result!r}")
                return result
            return wrapper
        self._log.append(f"{self._name}.{attr} read")
        return value

    def __setattr__(self, attr, value):
        self._log.append(f"{self._name}.{attr} = {value!r}")
        setattr(self._target, attr, value)

    # special methods must be forwarded explicitly
    def __len__(self):
        return len(self._target)
    def __getitem__(self, key):
        return self._target[key]
    def __iter__(self):
        return iter(self._target)
    def __repr__(self):
        return f"LoggingProxy({self._target!r})"

items = LoggingProxy([3, 1, 2], "items")
items.append(5)
items.sort()
print(items, len(items), items[0], list(items), items.index(5))
print("\n".join(items._log))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = LoggingProxy(Point(3, 4), "p")
print(p.x, p.norm2())
p.x = 6
print(p.norm2(), p._target.x)
print(p._log)

class ReadOnly:
    __slots__ = ("_obj",)
    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)
    def __getattr__(self, name):
        if name.startswith("set") or name in ("append", "pop", "clear", "update"):
            raise AttributeError(f"{name!r} is not available on a read-only view")
        return getattr(self._obj, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only view")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: read-only view")

ro = ReadOnly({"a": 1, "b": 2})
print(ro.get("a"), list(ro.keys()), ro.copy())
for action in (lambda: ro.update(c=3), lambda: setattr(ro, "x", 1), lambda: delattr(ro, "_obj"), lambda: ro.missing):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
