# round() to n digits is correctly rounded from the exact binary value
vals = [i / 1000 for i in range(0, 1000, 5)]
out = []
for v in vals:
    out.append("%s->%s" % (v, round(v, 2)))
for i in range(0, len(out), 10):
    print(" ".join(out[i:i + 10]))
print([round(x + 0.5) for x in range(-5, 6)])
print([round(x / 2, 0) for x in range(-7, 8)])
print([round(2.5 * 10 ** k, -k) for k in range(6)])
print([round(12345.6789, n) for n in range(-5, 6)])
print([round(-12345.6789, n) for n in range(-5, 6)])
print([round(1.0 / 3, n) for n in range(0, 18, 2)])
print([round(v, 1) for v in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95)])
print([round(10 ** 20 + k, -10) for k in (0, 5 * 10 ** 9, 15 * 10 ** 9, 10 ** 10 - 1)])
print([round(k * 5, -1) for k in range(-5, 6)], [round(k * 50, -2) for k in range(-3, 4)])
print(round(1e300, -299), round(1.5e-300, 300), round(123.456, 400), round(123.456, -400), round(5e-324, 324), round(5e-324, 323))
halves = [k + 0.5 for k in range(-6, 6)]
print([(h, round(h)) for h in halves])
print([round(h, 0) for h in halves])
print([round(-x / 8, 2) for x in range(1, 9)], [round(x / 8, 2) for x in range(1, 9)])
