# NameError for a standard-library module name that was not imported

def use_math():
    try:
        return math.pi
    except NameError as e:
        return ("caught", e.name, str(e))

print(use_math())

# importing then deleting the name
import sys
print(sys.maxsize > 0)
del sys
try:
    sys.version
except NameError as e:
    print("after del:", e.name, e)

# a module name that is also close to a local
def helper():
    syss = "local"
    try:
        return sys
    except NameError as e:
        return e.name
print(helper())

# globals() shows it's gone
print("sys" in globals(), "use_math" in globals())

# re-import and use
import sys as system
print(system.maxsize == 2 ** 63 - 1)

values = [3, 1, 2]
print(sorted(values))
print(values)
print("now using an unimported module")
print(collections.Counter(values))
