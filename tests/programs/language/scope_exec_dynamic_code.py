# Generating code at runtime: building classes and functions with exec.

def make_record_class(name, fields):
    lines = [f"class {name}:"]
    lines.append(f"    __slots__ = {tuple(fields)!r}")
    params = ", ".join(fields)
    lines.append(f"    def __init__(self, {params}):")
    for f in fields:
        lines.append(f"        self.{f} = {f}")
    field_reprs = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
    lines.append("    def __repr__(self):")
    lines.append(f"        return f'{name}({field_reprs})'")
    lines.append("    def __eq__(self, other):")
    lines.append(f"        return type(other) is {name} and " + " and ".join(f"self.{f} == other.{f}" for f in fields))
    source = "\n".join(lines)
    namespace = {}
    exec(source, namespace)
    cls = namespace[name]
    cls.source = source
    return cls

Point = make_record_class("Point", ["x", "y"])
print(Point.source)
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.__slots__)
Person = make_record_class("Person", ["name", "age", "email"])
print(Person("ann", 31, "a@example.com"))

# Compiling a small arithmetic DSL to Python lambdas
def compile_formula(formula, variables):
    args = ", ".join(variables)
    code = f"lambda {args}: {formula}"
    return eval(code, {"__builtins__": {"min": min, "max": max, "abs": abs}})

f = compile_formula("max(a, b) * 2 - abs(c)", ["a", "b", "c"])
print(f(3, 7, -4), f(10, 1, 1))
area = compile_formula("w * h / 2", ["w", "h"])
print(area(3, 4))

# exec'd functions get the namespace's globals
template = """
def greet(name):
    return GREETING + ', ' + name + PUNCT
"""
for greeting, punct in [("Hello", "!"), ("Bonjour", ".")]:
    ns = {"GREETING": greeting, "PUNCT": punct}
    exec(template, ns)
    print(ns["greet"]("Ada"), ns["greet"].__globals__ is ns)

# Errors inside exec'd code carry the given filename
try:
    exec(compile("x = 1\ny = x / 0\n", "<dynamic>", "exec"), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
