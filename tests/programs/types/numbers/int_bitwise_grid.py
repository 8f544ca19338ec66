# &, |, ^, ~, <<, >> on pseudo-random big positive and negative ints (two's complement semantics).
seed = 31337
def rnd(bits):
    global seed
    out = 0
    for _ in range((bits + 31) // 32):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = (out << 31) | seed
    return out % (2 ** bits)
def digest(n):
    return "%x" % (n % 2**64) + ("-" if n < 0 else "+") + str(n.bit_length())
for i in range(40):
    a = rnd(rnd(8) + 1) * (-1 if i % 2 else 1)
    b = rnd(rnd(8) + 1) * (-1 if i % 3 == 0 else 1)
    s = rnd(7)
    print(digest(a & b), digest(a | b), digest(a ^ b), digest(~a), digest(a << s), digest(a >> s), (a & b) + (a | b) == a + b, (a ^ b) == (a | b) - (a & b))
for a in [-1, -2, -(2**64), -(2**64) + 1, 2**64 - 1, 0]:
    for b in [0xFF, -256, 2**70 - 1, -(2**70)]:
        print(a & b, a | b, a ^ b)
print(-(2**100) >> 99, -(2**100) >> 100, -(2**100) >> 101, -(2**100 + 1) >> 100, (2**100 - 1) >> 100, -1 >> 0, ~(2**100), ~-(2**100))
