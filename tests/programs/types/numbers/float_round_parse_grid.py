# round(x, n) and float(str) on pseudo-random inputs: correctly rounded decimal conversions both ways.
seed = 11
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for i in range(300):
    x = float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() % 2 else "", rnd() >> 12, rnd() % 200 - 100))
    n = rnd() % 40 - 20
    print(repr(round(x, n)), end=" ")
print()
for i in range(300):
    digits = "".join(str(rnd() % 10) for _ in range(rnd() % 40 + 1))
    e = rnd() % 700 - 350
    s = "0." + digits + "e" + str(e)
    print(repr(float(s)), end=" ")
print()
# halfway-ish decimal strings
for i in range(100):
    x = float.fromhex("0x1.%013xp%d" % (rnd() >> 12, rnd() % 100 - 50))
    y = float.fromhex("0x1.%013xp%d" % ((rnd() >> 12), 0))
    nxt = x + x * 2**-53  # near halfway
    s = "%.40e" % nxt
    print(repr(float(s)), end=" ")
print()
