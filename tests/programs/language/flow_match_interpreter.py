# A tiny expression evaluator and simplifier built on structural pattern matching.

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return str(self.value)

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"

def simplify(e):
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("-", x, y) if repr(x) == repr(y):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case _:
            return e

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name!r}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")

def parse(tokens):
    # tokens in prefix notation: ["+", "1", ["*", "x", "2"]]
    match tokens:
        case [("+" | "-" | "*" | "/" | "^") as op, left, right]:
            return BinOp(op, parse(left), parse(right))
        case str() as s if s.lstrip("-").isdigit():
            return Num(int(s))
        case str() as s if s.isidentifier():
            return Var(s)
        case _:
            raise SyntaxError(f"cannot parse {tokens!r}")

exprs = [
    ["+", "1", ["*", "x", "2"]],
    ["*", ["+", "0", "y"], "1"],
    ["-", ["*", "x", "3"], ["*", "x", "3"]],
    ["+", ["*", "2", "3"], ["*", "0", "z"]],
    ["/", "x", ["-", "y", "y"]],
    ["^", "2", "3"],
]
env = {"x": 5, "y": 7}
for tokens in exprs:
    tree = parse(tokens)
    try:
        simple = simplify(tree)
    except ValueError as err:
        simple = f"<{err}>"
    try:
        value = evaluate(tree, env)
    except Exception as err:
        value = f"{type(err).__name__}: {err}"
    print(f"{tree!r:28} => {simple!s:12} = {value}")

for bad in [["+", "1"], 3, ["?", "1", "2"]]:
    try:
        parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    evaluate(Var("q"), env)
except NameError as e:
    print(type(e).__name__, e)
