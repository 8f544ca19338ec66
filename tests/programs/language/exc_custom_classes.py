# Custom exception classes: __init__, __str__, __repr__, args and extra attributes.

class ValidationError(Exception):
    def __init__(self, field, message, value=None):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.value = value
    def __str__(self):
        return f"{self.field}: {self.message}" + (f" (got {self.value!r})" if self.value is not None else "")

class HttpError(Exception):
    status = 500
    reason = "Internal Server Error"
    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail
    def __str__(self):
        return f"{self.status} {self.reason}" + (f": {self.detail}" if self.detail else "")

class NotFound(HttpError):
    status = 404
    reason = "Not Found"

class NoInit(Exception):
    pass

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b

e = ValidationError("age", "must be positive", -3)
print(e, "|", repr(e), "|", e.args, e.field)
print(str(ValidationError("name", "required")))
print(NotFound("/missing"), "|", repr(NotFound("/x")), "|", NotFound().args)
print(HttpError(), isinstance(NotFound(), HttpError))

n = NoInit("a", 2, None)
print(str(n), repr(n), n.args)
print(str(NoInit()), repr(NoInit()), repr(NoInit("single")), str(NoInit("single")))

ns = NoSuper(1, 2)
print(ns.args, repr(ns), str(ns), ns.a + ns.b)

# Raising and catching custom exceptions with extra data
def fetch(path):
    routes = {"/": "home", "/about": "about page"}
    if path not in routes:
        raise NotFound(path)
    if path == "/about":
        raise HttpError("database down")
    return routes[path]

for path in ["/", "/about", "/nope"]:
    try:
        print(fetch(path))
    except NotFound as err:
        print("404 handler:", err, err.status)
    except HttpError as err:
        print("generic handler:", err, err.status)

# args can be reassigned; str follows args when __str__ isn't overridden
n.args = ("changed",)
print(str(n), repr(n))
n.args = ()
print(repr(str(n)))

# Exceptions are normal objects: attributes, equality by identity, instances in lists
errs = [ValueError("x"), ValueError("x")]
print(errs[0] == errs[1], errs[0].args == errs[1].args)
errs[0].extra = "attached"
print(errs[0].extra, vars(errs[0]))

# with_traceback returns the same exception
v = ValueError("tb")
print(v.with_traceback(None) is v, v.__traceback__)
