# Validating and transforming JSON-like data with match.

def describe(value, depth=0):
    pad = "  " * depth
    match value:
        case None:
            print(f"{pad}null")
        case bool(b):
            print(f"{pad}boolean {str(b).lower()}")
        case int(i) | float(i):
            print(f"{pad}number {i}")
        case str(s) if len(s) > 10:
            print(f"{pad}long string ({len(s)} chars)")
        case str(s):
            print(f"{pad}string {s!r}")
        case []:
            print(f"{pad}empty array")
        case [single]:
            print(f"{pad}array of one:")
            describe(single, depth + 1)
        case [*items]:
            print(f"{pad}array of {len(items)}:")
            for item in items:
                describe(item, depth + 1)
        case {}:
            print(f"{pad}object with {len(value)} key(s)")
            for k, v in value.items():
                print(f"{pad}  {k}:")
                describe(v, depth + 2)
        case _:
            print(f"{pad}unsupported {type(value).__name__}")

describe({"user": {"name": "ann", "admin": True, "scores": [1, 2.5, None]},
          "tags": ["x"], "bio": "a rather long biography", "extra": {1, 2}})

def validate_user(data):
    match data:
        case {"name": str(name), "age": int(age), **rest} if age >= 0 and not rest:
            return f"valid user {name} ({age})"
        case {"name": str(), "age": int(), **rest} if rest:
            return f"unexpected keys: {sorted(rest)}"
        case {"name": str(), "age": int(age)}:
            return f"invalid age {age}"
        case {"name": _, "age": _}:
            return "wrong field types"
        case {"name": _}:
            return "missing age"
        case dict():
            return "missing name"
        case _:
            return "not an object"

for d in [{"name": "ann", "age": 31}, {"name": "bob", "age": -1}, {"name": "cid", "age": "x"},
          {"name": "dee"}, {"age": 3}, {"name": "eve", "age": 5, "x": 1, "a": 2}, [("name", "x")], None]:
    print(validate_user(d))

def transform(node):
    match node:
        case {"op": "add", "args": [*args]}:
            return sum(transform(a) for a in args)
        case {"op": "mul", "args": [a, b]}:
            return transform(a) * transform(b)
        case {"op": "neg", "arg": x}:
            return -transform(x)
        case {"op": op}:
            raise ValueError(f"bad op {op!r}")
        case int() | float():
            return node
print(transform({"op": "add", "args": [1, {"op": "mul", "args": [3, 4]}, {"op": "neg", "arg": 2.5}]}))
try:
    transform({"op": "div", "args": [1, 2]})
except ValueError as e:
    print(type(e).__name__, e)
