# Alignment, fill, width and thousands grouping for integers.
for spec in ["10", "<10", ">10", "^10", "=10", "*<10", "*>10", "*^10", "*=10", "0=10", "010", "+010", "-^11", "x=+10", "=+10", "<010", ">010",
             "^010", "0^9", " =8", "\u00e9^9", "{^7", "}>7", "0<5"]:
    print(repr(spec), [format(v, spec) for v in [0, 7, -7, 12345]])
for spec in [",", "_", ",d", "_d", "015,", "015_", "+,", "10,", "<12,", "=12,", "^13_", "_x", "_b", "_o", "_X", "#_x", "#015_b", "012_o",
             "09,", "08,", "07,", "06,", "05,", "04,", "z" if False else ","]:
    print(repr(spec), [format(v, spec) for v in [0, 1234, -1234567, 10**10, 255, -(2**33)]])
for v in [1, 12, 123, 1234, 12345, 123456, 1234567, -1234567890]:
    print(f"{v:,}|{v:_}|{v:>12,}|{v:012,}|{v:+015_}|{v:x}|{v:_x}|{v:#_b}")
print(f"{5:{'>'}{8}}", f"{-5:{0}{6}}", f"{255:{'#'}{'x'}}", "{:^{}}".format(7, 5), "{0:{1}{2}}".format(3, "<", 4))
try:
    format(1, "9" * 30)
except ValueError as e:
    print("ValueError", e)
try:
    format(1, ".%d" % 2**70)
except ValueError as e:
    print("ValueError", e)
try:
    format(1, "<<<")
except ValueError as e:
    print("ValueError", e)
print(format(1, "\x00<5") == "1" + "\x00" * 4, format(12, "€^6"))
class MyInt(int):
    pass
print(format(MyInt(42), ""), format(MyInt(42), "5"), f"{MyInt(-3):_>6}")
try:
    format(MyInt(1), "y")
except ValueError as e:
    print("ValueError", e)
try:
    format(True, "y")
except ValueError as e:
    print("ValueError", e)
print(int.__format__(5, ""), int.__format__(5, "03"), (5).__format__("x"))
try:
    int.__format__(5, 3)
except TypeError as e:
    print("TypeError", e)
try:
    format(5, None)
except TypeError as e:
    print("TypeError", e)
