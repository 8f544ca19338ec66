# join, format, format_map, str()/repr() of objects
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), "|".join(("x",)), ", ".join(map(str, range(5))))
print(" ".join(k for k in {"b": 1, "a": 2}), "\n".join(["l1", "l2"]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    ", ".join(["a", None])
except TypeError as e:
    print("TypeError", e)
print(b"-".join([b"a", bytearray(b"b")]), bytearray(b",").join([b"x", b"y"]))
try:
    b"".join(["a"])
except TypeError as e:
    print("TypeError", e)
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0!s} {0!r} {0!a}".format("é"))
print("{:>5}".format("ab"), "{:05.1f}".format(3.14159), "{a[0]}{a[1]}".format(a="xy"), "{.__class__.__name__}".format(1.0))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "P<%s,%s>" % (self.x, self.y)
p = Point(1.5, -2)
print("{}".format(p), "{!r}".format(p), "{:.2f}".format(p), "{:polar}".format(p), f"{p}", f"{p!r}", f"{p:06.1f}", str(p), repr(p), [p])
print("{p.x}/{p.y}".format(p=p), format(p, ""))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} in {city}".format_map(Missing(name="Bo", age=5)))
print("{a}{b}".format_map({"a": 1, "b": 2}))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}", (), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}), ("{!x}", (1,), {}), ("{0}{}", (1, 2), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{0:{1}}".format(3.14159, ".3"), "{:{}{}}".format("x", ">", 4), "{{literal}}".format())
print(str(1), str(1.0), str([1, "a"]), str(("a",)), str({1: "x"}), str(None), str(b"x"), str(b"x", "ascii"), str(bytearray(b"y"), encoding="utf-8"))
print(str(), repr(""), str(object)[:14], str(int), repr(str), str(type(None)))
