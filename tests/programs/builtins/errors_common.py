# Error messages for typical mistakes
def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

nothing = None
aset = {1, 2}
astr = "abc"
five = 5
attempt("list index", lambda: [1, 2, 3][3])
attempt("neg list index", lambda: [1][-2])
attempt("str index", lambda: "abc"[10])
attempt("tuple index", lambda: ()[0])
attempt("dict key", lambda: {"a": 1}["b"])
attempt("dict int key", lambda: {}[42])
attempt("int + str", lambda: 1 + "a")
attempt("str + int", lambda: "a" + 1)
attempt("str * str", lambda: "a" * "b")
attempt("str * float", lambda: "a" * 2.0)
attempt("list - list", lambda: [1] - [1])
attempt("None + 1", lambda: None + 1)
attempt("dict + dict", lambda: {} + {})
attempt("unary minus str", lambda: -"a")
attempt("unary invert float", lambda: ~1.5)
attempt("str < int", lambda: "a" < 1)
attempt("None < None", lambda: None < None)
attempt("list >= dict", lambda: [] >= {})
attempt("unhashable set key", lambda: {[1]: 1})
attempt("unhashable in set", lambda: {1, 2} | {frozenset(), (1, [])})
attempt("call int", lambda: five())
attempt("call str", lambda: astr())
attempt("call None", lambda: nothing())
attempt("int('x')", lambda: int("x"))
attempt("int('3.5')", lambda: int("3.5"))
attempt("float('x')", lambda: float("x"))
attempt("pop empty", lambda: [].pop())
attempt("index missing", lambda: "abc".index("z"))
attempt("list index missing", lambda: [1, 2].index(3))
def tuple_assign():
    t = (1, 2)
    t[0] = 5
def str_assign():
    s = "abc"
    s[0] = "x"
def tuple_del():
    t = (1, 2)
    del t[0]
def dict_del_missing():
    d = {}
    del d["k"]
attempt("tuple assign", tuple_assign)
attempt("str assign", str_assign)
attempt("tuple del", tuple_del)
attempt("dict del", dict_del_missing)
attempt("attr on int", lambda: (5).foo)
attempt("attr on None", lambda: None.upper())
attempt("attr on str", lambda: "s".append)
attempt("attr on list", lambda: [].push(1))
attempt("attr on module", lambda: __import__("sys").nonexistent)
attempt("len int", lambda: len(5))
attempt("len None", lambda: len(None))
attempt("iter int", lambda: list(42))
attempt("iter None", lambda: [x for x in None])
attempt("not subscriptable", lambda: five[0])
attempt("None subscript", lambda: nothing["k"])
attempt("set index", lambda: aset[0])
attempt("bad slice idx", lambda: [1, 2]["a":])
attempt("str idx by str", lambda: astr["a"])
attempt("dict unhashable lookup", lambda: {}[{}])
attempt("div zero", lambda: 10 / 0)
attempt("mod zero", lambda: 10 % 0)
attempt("float div zero", lambda: 1.5 / 0)
attempt("int too big for float", lambda: 2 ** 2000 * 1.0)
attempt("float pow overflow", lambda: 10.0 ** 400)
attempt("chr range", lambda: chr(-5))
attempt("wrong arg count", lambda: len(1, 2))
attempt("kwarg to builtin", lambda: len(obj=[]))
attempt("unexpected kwarg", lambda: sorted([], reversed=True))
attempt("missing args", lambda: divmod(1))
attempt("max of empty", lambda: max([]))
attempt("bad unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("int of list", lambda: int([]))
attempt("str join ints", lambda: "".join([1]))
attempt("dict from list", lambda: dict([1, 2]))
attempt("setattr on int", lambda: setattr(5, "x", 1))
attempt("del builtin attr", lambda: delattr(str, "upper"))
attempt("range float", lambda: range(0.5))
attempt("list.sort mixed", lambda: sorted([1, None]))
attempt("recursion", (lambda f: lambda: f(f))(lambda g: g(g)))
attempt("bytes + str", lambda: b"a" + "b")
attempt("encode bad", lambda: "é".encode("ascii"))
attempt("decode bad", lambda: b"\xff".decode("utf-8"))
