# hash() of pseudo-random floats and of their int/complex equivalents (CPython's modular scheme).
seed = 77
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for i in range(40):
    x = float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() % 2 else "", rnd() >> 12, rnd() % 2000 - 1000))
    h = hash(x)
    print(repr(x), h, hash(complex(x, 0)) == h, hash(complex(0, x)), hash(complex(x, x)))
for n in range(-3, 60, 7):
    x = 2.0 ** n
    print(n, hash(x), hash(-x), hash(x + 0.5) if n > 1 else hash(x / 3), hash(int(x)) == hash(x) if n >= 0 else "")
for n in [2**61 - 2, 2**61 + 5, 2**122, 3**100, -(7**70), 10**19, -(10**19)]:
    print(hash(n), hash(float(n)) == hash(int(float(n))), hash(complex(n, 1)) if n < 2**100 else "")
