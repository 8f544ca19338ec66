# Empty bodies, pass, Ellipsis, and statements that do nothing visible.

def todo():
    pass

def stub():
    ...

class Empty:
    pass

class Marker:
    """Only a docstring."""

print(todo(), stub(), Empty.__name__, Marker.__doc__)

for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        pass
with Ctx():
    pass
print("all empty statements ran")

print(..., Ellipsis, ... is Ellipsis, type(...).__name__, bool(...))
x = [1, 2, 3]
try:
    x[...]
except TypeError as e:
    print(type(e).__name__, e)

# Expression statements are evaluated and discarded
calls = []
def side(v):
    calls.append(v)
    return v
side(1)
side(2) + side(3)
[side(4)]
side(5) if side(0) else side(6)
print(calls)

# A docstring-only function returns None and keeps its doc
def documented():
    "Just docs."
print(documented(), documented.__doc__)

# Nested empty functions and classes
def outer():
    def inner():
        pass
    class Local:
        pass
    return inner, Local
f, L = outer()
print(f(), L.__qualname__, f.__qualname__)

# Semicolons and compound statements on one line
a = 1; b = 2; c = a + b
if c == 3: print("c is", c); print("still in the if")
for i in range(2): print("loop", i)
while a < 3: a += 1
print(a)
class One: x = 1; y = 2
print(One.x + One.y)
