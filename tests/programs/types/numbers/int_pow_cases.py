# Integer power: negative exponents, zero, huge results, three-argument pow.
for base in (-3, -2, -1, 0, 1, 2, 3):
    for exp in (0, 1, 2, 3, -1, -2):
        try:
            print(base, exp, base ** exp, pow(base, exp))
        except ZeroDivisionError as e:
            print(base, exp, "ZeroDivisionError", e)

print(2 ** 100, (-2) ** 101, 10 ** 50)
print(0 ** 0, 0.0 ** 0, (-1) ** 10**20, (-1) ** (10**20 + 1))
print(pow(2, -1), pow(-2, -3), pow(4, -0.5))
print(type(pow(2, 0)).__name__, type(pow(2, -1)).__name__)

# Three-argument pow
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(-3, 3, -5), pow(2, 0, 1), pow(2, 0, -1))
print(pow(7, 10**20, 13), pow(10**30 + 1, 10**25, 10**18 + 9))
print(pow(38, -1, 97), pow(38, -1, 97) * 38 % 97)
print(pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(2, -5, 1))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError", e)
for args in [(2, 3, 0), (2, -1, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError", e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, "5"), ("2", 3, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    print(pow(2, 3, None), pow(2, -1, None))
except Exception as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
try:
    pow(2)
except TypeError as e:
    print("TypeError", e)

class Idx:
    def __index__(self):
        return 5
try:
    print(pow(2, Idx(), 7))
except TypeError as e:
    print("TypeError", e)

print(True ** 2, False ** 0, pow(True, -1), pow(True, 3, 2))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(len(str(3 ** 5000)), str(7 ** 333)[:30], (3 ** 10000).bit_length())
print((-8) ** (1/3))
print(pow(-8, 1/3))
