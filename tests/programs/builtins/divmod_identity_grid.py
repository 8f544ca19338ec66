# Check a == (a // b) * b + a % b and sign rules over a grid
ints = [-17, -8, -3, -1, 0, 1, 3, 8, 17, 2 ** 65 + 3, -(2 ** 65) - 3]
bad = 0
for a in ints:
    row = []
    for b in ints:
        if b == 0:
            row.append("   -")
            continue
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            bad += 1
        row.append("%4d" % r if abs(r) < 1000 else "  big")
    print("%6s" % (a if abs(a) < 10 ** 6 else "big"), "".join(row))
print("violations:", bad)
floats = [-7.5, -2.0, -0.5, 0.0, 0.5, 2.0, 7.5, 1e10, -1e-10]
for a in floats:
    row = []
    for b in floats:
        if b == 0:
            row.append("-")
            continue
        q, r = divmod(a, b)
        row.append("%g/%g" % (q, r))
    print(a, " ".join(row))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(-1e-300, 1e300), divmod(1e300, 1e-300) if False else "skip")
print([(-7) // 2, -(7 // 2), int(-7 / 2), round(-7 / 2), -7 % 2, (-7) % -2])
