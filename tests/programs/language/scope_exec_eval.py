# exec and eval with explicit globals and locals dictionaries.

g = {"x": 10}
print(eval("x + 1", g))
print(sorted(k for k in g), "__builtins__" in g)

l = {"y": 5}
print(eval("x * y", g, l))

exec("z = x + y", g, l)
print(l["z"], "z" in g)

exec("w = 100", g)
print(g["w"])

# Functions defined by exec close over the globals dict given
ns = {}
exec("""
counter = 0
def inc(by=1):
    global counter
    counter += by
    return counter
""", ns)
print(ns["inc"](), ns["inc"](5), ns["counter"])

# exec with separate globals and locals: defs go into locals, but see globals only
gl = {"base": 100}
lo = {}
exec("""
offset = 5
def compute():
    return base + 1
try:
    def broken():
        return offset
    result = broken()
except NameError as e:
    result = 'NameError: ' + str(e)
""", gl, lo)
print(sorted(lo), lo["compute"](), lo["result"])

# Restricting builtins
safe = {"__builtins__": {"len": len, "abs": abs}}
print(eval("len('abc') + abs(-2)", safe))
try:
    eval("print('hi')", safe)
except NameError as e:
    print(type(e).__name__, e)

# eval only accepts expressions
try:
    eval("a = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# exec returns None; eval returns the value
print(exec("1 + 1"), eval("1 + 1"))

# Default globals/locals are the caller's
def local_eval():
    secret = 42
    return eval("secret + 1")
print(local_eval())

# Mapping objects as locals
class Recorder(dict):
    def __getitem__(self, key):
        print(f"  lookup {key!r}")
        return super().__getitem__(key)
    def __missing__(self, key):
        raise KeyError(key)
rec = Recorder(a=1, b=2)
print(eval("a + b", {}, rec))

# Expression input with whitespace and newlines in parentheses
print(eval("  (1 +\n 2)  "), eval("[i * i for i in range(4)]"))

# eval of a code object and of bytes
code = compile("3 * 7", "<expr>", "eval")
print(eval(code), eval(b"2 ** 8"))
