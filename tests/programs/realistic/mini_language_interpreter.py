# Recursive-descent (precedence climbing) parser and tree-walking interpreter for a small language
import sys

SRC = """
let n = 10; let a = 0; let b = 1; let i = 0;
while (i < n) { print(a); let t = a + b; a = b; b = t; i = i + 1; }
fn fact(k) { if (k <= 1) { return 1; } return k * fact(k - 1); }
print(fact(25));
fn gcd(x, y) { while (y != 0) { let r = x % y; x = y; y = r; } return x; }
print(gcd(1071, 462), gcd(17, 5));
let s = "hello";
print(s + " world", -(3 - 10) * 2, 7 / 2, 7 // 2, 2 ** 10, 2 ** 3 ** 2, !0, 1 < 2 && 2 < 1 || 1);
if (n == 10) { print("ten"); } else { print("not ten"); }
"""
OPS = ["**", "//", "<=", ">=", "==", "!=", "&&", "||"] + list("+-*/%<>=!(){};,")
KEYWORDS = {"let", "while", "if", "else", "fn", "return", "print"}
BINARY = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5,
          "*": 6, "/": 6, "//": 6, "%": 6, "**": 8}
FUNCS = {op: eval(f"lambda a, b: a {op} b") for op in BINARY if op not in ("&&", "||")}
def lex(src):
    toks, i = [], 0
    while i < len(src):
        c, j = src[i], i + 1
        if c.isspace():
            i = j
            continue
        if c.isdigit():
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
        elif c.isalpha() or c == "_":
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("kw" if src[i:j] in KEYWORDS else "id", src[i:j]))
        elif c == '"':
            j = src.index('"', i + 1) + 1
            toks.append(("str", src[i + 1:j - 1]))
        else:
            op = next((o for o in OPS if src.startswith(o, i)), None)
            if op is None: raise SyntaxError(f"bad character {c!r}")
            j = i + len(op)
            toks.append(("op", op))
        i = j
    return toks + [("eof", None)]
class Parser:
    def __init__(self, toks):
        self.t, self.i = toks, 0
    def at(self, v):
        return self.t[self.i][1] == v and self.t[self.i][0] in ("op", "kw")
    def eat(self, v=None):
        val = self.t[self.i][1]
        if v is not None and val != v: raise SyntaxError(f"expected {v!r}, got {val!r}")
        self.i += 1
        return val
    def program(self):
        out = []
        while self.t[self.i][0] != "eof":
            out.append(self.stmt())
        return out
    def seq(self, open_, close, item, sep=None):
        self.eat(open_)
        out = []
        while not self.at(close):
            out.append(item())
            if sep and self.at(sep): self.eat()
        self.eat(close)
        return out
    def block(self): return self.seq("{", "}", self.stmt)
    def stmt(self):
        kw = self.t[self.i][1] if self.t[self.i][0] == "kw" else None
        if kw == "let" or (self.t[self.i][0] == "id" and self.t[self.i + 1][1] == "="):
            if kw: self.eat()
            name = self.eat(); self.eat("="); e = self.expr(); self.eat(";")
            return ("let" if kw else "assign", name, e)
        if kw in ("while", "if"):
            self.eat(); self.eat("("); cond = self.expr(); self.eat(")")
            body = self.block()
            if kw == "while": return ("while", cond, body)
            return ("if", cond, body, self.eat() and self.block() if self.at("else") else [])
        if kw == "fn":
            self.eat()
            return ("fn", self.eat(), self.seq("(", ")", self.eat, ","), self.block())
        if kw in ("return", "print"):
            self.eat()
            node = ("return", self.expr()) if kw == "return" else ("print", self.seq("(", ")", self.expr, ","))
            self.eat(";")
            return node
        e = self.expr(); self.eat(";"); return ("expr", e)
    def expr(self, min_prec=1):
        left = self.unary()
        while self.t[self.i][0] == "op" and BINARY.get(self.t[self.i][1], 0) >= min_prec:
            op = self.eat()
            left = ("bin", op, left, self.expr(BINARY[op] + (op != "**")))
        return left
    def unary(self):
        if self.at("-") or self.at("!"): return ("un", self.eat(), self.unary())
        k, v = self.t[self.i]
        self.i += 1
        if k in ("num", "str"): return ("lit", v)
        if k == "id": return ("call", v, self.seq("(", ")", self.expr, ",")) if self.at("(") else ("var", v)
        if v == "(": e = self.expr(); self.eat(")"); return e
        raise SyntaxError(f"unexpected {v!r}")
class Return(Exception): pass
def scope_of(env, name):
    for scope in reversed(env):
        if name in scope: return scope
    raise NameError(f"undefined variable {name}")
def ev(e, env, fns):
    kind = e[0]
    if kind == "lit": return e[1]
    if kind == "var": return scope_of(env, e[1])[e[1]]
    if kind == "un": v = ev(e[2], env, fns); return -v if e[1] == "-" else int(not v)
    if kind == "bin":
        if e[1] in ("&&", "||"):
            left = ev(e[2], env, fns)
            return (left and ev(e[3], env, fns)) if e[1] == "&&" else (left or ev(e[3], env, fns))
        return FUNCS[e[1]](ev(e[2], env, fns), ev(e[3], env, fns))
    params, body = fns[e[1]]
    try:
        execute(body, env[:1] + [dict(zip(params, [ev(a, env, fns) for a in e[2]]))], fns)
    except Return as r:
        return r.args[0]
def execute(stmts, env, fns):
    for s in stmts:
        kind = s[0]
        if kind == "let": env[-1][s[1]] = ev(s[2], env, fns)
        elif kind == "assign":
            try:
                scope_of(env, s[1])[s[1]] = ev(s[2], env, fns)
            except NameError:
                raise NameError(f"assignment to undeclared {s[1]}") from None
        elif kind == "while":
            while ev(s[1], env, fns): execute(s[2], env, fns)
        elif kind == "if": execute(s[2] if ev(s[1], env, fns) else s[3], env, fns)
        elif kind == "fn": fns[s[1]] = (s[2], s[3])
        elif kind == "return": raise Return(ev(s[1], env, fns))
        elif kind == "print": print(*[ev(a, env, fns) for a in s[1]])
        else: ev(s[1], env, fns)
tree = Parser(lex(SRC)).program()
print(len(tree), "top-level statements;", tree[0], tree[-1][0])
execute(tree, [{}], {})
for bad in ["let x = ;", "print(1", "let y = 1 $ 2;", "z = 5;", "print(undefined);"]:
    try:
        execute(Parser(lex(bad)).program(), [{}], {})
    except (SyntaxError, NameError) as e:
        print(type(e).__name__ + ":", e)
sys.setrecursionlimit(5000)
execute(Parser(lex("fn f(n) { if (n == 0) { return 0; } return 1 + f(n - 1); } print(f(300));")).program(), [{}], {})
