# bytearray item assignment and deletion with ints.
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
b[2] = True
print(b)

class I:
    def __index__(self):
        return 3

b[I()] = I()
print(b)
for value in (256, -1, 1000, 2 ** 64):
    try:
        b[0] = value
    except ValueError as e:
        print("ValueError", e)
for value in (b"x", "x", 1.0, None, [1]):
    try:
        b[0] = value
    except TypeError as e:
        print("TypeError", e)
for index in (6, -7, 2 ** 70):
    try:
        b[index] = 1
    except IndexError as e:
        print("IndexError", e)
for index in ("0", 1.0, None):
    try:
        b[index] = 1
    except TypeError as e:
        print("TypeError", e)
print(b)

del b[0]
print(b)
del b[-1]
print(b)
for index in (10, -10):
    try:
        del b[index]
    except IndexError as e:
        print("IndexError", e)
try:
    del b["x"]
except TypeError as e:
    print("TypeError", e)
print(b)

# bytes is immutable
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del b"abc"[0]
except TypeError as e:
    print("TypeError", e)
try:
    b"abc"[0:1] = b"x"
except TypeError as e:
    print("TypeError", e)

# checks happen index-first?
try:
    b[100] = 300
except (IndexError, ValueError) as e:
    print(type(e).__name__, e)
try:
    b[100] = "x"
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
e = bytearray()
try:
    e[0] = 1
except IndexError as exc:
    print("IndexError", exc)
print(bytearray.__setitem__(b, 0, 122), b)
print(bytearray.__delitem__(b, 0), b)
try:
    b[2 ** 70] = "x"
except (IndexError, TypeError) as exc:
    print(type(exc).__name__, exc)
