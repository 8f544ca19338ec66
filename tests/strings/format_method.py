# str.format and format_map: numbering, attribute and index lookup, conversions, nested specs
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"P<{self.x}:{spec}>"
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)

def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

def cases():
    p = P(1, "y")
    show("{} {} {}", 1, "a", p)
    show("{2}{1}{0}{1}", "a", "b", "c")
    show("{0.x} {0.y!r} {0!r} {0!s:>12} {0:spec}", p)
    show("{a[0]}{a[1][k]}{b}", a=[1, {"k": "v"}], b=2)
    show("{0[10]}", list(range(20)))
    show("{0[-1]}", {"-1": "neg"})
    show("{:{}{}}", "x", ">", 5)
    show("{0:{fill}^{w}}", "mid", fill="*", w=9)
    show("{!a} {!r} {!s}", "é", "é", "é")
    show("{{{0}}} {{}}", 5)
    show("{0!r:^9}|", "ab")
    show("{0:}|{0:<}|{0:>4}|", "q")
    show("{:5.2}|{:.0}|{:05}|{:<05}|{:x^5}|", "abcd", "abcd", "ab", "ab", "")
    show("{}", "😀é")
    show("{:😀^7}", "mid")
    show("{0}{1}", "only")
    show("{}{0}", 1, 2)
    show("{0}{}", 1, 2)
    show("{x", 1)
    show("x}", 1)
    show("{0!z}", 1)
    show("{0!r", 1)
    show("{0:{1:{2}}}", 1, 2, 3)
    show("{0.}", 1)
    show("{0[}", 1)
    show("{0[0]x}", [1])
    show("{:s}", 5)
    show("{:d}", "5")
    show("{missing}")
    show("{0.nope}", 1)
    print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x.x}".format_map({"x": P(3, 4)}))
    class Default(dict):
        def __missing__(self, key):
            return "<" + key + ">"
    print("{a} {b}".format_map(Default(a="A")))
    for bad in [lambda: "{0}".format_map({}), lambda: "{}".format_map({}), lambda: "{a}".format_map(5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
cases()
