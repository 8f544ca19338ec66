# Defaults, keyword-only parameters and their introspection.

def connect(host, port=80, *, timeout=10.0, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"

print(connect("example.org"))
print(connect("example.org", 8080))
print(connect("example.org", secure=True, port=443))
print(connect(host="h", timeout=1.5))

print(connect.__defaults__)
print(sorted(connect.__kwdefaults__.items()))

def required_kw(*, name, age):
    return f"{name} is {age}"

print(required_kw(age=3, name="Rex"))
for call in (lambda: required_kw("Rex", 3),
             lambda: required_kw(name="Rex"),
             lambda: required_kw(),
             lambda: connect("h", 1, 2),
             lambda: connect()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# Changing __defaults__ at runtime affects future calls
def greet(who="world", punct="!"):
    return "hello " + who + punct

print(greet())
greet.__defaults__ = ("there", "?")
print(greet())
print(greet("you"))
greet.__kwdefaults__ = None
print(greet.__kwdefaults__)

def only_kw_defaults(*, a=1, b):
    return a, b
print(only_kw_defaults(b=2))
print(only_kw_defaults.__kwdefaults__)
print(only_kw_defaults.__defaults__)
