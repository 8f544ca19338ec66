# Truthiness: __bool__, then __len__, else always true.

class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Both()), len(Both()))
print("if Flag:")
if Flag(True):
    print("  taken")
if not Flag(False):
    print("  not taken -> negated")
print("and/or return operands:")
r = Flag(False) or "fallback"
print(r)
r = Sized(0) and "never"
print(type(r).__name__, len(r))

while_count = Sized(3)
steps = 0
while while_count:
    while_count.n -= 1
    steps += 1
print("steps", steps)

# Errors from bad __bool__/__len__
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)

class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)

class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)

# Builtins
values = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], {}, {0: 0}, (), ((),), None, set(), range(0), range(1), 0j, b""]
print([bool(v) for v in values])
print(any(Sized(0) for _ in range(3)), all(Sized(1) for _ in range(3)))
print(not Empty(), not Sized(0))
