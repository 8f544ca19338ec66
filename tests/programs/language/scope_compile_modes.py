# compile() modes: exec, eval, single; code object attributes.

src_exec = """
def square(n):
    return n * n
result = [square(i) for i in range(5)]
"""
code = compile(src_exec, "<generated>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["result"])

expr = compile("a * 2 + b", "<expr>", "eval")
print(eval(expr, {"a": 10, "b": 1}), expr.co_names)

# 'single' mode prints expression values via sys.displayhook
single = compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))      # None is not printed
exec(compile("x = 5", "<single>", "single"), {})  # assignments print nothing

# Syntax errors carry location information
bad_sources = [
    ("x = = 1", "exec"),
    ("def f(:\n  pass", "exec"),
    ("1 +", "eval"),
    ("for x in y: pass", "eval"),
    ("return 5", "exec"),
    ("  indented = 1", "exec"),
    ("if True:\npass", "exec"),
    ("f(**k, *a)", "eval"),
    ("x := 1", "exec"),
    ("nonlocal q", "exec"),
]
for src, mode in bad_sources:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) file={e.filename}")

# Invalid mode
try:
    compile("1", "<x>", "run")
except ValueError as e:
    print(type(e).__name__, e)

# Code objects can be executed repeatedly with different namespaces
counter_code = compile("count = count + 1", "<c>", "exec")
space = {"count": 0}
for _ in range(3):
    exec(counter_code, space)
print(space["count"])

# co_consts / co_varnames for a simple function
def f(a, b):
    c = a + b
    return c * 2
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_nlocals)
print([c for c in f.__code__.co_consts if c is not None])
