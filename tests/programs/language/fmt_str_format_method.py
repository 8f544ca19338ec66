# str.format: auto/manual numbering, keywords, attribute and index access.

print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="ann", age=31))
print("{0} and {x} and {1}".format(1, 2, x="kw"))
print("{{}} {{{0}}} {{0}}".format("v"))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
data = {"key": [10, 20, 30], "nested": {"inner": "deep"}}
print("x={0.x} y={0.y}".format(p))
print("{p.x},{p.y}".format(p=p))
print("{0[key][1]} {0[nested][inner]} {d[key][2]}".format(data, d=data))
print("{0[0]}{0[1]}".format("xyz"))
print("{[1]}".format(("first", "second")))
print("{0[1]:>6}|{0[0]!r:^7}|".format(["a", "b"]))

# Keys that look numeric are indexes; others are string keys
print("{0[10]}".format({10: "int key"}), "{0[k10]}".format({"k10": "string key"}))
print("{0[10]}".format(list(range(20))))

# format_map with a dict subclass providing defaults
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"
print("{greeting}, {name}! You owe {amount:.2f}".format_map(Defaults(greeting="Hi", amount=3)))

# Errors
errors = [
    ("{} {1}", ("a", "b"), {}),
    ("{0} {}", ("a", "b"), {}),
    ("{2}", ("a",), {}),
    ("{missing}", (), {}),
    ("{0.nope}", (p,), {}),
    ("{0[5]}", ([1],), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:q}", (1,), {}),
    ("{0[}", (1,), {}),
    ("{0[-1]}", ("xyz",), {}),
    ("{0[x]}", ({10: 1},), {}),
]
for fmt, args, kwargs in errors:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(f"{fmt!r:12} {type(e).__name__}: {e}")

# Extra arguments are ignored
print("{0}".format(1, 2, 3), "{a}".format(a=1, b=2))

# Reusing a format string as a template
row = "{:<10}|{:>6}|{:>8.2f}"
for item in [("apples", 3, 1.2), ("kiwis", 12, 0.25)]:
    print(row.format(*item))
header = "{:-^26}".format(" report ")
print(header)
