# A safe-ish calculator built on eval with restricted globals and a variable store.


ALLOWED = {
    "abs": abs, "min": min, "max": max, "round": round, "sum": sum, "len": len,
    "pi": 3.141592653589793, "e": 2.718281828459045,
}

class Calculator:
    def __init__(self):
        self.vars = {}
        self.history = []

    def run(self, line):
        line = line.strip()
        if not line or line.startswith("#"):
            return None
        if "=" in line and not any(op in line for op in ("==", "<=", ">=", "!=")):
            name, expr = (part.strip() for part in line.split("=", 1))
            if not name.isidentifier():
                raise SyntaxError(f"cannot assign to {name!r}")
            value = self.evaluate(expr)
            self.vars[name] = value
            return f"{name} = {value!r}"
        value = self.evaluate(line)
        self.vars["_"] = value
        return repr(value)

    def evaluate(self, expr):
        code = compile(expr, "<calc>", "eval")
        for name in code.co_names:
            if name.startswith("_") and name != "_":
                raise NameError(f"access to {name!r} is not allowed")
        return eval(code, {"__builtins__": {}, **ALLOWED}, self.vars)

calc = Calculator()
session = """
x = 3
y = x * 4 + 1
y / 2
_ * 10
radius = 2.5
area = pi * radius ** 2
round(area, 3)
max(x, y, 7) - min(1, 2)
[i * x for i in range(3)]
sum([1, 2, 3]) == 6
z = undefined + 1
1 / 0
3 +
().__class__
open('file')
2 = 3
len("hello") >= 5
"""
for line in session.strip().splitlines():
    try:
        result = calc.run(line)
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(f">>> {line:<30} {result}")
print(sorted(calc.vars))
print(calc.vars["y"], calc.vars["area"])
