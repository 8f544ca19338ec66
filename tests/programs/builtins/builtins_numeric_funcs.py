# hex/oct/bin/format/divmod/abs/round/ascii
for n in [0, 1, -1, 255, -255, 2 ** 40, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#o"), format(n, "b"))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), [1, 2, 3][Idx() % 2] if False else "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"[Idx()])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(2 ** 100, 3 ** 30))
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError", e)
print(format(3), format("s", ">3"), format(3.5, "08.3f"), format([1, 2]), format(None), format(0.1, ".30f"))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)
print(repr(1), repr("s"), repr(1.0), repr([1, "s"]), repr(None), repr(Ellipsis), repr(...), repr(NotImplemented))
print(ascii("ñ"), ascii(b"\xf1"), ascii(["é"]), ascii(123))
print(pow(2, 8), pow(2.0, -1), pow(-1, 0.5) == 1j, abs(pow(-1, 0.5) - 1j) < 1e-15, pow(3, 4, 5))
print(round(2.567, 2), round(-2.567, 1), round(2.5), round(3.5), round(-2.5), round(12.5, -1), round(1e15 + 0.5))
print(int.__name__, float.__name__, complex.__name__, str.__name__, bytes.__name__, object.__name__)
print(max(range(5), key=lambda x: (x % 3, x)), min("zebra", "apple", "mango"), sorted(map(abs, [-3, 1, -2])))
print(sum(x / 10 for x in range(11)), sum([10 ** 20, 1, -10 ** 20]), sum([1e20, 1.0, -1e20]), sum((0.1, 0.2)), sum(range(1, 11), -55))
