# A tokenizer for a Python subset emitting INDENT/DEDENT tokens, with error reporting
SOURCE = '''
def fib(n):
    """Return the nth Fibonacci number."""
    a, b = 0, 1
    for _ in range(n):  # loop
        a, b = b, a + b
    return a

class Point:
    def __init__(self, x=0.5, y=-1e3):
        self.x = x
        if x >= 0 and y != 0:
            self.label = f"P({x}, {y})"
        else:
            pass
print(fib(10), 0x1F, 1_000, 'it\\'s', [1, 2][::-1], x ** 2 // 3)
'''
KEYWORDS = {"def", "return", "for", "in", "class", "if", "else", "and", "or", "not", "pass", "None", "True", "False"}
OPERATORS = sorted(["**", "//", ">=", "<=", "==", "!=", "->", "+=", "-=", "+", "-", "*", "/", "%", "=", "<", ">",
                    "(", ")", "[", "]", "{", "}", ",", ":", ".", ";"], key=len, reverse=True)

class TokenizeError(Exception):
    pass

def tokenize(src):
    tokens, indents = [], [0]
    for lineno, line in enumerate(src.splitlines(), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if indent > indents[-1]:
            indents.append(indent)
            tokens.append(("INDENT", "", lineno))
        while indent < indents[-1]:
            indents.pop()
            tokens.append(("DEDENT", "", lineno))
        if indent != indents[-1]:
            raise TokenizeError(f"line {lineno}: inconsistent dedent")
        i = indent
        while i < len(line):
            ch = line[i]
            if ch == " ":
                i += 1
                continue
            if ch == "#":
                break
            q_at = i + 1 if ch in "frbFRB" and i + 1 < len(line) and line[i + 1] in "'\"" else i
            if line[q_at] in "'\"":
                q = line[q_at:q_at + 3] if line[q_at:q_at + 3] in ('"""', "'''") else line[q_at]
                j = q_at + len(q)
                while j < len(line) and not line.startswith(q, j):
                    j += 2 if line[j] == "\\" else 1
                if j >= len(line):
                    raise TokenizeError(f"line {lineno}: unterminated string")
                j += len(q)
                tokens.append(("STRING", line[i:j], lineno))
                i = j
            elif ch.isdigit() or (ch == "." and i + 1 < len(line) and line[i + 1].isdigit()):
                j = i + 1
                is_hex = line[i:i + 2].lower() == "0x"
                while j < len(line) and (line[j].isalnum() or line[j] in "._" or (line[j] in "+-" and line[j - 1] in "eE" and not is_hex)):
                    j += 1
                tokens.append(("NUMBER", line[i:j], lineno))
                i = j
            elif ch.isalpha() or ch == "_":
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                word = line[i:j]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno))
                i = j
            else:
                for op in OPERATORS:
                    if line.startswith(op, i):
                        tokens.append(("OP", op, lineno))
                        i += len(op)
                        break
                else:
                    raise TokenizeError(f"line {lineno}: unexpected character {ch!r}")
        tokens.append(("NEWLINE", "", lineno))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", "", lineno))
    tokens.append(("ENDMARKER", "", lineno))
    return tokens

toks = tokenize(SOURCE)
line = None
for kind, text, lineno in toks:
    if lineno != line:
        print(f"\n{lineno:>3}:", end="")
        line = lineno
    print(f" {kind}" + (f"({text})" if text else ""), end="")
print()
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
print("names:", sorted({t for k, t, _ in toks if k == "NAME"}))
print("numbers:", [t for k, t, _ in toks if k == "NUMBER"])
for bad in ["x = 'oops\n", "if x:\n        a\n    b\n", "y = 3 $ 4\n"]:
    try:
        tokenize(bad)
    except TokenizeError as e:
        print("TokenizeError:", e)
