# Unary -, +, ~, not on ints/floats/complex/bool; and/or return operands; truthiness of numbers.
for v in [0, 1, -1, 2**63, -(2**63), 2**200, 0.0, -0.0, 1.5, float("nan"), 0j, -1j, True, False]:
    r = [repr(-v), repr(+v), repr(not v), repr(bool(v))]
    if isinstance(v, int) and not isinstance(v, bool):
        r.append(repr(~v))
        r.append(repr(~~v == v))
        r.append(repr(-v == ~v + 1))
    print(repr(v), " ".join(r))
print(-(-(2**63)), --5, -+-5, +-+-5, - - 2**64, -0 == 0, -0.0 == 0.0, repr(-0.0), repr(-(0.0)), repr(0.0 * -1), repr(-0), repr(-0 * 1.0))
print(0 or 0.0 or 0j or "last", 1 and 2.5 and 3j, 0.0 and 1, -0.0 or None, float("nan") and "nan is truthy", 2**100 and 0)
print(not 0, not 0.0, not -0.0, not 0j, not 1e-320, not 2**-1074 if False else not 5e-324, not float("inf"))
print([v for v in [0, 1, 0.0, -0.0, 0j, 1j, False, True, 2**70, 1e-320] if v])
print(sum(1 for v in range(-5, 5) if v), all([1, 2.0, 3j]), any([0, 0.0, 0j, False]), any([0, 0.0, 1e-320]))
x = 5
print(-x, +x, ~x, -x ** 2, (-x) ** 2, ~x ** 2, -~x, ~-x, not -x, -(not x))
class Neg:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __bool__(self):
        return False
n = Neg()
print(-n, +n, ~n, not n, bool(n), n or "fallback", (n and "unreached") is n)
class NoUnary:
    pass
for f in [lambda: -NoUnary(), lambda: +NoUnary(), lambda: ~NoUnary(), lambda: -"s", lambda: ~1.0, lambda: ~1j, lambda: +[1]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
