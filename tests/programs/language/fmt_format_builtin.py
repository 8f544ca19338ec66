# format() builtin, __format__ protocol and format-spec errors.

print(format(42), format(42, ""), format(42, "05"), format("s"), format(None), format([1, 2]))
print(format(3.5, ".3f"), format(True, ""), format(True, "d"), format(1 + 2j, ".1f"), format(-1j, ">8"))

class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        unit = "C"
        if spec.endswith(("C", "F", "K")):
            unit, spec = spec[-1], spec[:-1]
        value = {"C": self.deg, "F": self.deg * 9 / 5 + 32, "K": self.deg + 273.15}[unit]
        return f"{value:{spec or '.1f'}}°{unit}"

t = Celsius(21.5)
print(format(t), format(t, "F"), format(t, ".3K"), f"{t:>10.0F}", "{:C}".format(t))
print(f"{t!s}".startswith("<__main__.Celsius object"))

# __format__ must return str
class Bad:
    def __format__(self, spec):
        return 123
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)

# Default object.__format__ rejects non-empty specs
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)

# Format spec errors for builtin types
specs = [
    (1, "=s"), (1, "z"), ("s", "=10"), ("s", "+"), ("s", "#"), (1.5, "x"), (1, ".f"),
    (1, "10.2.3f"), ("x", "0=5"), (1, "abc"), (None, "s"), ([], "d"), (1j, "="), (1j, "05"),
]
for value, spec in specs:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(f"{value!r:>5} {spec!r:>9}: {type(e).__name__}: {e}")

# Formatting with type conversions of bools and ints in floats
print(format(True, ".2f"), format(10, "%"), format(1, "e"), format(0, "g"), format(7, "n"))

# str subclass __format__ is inherited from str
class Tag(str):
    pass
print(format(Tag("t"), "^5"), f"[{Tag('ab'):*>4}]")

# int subclass with overridden __format__
class Hex(int):
    def __format__(self, spec):
        return "0x" + int.__format__(self, spec or "x")
print(f"{Hex(255)} {Hex(255):04X} {Hex(255) + 1}")
