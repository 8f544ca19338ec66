# format() of ints with every presentation type, alternate form, sign, zero padding.
vals = [0, 1, -1, 42, -42, 255, 65535, -65536, 2**64, -(2**70) + 3]
for t in ["", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "+#x", " #o", "08d", "#010x", "+08b", "c" if False else "d"]:
    print(repr(t), [format(v, t) for v in vals])
for t in ["e", "E", "f", "F", "g", "G", "%", ".2e", ".0f", ".3g", "#.0e", "+.1%", ".10g", "#g", "G", ".1f"]:
    print(repr(t), [format(v, t) for v in [0, 1, -7, 123456789, 10**17 + 1, -(2**60)]])
print([format(v, "c") for v in [65, 97, 0x263A, 0x1F600, 0, 10]])
for v, spec in [(-1, "c"), (0x110000, "c"), (65, "+c"), (65, "#c"), (1, ".2d"), (1, ".2x"), (1, "z"), (1, "zd"), (1, "s"), (1, "r"),
                (1, "xx"), (1, "=c"), (2**80, "c"), (1, "!"), (1, ".f" if False else ".1s"), (1, ",c"), (1, ",b"), (1, "_c"), (1, ",_d"),
                (1, "_,d"), (1, "0,d" if False else ",,d"), (1, "__d"), (1.5, "d"), (1.5, "x"), (1.5, "c"), (True, "q")]:
    try:
        print(repr(spec), format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(True, ""), format(True, "d"), format(False, "x"), format(True, "s") if False else format(True, "5"), format(True, "^6"))
print(f"{10:#b}", f"{-10:#o}", f"{255:#_x}", f"{10**12:_b}", f"{-255:#012_X}", f"{12345678:_o}", f"{0:#x}", f"{0:#b}")
print(format(2**100, "x"), format(-(2**100), "#X"), format(3**50, "o"), format(7**30, ","), format(-(7**30), "_"))
print(format(10**30, "e"), format(10**30, ".30e"), format(2**100, "f"), format(-(2**200), "g"))
try:
    format(10**400, "e")
except OverflowError as e:
    print("OverflowError", e)
print(format(10**20, "n"), format(-12345, "n"), format(12345, "010n"), format(5, "#n") if False else "")
