# %-style and format() precision on pseudo-random doubles (correct decimal rounding).
seed = 2024
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for i in range(45):
    bits_m = rnd() >> 12
    e = (rnd() % 120) - 60
    x = float.fromhex("0x1.%013xp%d" % (bits_m, e))
    if i % 4 == 1:
        x = -x
    p = rnd() % 18
    print(repr(x), format(x, ".%de" % p), format(x, ".%df" % (p % 12)), format(x, ".%dg" % (p + 1)), "%.*g" % (p, x), round(x, p - 6))
halfway = [0.5, 1.5, 2.5, 0.125, 0.375, 1.0625, 1e22 + 0.0, 5e-324, 2.0**-1074 * 3, 0.045, 1.005, 1234.5, 9.5, 99.5, 999.5]
for x in halfway:
    print(repr(x), format(x, ".0f"), format(x, ".1f"), format(x, ".2f"), format(x, ".0e"), format(x, ".1e"), format(x, ".3g"))
print(format(5e-324, ".1100f")[-30:], len(format(5e-324, ".1100f")), format(2.0**1023, ".0f")[:30], len(format(2.0**1023, ".0f")))
print(format(1e23, ".0f"), format(1e22, ".1f"), format(9007199254740993.0, ".0f"), format(0.1, ".30f"), format(0.3, ".20e"))
