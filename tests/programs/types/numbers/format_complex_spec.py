# format() of complex numbers: presentation types, alignment, and errors.
vals = [1 + 2j, -1.5 - 2.25j, 0j, -0j, complex(-0.0, 0), 1j, 3 + 0j, complex(1e20, -1e-20), complex(float("inf"), float("nan")), 123.456 - 789.012j]
for t in ["", "e", "E", "f", "F", "g", "G", ".2f", ".0e", ".3g", "+", " ", "+.1f", "#.0f", "#g", "20", "<20", "^24.2f", "*>20", ",.2f", "_", ".1",
          ".1g", "n", "r" if False else "10.3"]:
    print(repr(t), [format(z, t) for z in vals])
for spec in ["%", "=20", "020", "d", "x", "c", "s", "b", "=", "0", "010.2f"]:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{1j:}", f"{(1+1j):.3}", f"{-1-1j:g}", f"{complex(1, -0.0):}", f"{complex(0.0, 1):g}", f"{complex(-0.0, 1):}", f"{complex(-0.0, 1):g}")
print(format(complex(1e16, 1e-5), ""), format(complex(1e16, 1e-5), "g"), format(complex(0.1, 0.2), ".17g"), str(complex(0.1, 0.2)))
class MyC(complex):
    pass
print(format(MyC(1, 2), ""), format(MyC(1, 2), ".1f"))
try:
    format(MyC(1, 2), "d")
except ValueError as e:
    print("ValueError", e)
print(complex.__format__(1j, ".2f"))
