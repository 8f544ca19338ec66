# hash(x) == hash(y) whenever x == y across int/float/complex/bool
samples = [0, 1, -1, 2, -2, 7, 2 ** 31, 2 ** 52, 2 ** 53, 2 ** 60, 2 ** 61 - 1, 2 ** 61, 2 ** 62 + 1, 2 ** 64, -(2 ** 64), 10 ** 18, 10 ** 22, 3 ** 40]
ok = True
for n in samples:
    f = float(n)
    if f == n:
        same = hash(f) == hash(n) == hash(complex(n, 0))
        ok = ok and same
        print(n, hash(n), hash(f), same)
    else:
        print(n, hash(n), hash(f), "float differs")
print(ok)
for x in [0.5, 0.25, 1.5, -2.75, 1e-3, 3.0e20, 1e308, 2.0 ** -1074]:
    n, d = x.as_integer_ratio()
    print(x, hash(x), n if n < 10 ** 20 else "big", d if d < 10 ** 20 else "big")
print(hash(True) == hash(1) == hash(1.0) == hash(1 + 0j), hash(False) == hash(0) == hash(0.0) == hash(-0.0) == hash(0j))
M = 2 ** 61 - 1
print([hash(k * M) for k in range(-2, 3)], [hash(k * M + 1) for k in range(-2, 3)])
print(hash(-1), hash(-2), hash(-1.0), hash(-1 + 0j), hash(complex(0, -1)))
d = {1: "one", 2.0: "two", 3 + 0j: "three"}
print(d[1.0], d[2], d[3], d[True], len({1, 1.0, 1 + 0j, True}))
