# match mapping patterns with **rest, value patterns and nesting.

class Kind:
    USER = "user"
    ADMIN = "admin"

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "login", "role": Kind.ADMIN, "name": name}:
            return f"admin login: {name}"
        case {"type": "login", "role": Kind.USER, **rest}:
            return f"user login, other fields: {rest}"
        case {"type": t}:
            return f"unhandled event type {t!r}"
        case {}:
            return "mapping without a type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "click", "pos": [1, 2], "button": "left"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "s", "ctrl": True, "alt": False},
    {"type": "key", "key": 5, "shift": True},
    {"type": "login", "role": "admin", "name": "root"},
    {"type": "login", "role": "user", "name": "ann", "ip": "10.0.0.1"},
    {"type": "logout"},
    {"other": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))

# Mapping patterns use .get-like lookups: extra keys are fine, missing keys fail
config = {"host": "localhost", "port": 8080, "debug": True}
match config:
    case {"host": host, "port": int(port), **rest}:
        print(host, port, rest)

# A dict subclass with __missing__ is not consulted by mapping patterns
class Defaulting(dict):
    def __missing__(self, key):
        return "default"
match Defaulting(a=1):
    case {"b": value}:
        print("matched b", value)
    case {"a": value}:
        print("matched a", value)

# Nested mappings and sequences
order = {"id": 7, "items": [{"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1}], "ship": {"country": "NZ"}}
match order:
    case {"items": [{"sku": first_sku}, *others], "ship": {"country": "NZ" | "AU" as region}}:
        print("first", first_sku, "others", len(others), "region", region)

# Keys can be literals of several types
match {1: "one", "two": 2, None: "none"}:
    case {1: a, None: b}:
        print(a, b)
