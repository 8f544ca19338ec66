# Float // and % on a deterministic grid of awkward operands (fmod-based semantics).
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11
vals = [0.1, 0.2, 0.3, 0.7, 1.0, 1.1, 2.5, 3.0, 1e-3, 1e10, 1e22, 123.456, 1e-300, 1e300, 5e-324, 7.0]
for a in vals:
    row = []
    for b in [0.1, 0.3, 1.1, 7.0, 1e-3, 1e300]:
        row.append("%r/%r" % (a // b, a % b))
        row.append("%r/%r" % ((-a) // b, (-a) % b))
    print(a, " ".join(row))
for i in range(60):
    m = rnd()
    e = rnd() % 80 - 40
    a = float.fromhex("0x%xp%d" % (m, e)) * (1 if rnd() % 2 else -1)
    m2 = rnd()
    e2 = rnd() % 60 - 60
    b = float.fromhex("0x%xp%d" % (m2, e2)) * (1 if rnd() % 2 else -1)
    q, r = divmod(a, b)
    print(repr(a), repr(b), repr(a // b), repr(a % b), q == a // b, r == a % b)
print(1 // 0.1, 1 % 0.1, 0.7 // 0.1, 0.7 % 0.1, -0.7 // 0.1, 6 // 0.6, 6 % 0.6, 1e16 // 3.0, 1e16 % 3.0, 2**53 % 3.5)
print(5e-324 // 5e-324, 5e-324 % 1.0, -5e-324 % 1.0, 1e308 % 1e-308, -1e308 % 1e-308, 1e308 // 1e-300 if False else "")
try:
    print(1e308 // 1e-308)
except OverflowError as e:
    print("OverflowError", e)
