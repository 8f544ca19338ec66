# eval / exec with namespaces
print(eval("1 + 2 * 3"), eval("'abc'.upper()"), eval("[x * x for x in range(5)]"), eval("  42  "))
ns = {"a": 10, "b": 3}
print(eval("a // b", ns), eval("a % b", ns), eval("divmod(a, b)", ns), sorted(k for k in ns if k != "__builtins__"))
loc = {"a": 100}
print(eval("a + b", ns, loc))
code = """
def square(x):
    return x * x
result = [square(i) for i in range(6)]
total = sum(result)
"""
g = {}
exec(code, g)
print(g["result"], g["total"], g["square"](12), "square" in g, "__builtins__" in g)
exec("z = 5", ns)
print(ns["z"])
out = exec("1 + 1")
print(out)
src = "x = 1\nfor i in range(3):\n    x *= 10\n"
scope = {}
exec(src, scope)
print(scope["x"], scope["i"])
for bad in ["1 +", "def", "(1, 2", "x = = 1", "return 5"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print("SyntaxError", repr(bad), e.msg)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print("NameError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
c = compile("a * 2", "<expr>", "eval")
print(eval(c, {"a": 21}), type(c).__name__, c.co_filename)
c2 = compile("print('from compiled', n)", "<stmt>", "exec")
exec(c2, {"n": 7})
print(eval("lambda q: q + 1")(1), eval("(lambda: __name__)()"), eval("len", {"len": lambda s: -1})("abc"))
print(eval(repr([1, "two", 3.0, None, (4,), {"k": {5}}])))
