# A hand-written tokenizer driven by a while loop and a state variable.

def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                seen_dot = seen_dot or src[i] == "."
                i += 1
            text = src[start:i]
            tokens.append(("NUM", float(text) if seen_dot else int(text)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(("KW" if word in ("let", "if", "else", "print") else "NAME", word))
        elif ch in "\"'":
            quote = ch
            i += 1
            buf = []
            while True:
                if i >= n:
                    raise SyntaxError(f"unterminated string starting with {quote}")
                c = src[i]
                if c == "\\" and i + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[i + 1], src[i + 1]))
                    i += 2
                    continue
                if c == quote:
                    i += 1
                    break
                buf.append(c)
                i += 1
            tokens.append(("STR", "".join(buf)))
        elif src.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/=<>(){};,":
            tokens.append(("OP", ch))
            i += 1
        elif ch == "#":
            while i < n and src[i] != "\n":
                i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens

program = """
let x = 42;   # the answer
let pi = 3.14159;
if (x >= 40) { print("big\\tnumber", x * .5); } else { print('small'); }
let name_2 = "it's \\"quoted\\"";
"""
for kind, value in tokenize(program):
    print(f"{kind:<5} {value!r}")

for bad in ['let s = "open', "x = 1 @ 2"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print(type(e).__name__, e)

counts = {}
for kind, _ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
