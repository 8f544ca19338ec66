# repr() of doubles across the whole exponent range must round-trip and be shortest.
seed = 7
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for i in range(90):
    mant = rnd() >> 12
    exp = (rnd() % 2046) - 1022
    x = float.fromhex("0x1.%013xp%d" % (mant, exp))
    r = repr(x)
    print(r, float(r) == x, str(x) == r, len(r))
for i in range(20):
    mant = rnd() >> 12
    x = float.fromhex("0x0.%013xp-1022" % mant)
    print(repr(x), float(repr(x)) == x)
for k in range(1, 30):
    x = 10.0 ** -k
    y = 2.0 ** k / 3.0
    print(repr(x), repr(y), repr(x * 7), repr(1 - x))
