# divmod() and abs() across int, float, bool, complex, subclasses and user types.
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (10**20, 7), (-(10**20), 7.0), (0.0, -1), (-0.0, 1)]:
    print(a, b, divmod(a, b), type(divmod(a, b)[0]).__name__)
for a, b in [(1, 0), (1.0, 0.0), (1j, 1), (1, 1j), ("a", 1), (1, None)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
for v in [0, -0, 5, -5, -0.0, -1.5, float("-inf"), float("nan"), 3 + 4j, -1j, True, False, -(10**30), complex(float("inf"), 1)]:
    print(repr(v), repr(abs(v)), type(abs(v)).__name__)
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(type(abs(MyInt(-3))).__name__, type(abs(MyFloat(-2.0))).__name__, type(divmod(MyInt(7), 2)[0]).__name__, type(divmod(MyFloat(7), 2)[1]).__name__)
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __abs__(self):
        return "abs!"
print(divmod(D(), 3), divmod(3, D()), abs(D()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    abs()
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)
print(divmod(2**100 + 1, 2**50), divmod(-(2**100) - 1, 2**50), divmod(5, -(2**70)), divmod(-5, 2**70))
print(divmod(1e308, 1e-308) if False else "skip", divmod(1e300, 3.0), divmod(-1e-300, 1e300), divmod(5.0, float("inf")), divmod(-5.0, float("inf")))
try:
    divmod(1e308, 1e-10)
except OverflowError as e:
    print("OverflowError", e)
print(divmod(float("inf"), 1.0), divmod(float("nan"), 2.0), divmod(3, float("-inf")))
print(abs(-2**63), abs(-(2**53) - 1), int.__abs__(-7), float.__abs__(-0.0), complex.__abs__(-3 - 4j))
