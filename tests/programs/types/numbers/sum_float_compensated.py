# sum() of floats uses Neumaier compensation (3.12+); ints and other types switch the fast paths.
seed = 99
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for trial in range(40):
    n = rnd() % 30 + 1
    xs = []
    for i in range(n):
        mant = rnd() >> 12
        e = rnd() % 200 - 100
        xs.append(float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() % 2 else "", mant, e)))
    if trial % 5 == 0:
        xs.insert(n // 2, 10 ** 20)
    if trial % 7 == 0:
        xs.insert(0, 3)
    if trial % 11 == 0:
        xs.insert(n // 3, 2 ** 40)
    naive = 0.0
    for x in xs:
        naive += x
    print(repr(sum(xs)), repr(sum(xs, 0.5)), repr(sum(reversed(xs))), repr(naive))
print(sum([1e308, 1e308, -1e308]), sum([1e308, -1e308, 1e308]), sum([1e308] * 2 + [-1e308] * 2))
print(sum([0.1] * 10**4), sum([1e-16] * 10**4, 1.0), sum([1, 1e100, 1, -1e100]), sum([1.0, 2**60, 1.0, -(2**60)]))
print(sum([2.0**1023, 2.0**1023, -2.0**1023]), sum([float("inf"), 1e308, 1e308]), sum([-0.0, -0.0]), sum([-0.0], 0))
print(sum([1e16, 1.0, -1e16]), sum([1e16, 1.0, 1.0, -1e16]), sum([0.5, 2**53, 0.5]), sum([0.5, 2**64, 0.5, -(2**64)]))
class F(float):
    pass
class I(int):
    pass
print(sum([F(0.1)] * 10), sum([0.1, F(0.2), 0.3, 1e16, -1e16]), sum([0.1, True, 0.2]), sum([0.1, 2**80, 0.1, -(2**80)]))
print(sum([0.1, I(1), 1e100, -1e100]), sum([1e100, 0.1, 1j, -1e100]), sum([1e100, 1.0, -1e100], 0j), sum([I(2), I(3)]), type(sum([I(2), I(3)])).__name__)
print(sum([2**62, 2**62, 2**62, -(2**63)]), sum([-(2**63), -1, 0.5]), sum([2**63 - 1, 1, 1e-300]))
