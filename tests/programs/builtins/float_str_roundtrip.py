# Shortest repr for many computed floats
vals = []
for i in range(1, 40):
    vals.append(1 / i)
for i in range(1, 25):
    vals.append(i / 7)
    vals.append(i * 0.1)
    vals.append(2.0 ** -i)
    vals.append(10.0 ** i / 3)
for v in vals:
    r = repr(v)
    assert float(r) == v
print(" ".join(repr(v) for v in vals[:39]))
print(" ".join(repr(v) for v in vals[39:]))
acc = 0.0
steps = []
for i in range(20):
    acc += 0.1
    steps.append(repr(acc))
print(steps)
x = 1.0
seq = []
for i in range(12):
    x = x * 1.1
    seq.append(x)
print(seq)
print([round(v, 3) for v in seq], [str(v) for v in [1e15, 1e16, 1.5e16, 1e-4, 1e-5, 0.00012345]])
print(100 * 1.1, 3 * 0.1, 0.1 * 3, 1.15 * 100, 4.35 * 100, 0.57 * 100, 1.005 * 1000)
print(1 / 49 * 49, 9007199254740992.0 + 1.0, 9007199254740992.0 + 2.0, 0.1 ** 10, 1e-300 * 1e-300)
print(float("0.1000000000000000055511151231257827"), float("1.00000000000000011102230246251565404236316680908203125"), float("1.00000000000000011102230246251565404236316680908203126"))
print(float("2.4703282292062327e-324"), float("2.4703282292062328e-324"), float("1.7976931348623158e308"), float("1.7976931348623159e308"))
