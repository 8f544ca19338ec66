# Single dispatch by type, written by hand (no functools).

def dispatch(default):
    registry = {}
    def register(*types):
        def deco(fn):
            for t in types:
                registry[t] = fn
            return fn
        return deco
    def call(arg, *rest, **kw):
        for cls in type(arg).__mro__:
            if cls in registry:
                return registry[cls](arg, *rest, **kw)
        return default(arg, *rest, **kw)
    call.register = register
    call.registry = registry
    call.__name__ = default.__name__
    return call

@dispatch
def to_json(value, indent=0):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

@to_json.register(type(None))
def _(value, indent=0):
    return "null"

@to_json.register(bool)
def _(value, indent=0):
    return "true" if value else "false"

@to_json.register(int, float)
def _(value, indent=0):
    return repr(value)

@to_json.register(str)
def _(value, indent=0):
    out = '"'
    for ch in value:
        if ch in '"\\':
            out += "\\" + ch
        elif ch == "\n":
            out += "\\n"
        elif ord(ch) < 32 or ord(ch) > 126:
            out += f"\\u{ord(ch):04x}"
        else:
            out += ch
    return out + '"'

@to_json.register(list, tuple)
def _(value, indent=0):
    if not value:
        return "[]"
    pad = " " * (indent + 2)
    items = [pad + to_json(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"

@to_json.register(dict)
def _(value, indent=0):
    if not value:
        return "{}"
    pad = " " * (indent + 2)
    items = [f"{pad}{to_json(str(k))}: {to_json(v, indent + 2)}" for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"

doc = {
    "name": "Taipan",
    "version": (0, 1),
    "stable": False,
    "tags": ["python", "typescript", "runtime"],
    "ratio": 0.75,
    "notes": None,
    "quote": 'he said "hi"\nthen left',
    "unicode": "café ☕",
    "nested": {"empty_list": [], "empty_dict": {}, 3: [1, [2, [3]]]},
}
print(to_json(doc))

class MyInt(int):
    pass
print(to_json(MyInt(5)), to_json(True), to_json([MyInt(1), 2.5]))
try:
    to_json({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(t.__name__ for t in to_json.registry), to_json.__name__)
