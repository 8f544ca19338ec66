# match with literal, capture, wildcard and OR patterns.

def http_status(code):
    match code:
        case 200:
            return "OK"
        case 201 | 202 | 204:
            return "success-ish"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case int(n) if 500 <= n < 600:
            return f"server error {n}"
        case str():
            return "code must be an int"
        case _:
            return "unknown"

for c in [200, 204, 302, 404, 418, 503, 600, "200", None]:
    print(repr(c), "->", http_status(c))

def literal_kinds(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -3:
            return "minus three"
        case 2 + 3j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case other:
            return f"other: {other!r}"

for v in [None, True, False, 0, 0.0, 1, 1.5, -3, 2 + 3j, "hi", b"raw", "bye", [], 1.0]:
    print(repr(v), "->", literal_kinds(v))

# True/False/None match by identity: 1 does not match True
match 1:
    case True:
        print("1 matched True")
    case 1:
        print("1 matched 1")

# Capture pattern binds even in an OR branch
def first_word(cmd):
    match cmd.split():
        case []:
            return "<empty>"
        case [("quit" | "exit") as word]:
            return f"leaving via {word}"
        case [word, *_]:
            return word
print(first_word(""), first_word("quit"), first_word("exit"), first_word("go north"))

# Wildcard does not bind
match 99:
    case _:
        pass
try:
    _
except NameError as e:
    print(type(e).__name__, e)

# Captured variable stays bound after the match
match (1, 2):
    case (a, b):
        pass
print(a, b)
