# Division by a zero Fraction names the divisor's denominator, as CPython's fractions does;
# three-argument pow() is refused with CPython's message.
from fractions import Fraction as F

cases = [
    ("F(3) / 0", lambda: F(3) / 0),
    ("F(-10, 3) / F(0)", lambda: F(-10, 3) / F(0)),
    ("1 / F(0)", lambda: 1 / F(0)),
    ("F(7, 3) / 0.0", lambda: F(7, 3) / 0.0),
    ("F(0) ** -2", lambda: F(0) ** -2),
    ("F(0, 5) ** -3", lambda: F(0, 5) ** -3),
    ("F(5, 0)", lambda: F(5, 0)),
    ("F(7) // 0", lambda: F(7) // 0),
    ("F(7) % F(0)", lambda: F(7) % F(0)),
    ("divmod(F(7), 0)", lambda: divmod(F(7), 0)),
    ("pow(F(2), 3, 5)", lambda: pow(F(2), 3, 5)),
    ("pow(2, F(3), 5)", lambda: pow(2, F(3), 5)),
    ("F(2) ** F(3)", lambda: F(2) ** F(3)),
    ("2 ** F(-2)", lambda: 2 ** F(-2)),
    ("F(-2, 3) ** -3", lambda: F(-2, 3) ** -3),
]
for text, f in cases:
    try:
        print(text, "->", repr(f()))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
