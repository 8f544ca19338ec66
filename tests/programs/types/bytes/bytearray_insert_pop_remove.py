# bytearray.insert, pop and remove.
b = bytearray(b"ace")
b.insert(1, ord("b"))
b.insert(3, 100)
print(b)
b.insert(0, 48)
b.insert(100, 122)
b.insert(-1, 121)
b.insert(-100, 47)
print(b)
b.insert(len(b), 33)
print(b)

class I:
    def __index__(self):
        return 2

b.insert(I(), I() .__index__() + 40)
print(b)
for bad_args in ((0, 256), (0, -1)):
    try:
        b.insert(*bad_args)
    except ValueError as e:
        print("ValueError", e)
for bad_args in ((0, "a"), ("0", 65), (0, b"a"), (0.0, 65), (0,), ()):
    try:
        b.insert(*bad_args)
    except TypeError as e:
        print("TypeError", e)
try:
    b.insert(2 ** 70, 1)
except OverflowError as e:
    print("OverflowError", e)

print(b.pop(), b)
print(b.pop(0), b)
print(b.pop(-2), b)
print(b.pop(I()), b)
for bad in (100, -100):
    try:
        b.pop(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
try:
    bytearray().pop(0)
except IndexError as e:
    print("IndexError", e)
try:
    b.pop("1")
except TypeError as e:
    print("TypeError", e)
try:
    b.pop(1, 2)
except TypeError as e:
    print("TypeError", e)

r = bytearray(b"abcabc")
r.remove(ord("b"))
print(r)
r.remove(99)
print(r)
try:
    r.remove(ord("z"))
except ValueError as e:
    print("ValueError", e)
try:
    r.remove(300)
except ValueError as e:
    print("ValueError", e)
for bad in (b"a", "a", None):
    try:
        r.remove(bad)
    except TypeError as e:
        print("TypeError", e)
print(r.remove(97), r)
s = bytearray(b"x")
print(s.pop(), s, len(s))
