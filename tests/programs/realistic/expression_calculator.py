# Tokenizer + shunting-yard evaluator for arithmetic expressions
class CalcError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r} at {i}")
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%(),":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    return tokens

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "neg": (3, "R"), "**": (4, "R")}
FUNCS = {"max": max, "min": min, "abs": abs}
VARS = {"pi": 3.141592653589793, "answer": 42}

def to_rpn(tokens):
    out, stack = [], []
    prev = None
    for kind, val in tokens:
        if kind == "num":
            out.append(("num", val))
        elif kind == "name":
            if val in FUNCS:
                stack.append(("func", val))
            elif val in VARS:
                out.append(("num", VARS[val]))
            else:
                raise CalcError(f"unknown name {val!r}")
        elif val == "(":
            stack.append(("op", "("))
        elif val == ")":
            while stack and stack[-1] != ("op", "("):
                out.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'")
            stack.pop()
            if stack and stack[-1][0] == "func":
                out.append(stack.pop())
        elif val == ",":
            while stack and stack[-1] != ("op", "("):
                out.append(stack.pop())
        else:
            op = val
            if op == "-" and (prev is None or (prev[0] == "op" and prev[1] != ")")):
                op = "neg"
            p, assoc = PREC[op]
            while stack and stack[-1][0] == "op" and stack[-1][1] != "(":
                q, _ = PREC[stack[-1][1]]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(("op", op))
        prev = (kind, val)
    while stack:
        item = stack.pop()
        if item == ("op", "("):
            raise CalcError("unbalanced '('")
        out.append(item)
    return out

def evaluate(rpn):
    st = []
    for kind, val in rpn:
        if kind == "num":
            st.append(val)
        elif kind == "func":
            b, a = st.pop(), st.pop() if val != "abs" else None
            st.append(FUNCS[val](b) if val == "abs" else FUNCS[val](a, b))
        elif val == "neg":
            st.append(-st.pop())
        else:
            if len(st) < 2:
                raise CalcError("missing operand")
            b, a = st.pop(), st.pop()
            if val in "/%" and b == 0:
                raise CalcError("division by zero")
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if val == "/" else 0,
                       "%": a % b if val == "%" else 0, "**": a ** b if val == "**" else 0}[val])
    if len(st) != 1:
        raise CalcError("malformed expression")
    return st[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "10 / 4", "10 % 4 + 7 % -3",
             "max(3, 7) * min(2, 5)", "abs(-7.5) + answer", "2 * pi", "1 - - 1", "3 + 4 * 2 / (1 - 5) ** 2",
             "1 / 0", "(1 + 2", "1 + 2)", "2 $ 3", "foo + 1", "1.2.3 + 4", "2 ** 100", "0.1 + 0.2"]:
    try:
        rpn = to_rpn(tokenize(expr))
        rendered = " ".join(str(v) for _, v in rpn)
        print(f"{expr:<28} => {evaluate(rpn)!r:<26} [{rendered}]")
    except CalcError as e:
        print(f"{expr:<28} => error: {e}")
