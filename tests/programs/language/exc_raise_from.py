# Explicit chaining with raise ... from ..., and from None.

class ParseError(Exception):
    pass

def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ParseError(f"invalid port {text!r}") from e
    if not 0 < port < 65536:
        raise ParseError(f"port out of range: {port}")
    return port

for text in ["8080", "http", "99999"]:
    try:
        print(parse_port(text))
    except ParseError as e:
        print("ParseError:", e)
        print("  __cause__:", repr(e.__cause__))
        print("  __context__:", repr(e.__context__))
        print("  __suppress_context__:", e.__suppress_context__)

def lookup(config, key):
    try:
        return config[key]
    except KeyError:
        raise LookupError(f"missing setting {key}") from None

try:
    lookup({}, "db")
except LookupError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

# from with an exception class (instantiated automatically)
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

# Setting __cause__ manually
err = ValueError("manual")
err.__cause__ = TypeError("the cause")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise err
except ValueError as e:
    print("raised preserved cause:", repr(e.__cause__), e.__suppress_context__)

# from something that's not an exception
try:
    raise ValueError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)

# Chains can be walked
def walk(exc):
    chain = []
    while exc is not None:
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(chain)

def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")
try:
    level1()
except RuntimeError as e:
    print(walk(e))
