# Value patterns (dotted names), constants and the difference from capture patterns.

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    MAX = 100
    MIN = 0

def classify(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case Limits.MAX:
            return "at max"
        case Limits.MIN:
            return "at min"
        case _:
            return "unknown"

print([classify(c) for c in ["red", "green", "blue", 100, 0, 0.0, False, "pink"]])

# A bare name is a capture pattern, not a value pattern
RED = "red"
def broken(c):
    match c:
        case Color.BLUE:
            return "blue"
        case RED:              # captures anything!
            return f"captured {RED!r}"
print(broken("blue"), broken("purple"))

# Value patterns compare with ==
class AlwaysEqual:
    def __eq__(self, other):
        return True
class Consts:
    ANY = AlwaysEqual()
match 12345:
    case Consts.ANY:
        print("AlwaysEqual matched via __eq__")

# Dotted names through modules-like objects and nested classes
class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404
def status_text(code):
    match code:
        case Http.Status.OK:
            return "ok"
        case Http.Status.NOT_FOUND:
            return "missing"
        case int():
            return "other"
print(status_text(200), status_text(404), status_text(500))

# Values inside sequences and mappings
def route(req):
    match req:
        case ("GET", "/"):
            return "home"
        case ("GET", path) if path.startswith("/static/"):
            return "static " + path[8:]
        case (("POST" | "PUT") as method, "/api", {"id": int(ident)}):
            return f"{method} api id={ident}"
        case (method, _, *_):
            return f"{method} not allowed"
print(route(("GET", "/")), route(("GET", "/static/app.js")),
      route(("PUT", "/api", {"id": 3})), route(("POST", "/api", {"id": "x"})), route(("DELETE", "/x")))

# Negative numbers and complex literals are allowed
def numbers(n):
    match n:
        case -1:
            return "minus one"
        case -1.5:
            return "minus one and a half"
        case 1j:
            return "i"
        case -2 - 1j:
            return "complex"
        case _:
            return "other"
print([numbers(v) for v in [-1, -1.5, 1j, -2 - 1j, 2]])
