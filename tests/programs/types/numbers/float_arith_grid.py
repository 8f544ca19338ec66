# +, -, *, / on pseudo-random doubles: IEEE results shown with repr.
seed = 424242
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rfloat(span):
    return float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() % 2 else "", rnd() >> 12, rnd() % (2 * span) - span))
for i in range(50):
    a, b = rfloat(60), rfloat(60)
    print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // b), repr(a % b))
for i in range(10):
    a, b = rfloat(1000), rfloat(1000)
    try:
        p = a * b
    except OverflowError:
        p = "overflow"
    print(repr(a), repr(b), repr(p), repr(a / b) if abs(b) > 0 else "")
print(repr(0.1 * 3), repr(0.1 + 0.2 - 0.3), repr(1e308 * 10), repr(-1e308 * 10), repr(5e-324 / 2), repr(2.2250738585072014e-308 / 3))
