# str.format field syntax in detail
data = {"name": "Widget", "dims": [3, 4, 5], "meta": {"sku": "W-1"}}
class Obj:
    attr = "attribute"
    nested = {"k": ["v0", "v1"]}
print("{0} {1} {0}".format("a", "b"), "{} {} {}".format(1, 2, 3), "{x} {y}".format(y=2, x=1))
print("{0[name]} {0[dims][1]} {0[meta][sku]}".format(data), "{d[dims][2]}".format(d=data))
print("{0.attr} {0.nested[k][1]} {o.attr!r}".format(Obj(), o=Obj()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{0:>{1}}|{0:<{1}}|{2:.{3}f}|{2:{4}.{3}f}|".format("x", 5, 3.14159, 2, 10))
print("{0!r} {0!s} {0!a} {0!r:>10}".format("é"))
print("{:,} {:_} {:,.2f} {:e} {:g} {:%} {:08.3f}".format(1234567, 7654321, 9876.543, 0.00123, 1e-7, 0.256, -3.14159))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(10, 10, 255, 255, 10, 10, 255, 9731))
print("{0:{fill}{align}{width}}".format("dyn", fill="~", align="^", width=11))
print("{{}} {{{}}} {{{{}}}}".format("in"))
print("{0}{0}{0}".format("ab"), "{:}".format("empty spec"), "{0:}".format(5), "{[0]}".format("xyz"), "{[x]}".format({"x": "str key"}))
try:
    "{[-1]}".format({-1: "neg key"})
except KeyError as e:
    print("KeyError", e)
try:
    "{[-1]}".format("xyz")
except TypeError as e:
    print("TypeError", e)
for bad in ["{0.}", "{0[}", "{:>>>}", "{0!}", "{0:{1:{2}}}", "{a.b.c}"]:
    try:
        print(repr(bad), "->", bad.format(Obj(), 5, 3, a=Obj()))
    except (ValueError, AttributeError, KeyError, IndexError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__, e)
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
print("{:<10}{:>5}{:>8}".format("item", "qty", "price"))
for name, qty, price in table:
    print("{:<10}{:>5d}{:>8.2f}".format(name, qty, price))
print("{:<10}{:>5d}{:>8.2f}".format("total", sum(q for _, q, _ in table), sum(q * p for _, q, p in table)))
