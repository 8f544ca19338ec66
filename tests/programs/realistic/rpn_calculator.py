# An RPN calculator with a stack, variables, user-defined words, and error recovery
class RPNError(Exception):
    pass

class Calculator:
    def __init__(self):
        self.stack = []
        self.vars = {}
        self.words = {}
        self.ops = {
            "+": (2, lambda a, b: a + b), "-": (2, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
            "/": (2, self._div), "%": (2, lambda a, b: a % b), "^": (2, lambda a, b: a ** b),
            "neg": (1, lambda a: -a), "abs": (1, abs), "sqrt": (1, self._sqrt),
            "max": (2, max), "min": (2, min),
        }
    def _div(self, a, b):
        if b == 0:
            raise RPNError("division by zero")
        return a / b if (isinstance(a, float) or isinstance(b, float) or a % b) else a // b
    def _sqrt(self, a):
        if a < 0:
            raise RPNError(f"sqrt of negative {a}")
        x = float(a) or 0.0
        for _ in range(60):
            if x == 0:
                break
            x = (x + a / x) / 2
        return x
    def pop(self, n):
        if len(self.stack) < n:
            raise RPNError(f"need {n} value(s), stack has {len(self.stack)}")
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals
    def run(self, line):
        tokens = line.split()
        i = 0
        while i < len(tokens):
            t = tokens[i]
            i += 1
            if t == ":":
                end = tokens.index(";", i)
                self.words[tokens[i]] = tokens[i + 1:end]
                i = end + 1
            elif t in self.words:
                self.run(" ".join(self.words[t]))
            elif t in self.ops:
                arity, fn = self.ops[t]
                self.stack.append(fn(*self.pop(arity)))
            elif t == "dup":
                self.stack.extend(self.pop(1) * 2)
            elif t == "swap":
                a, b = self.pop(2)
                self.stack += [b, a]
            elif t == "drop":
                self.pop(1)
            elif t == "clear":
                self.stack.clear()
            elif t.startswith("=") and len(t) > 1:
                self.vars[t[1:]] = self.pop(1)[0]
            elif t.startswith("$"):
                if t[1:] not in self.vars:
                    raise RPNError(f"unknown variable {t[1:]}")
                self.stack.append(self.vars[t[1:]])
            else:
                try:
                    self.stack.append(int(t))
                except ValueError:
                    try:
                        self.stack.append(float(t))
                    except ValueError:
                        raise RPNError(f"unknown token {t!r}") from None
        return self.stack

calc = Calculator()
session = [
    "3 4 +", "2 *", "10 swap -", "clear 1 2 3 4 5 + + + +", "clear 7 2 /", "clear 7.0 2 /", "clear 2 100 ^",
    "clear 9 sqrt 2 sqrt", "clear 5 =x 3 =y $x $y * $x +", "clear : sq dup * ; 12 sq", ": cube dup sq * ; 3 cube",
    "clear 1 0 /", "clear +", "clear 3 foo", "clear $missing", "clear -4 sqrt", "clear 5 neg abs 3 max 10 min",
    "clear 1e3 2.5e-1 *", "clear 17 5 % -17 5 %", "clear 0.1 0.2 +", "clear 1 2 3 drop drop",
]
for line in session:
    try:
        result = calc.run(line)
        print(f"{line:<40} -> {result}")
    except RPNError as e:
        print(f"{line:<40} !! {e} (stack kept: {calc.stack})")
print("vars:", calc.vars, "words:", calc.words)
calc.run("clear : fact dup 1 - ; 1 =acc")
acc = 1
for n in range(1, 21):
    calc.run(f"clear {acc} {n} *")
    acc = calc.stack[-1]
print("20! via calculator:", acc)
