# bin/oct/hex and format in bases for small, negative and huge ints; round trips through int().
vals = [0, 1, -1, 7, -8, 255, -256, 2**31 - 1, -(2**31), 2**63, -(2**63) - 1, 2**100 + 3, -(3**80), 10**25]
for v in vals:
    b, o, h = bin(v), oct(v), hex(v)
    print(v, b, o, h, int(b, 0) == v, int(o, 0) == v, int(h, 0) == v, int(b, 2) == v if False else int(b.replace("0b", ""), 2) == v)
for v in [0, 5, -5, 2**64 - 1, -(2**64)]:
    print(format(v, "b"), format(v, "#o"), format(v, "X"), format(v, "#X"), "%#x" % v, "%o" % v, "%X" % v, f"{v:#_b}")
for base in range(2, 37):
    n = 36 ** 5 - base * 12345
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    m = n
    while m:
        m, r = divmod(m, base)
        s = digits[r] + s
    print(base, s, int(s, base) == n, int(s.upper(), base) == n, int("-" + s, base) == -n)
print(hex(2**1000)[:20], len(hex(2**1000)), len(bin(2**1000)), len(oct(2**1000)), oct(8**100)[:10])
print(hex(-0), bin(-0), oct(-0), hex(True), bin(False), oct(True))
for bad in [1.0, "1", None, 1j, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bin()
except TypeError as e:
    print("TypeError", e)
try:
    oct(1, 2)
except TypeError as e:
    print("TypeError", e)
