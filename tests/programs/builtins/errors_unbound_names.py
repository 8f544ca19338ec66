# NameError / UnboundLocalError / AttributeError suggestions
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def use_undefined():
    return undefined_variable + 1
def unbound_local():
    total = counter + 1
    counter = 5
    return total
counter = 10
def deleted_local():
    x = 1
    del x
    return x
def closure_unbound():
    def inner():
        return y
    r = inner
    y = 1
    del y
    return r()
class Thing:
    def __init__(self):
        self.value = 1
    def method(self):
        return self.valeu
attempt("undefined", use_undefined)
attempt("unbound local", unbound_local)
attempt("deleted local", deleted_local)
attempt("closure", closure_unbound)
attempt("typo attr", lambda: Thing().method())
attempt("class attr", lambda: Thing.nothing)
attempt("typo builtin", lambda: lenn([]))
attempt("module attr", lambda: __import__("sys").maxsiz)
try:
    del never_defined
except NameError as e:
    print("del NameError:", e)
try:
    print(later_name)
except NameError as e:
    print("NameError:", e, e.name)
later_name = "now defined"
print(later_name)
try:
    Thing().missing
except AttributeError as e:
    print("AttributeError:", e, e.name, type(e.obj).__name__)
def gen():
    yield q
try:
    next(gen())
except NameError as e:
    print("NameError in generator:", e)
x = 5
def shadow():
    print(x)
    if False:
        x = 1
attempt("shadow", shadow)
def uses_global():
    global x
    x += 1
    return x
print(uses_global(), x)
def nonlocal_ok():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
print(nonlocal_ok())
try:
    exec_result = eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("2 ** 10"), eval("x * 2"), eval("[i for i in range(3)]"))
