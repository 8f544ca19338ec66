# global statements: module state, configuration and caching patterns.

DEBUG = False
_cache = {}
_calls = 0

def configure(**options):
    global DEBUG
    if "debug" in options:
        DEBUG = options["debug"]

def log(msg):
    if DEBUG:
        print("[debug]", msg)

def expensive(n):
    global _calls
    _calls += 1
    log(f"computing {n}")
    return sum(i * i for i in range(n))

def cached(n):
    if n not in _cache:
        _cache[n] = expensive(n)
    return _cache[n]

print(cached(10), cached(10), _calls)
configure(debug=True)
print(cached(20), cached(10), _calls)
configure(debug=False)
print(cached(30), _calls, sorted(_cache))

# global declaration creates the name if it doesn't exist yet
def create():
    global brand_new
    brand_new = "exists now"
print("brand_new" in globals())
create()
print(brand_new)

# A global declaration applies to the whole function body
def reads_then_writes():
    global counter_g
    counter_g = counter_g + 1 if "counter_g" in globals() else 1
    return counter_g
print(reads_then_writes(), reads_then_writes())

# global inside a nested function refers to the module, skipping enclosing functions
value = "module value"
def outer():
    value = "outer local"
    def inner():
        global value
        value = "set by inner"
    inner()
    return value
print(outer(), value)

# global in a class body
class Registry:
    global registry_count
    registry_count = 0
    def __init__(self):
        global registry_count
        registry_count += 1
Registry(); Registry()
print(registry_count)

# Global and del
def remove():
    global brand_new
    del brand_new
remove()
print("brand_new" in globals())

# Functions see module globals at call time, not definition time
def read_later():
    return later_defined
later_defined = "defined after the function"
print(read_later())
