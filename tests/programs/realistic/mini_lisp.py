# A small Lisp interpreter: reader, environments, closures, tail calls, and error handling
class LispError(Exception): pass
class Symbol(str): pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)
class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"
def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda *a: _prod(a),
        "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "mod": lambda a, b: a % b, "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
        "list": lambda *a: list(a), "null?": lambda l: l == [], "length": len, "not": lambda x: x is False or x == [],
        "apply": lambda f, args: call(f, args), "display": lambda x: print(to_str(x)) or [],
    })
    return env
def _prod(a):
    return a[0] * _prod(a[1:]) if a else 1
def call(f, args):
    if isinstance(f, Lambda):
        return evaluate(f.body, Env(f.params, args, f.env))
    return f(*args)
steps = 0
def evaluate(x, env):
    global steps
    while True:
        steps += 1
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            x = x[2] if evaluate(x[1], env) not in (False, []) else x[3]
            continue
        if op == "define":
            if isinstance(x[1], list):
                env[x[1][0]] = Lambda(x[1][1:], x[2], env)
            else:
                env[x[1]] = evaluate(x[2], env)
            return []
        if op == "set!":
            return env.find(x[1]).__setitem__(x[1], evaluate(x[2], env)) or []
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op == "let":
            env, x = Env([b[0] for b in x[1]], [evaluate(b[1], env) for b in x[1]], env), x[2]
            continue
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            if len(args) != len(f.params):
                raise LispError(f"{f!r} expects {len(f.params)} args, got {len(args)}")
            env, x = Env(f.params, args, f.env), f.body
            continue
        if not callable(f):
            raise LispError(f"not a procedure: {to_str(f)}")
        try:
            return f(*args)
        except TypeError as e:
            raise LispError(f"bad call to {to_str(op)}: {e}") from None
def to_str(x):
    if isinstance(x, bool):
        return "#t" if x else "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)
env = standard_env()
program = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 30)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 10000 0)
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define c (make-counter))
(list (c) (c) (c))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* 2 x)) (lambda (x) (+ x 10))) 5)
(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))
(filter (lambda (x) (= (mod x 3) 0)) '(1 2 3 4 5 6 7 8 9 10 11 12))
(apply + '(1 2 3 4))
(let ((a 2) (b 3.5)) (list (+ a b) (/ 7 a) (/ 7.0 a) (< a b) (not (< a b))))
(display '(nested (list "of" symbols) 42))
(undefined-thing 1)
(1 2 3)
(car)
(fact 5 6)
(+ 1 (* 2 3)
)
"""
tokens = tokenize(program)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result != []:
            print("=>", to_str(result))
    except LispError as e:
        print("error:", e)
print("evaluation steps:", steps)
