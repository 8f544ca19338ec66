# "Did you mean" for an AttributeError on a module

import sys

print(type(sys).__name__, sys.__name__)
print(sorted(n for n in ["path", "argv", "modules", "maxsize"] if hasattr(sys, n)))

try:
    sys.argvv
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj is sys, str(e))

# module objects made with the module type
ModuleType = type(sys)
m = ModuleType("scratch", "a scratch module")
m.value = 1
m.values_list = [1, 2]
print(m.__name__, m.__doc__, m.value, sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.valu
except AttributeError as e:
    print(str(e))

# module __getattr__ (PEP 562)
def module_getattr(name):
    if name == "dynamic":
        return "made on demand"
    raise AttributeError(f"module 'scratch' has no attribute '{name}'")
m.__getattr__ = module_getattr
print(m.dynamic)
try:
    m.other
except AttributeError as e:
    print(str(e))

# deleting a module attribute
del m.value
print(hasattr(m, "value"))
try:
    del m.value
except AttributeError as e:
    print(str(e))

print(repr(m)[:17])
print(sys.maxsiz)
