# Name resolution: LEGB and shadowing builtins.

x = "global x"

def show():
    return x

def shadow():
    x = "local x"
    def inner():
        return x
    return inner(), show()

print(shadow())

# Shadowing a builtin locally
def uses_len(items):
    len = lambda s: "custom"
    return len(items)

print(uses_len([1, 2]), len([1, 2]))

# Shadowing a builtin globally, then deleting the shadow
def max(*args):
    return "my max"

print(max(1, 2))
del max
print(max(1, 2))

print(len("abc"), type(len).__name__)

# A function parameter shadows a global
value = 100
def add(value):
    return value + 1
print(add(1), value)

# Class attribute shadowing a global inside class body
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
print(C.z, C().method())

# Loop variable leaks into enclosing scope
for i in range(3):
    pass
print("i after loop:", i)

# Comprehension variable does not leak
j = "before"
squares = [j * j for j in range(4)]
print("j after comprehension:", j, squares)

# except-clause variable is deleted after the block
err = "outer"
try:
    1 / 0
except ZeroDivisionError as err:
    print("caught:", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
