# Arithmetic with inf, nan, signed zeros
inf, nan = float("inf"), float("nan")
vals = [inf, -inf, 0.0, -0.0, 1.0, -1.0, nan]
for a in vals:
    row = []
    for b in vals:
        out = []
        for op in ("+", "-", "*", "/"):
            try:
                r = eval("a %s b" % op)
                out.append(repr(r))
            except ZeroDivisionError:
                out.append("ZDE")
        row.append(",".join(out))
    print(repr(a).rjust(5), " | ".join(row))
print(inf == inf, inf > 10 ** 1000, -inf < -(10 ** 1000), nan == nan, nan != nan, inf - inf != inf - inf)
print(0.0 == -0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 * -1))
print(repr(abs(-0.0)), repr(-(0.0)), repr(+(-0.0)), repr(round(-0.4)), repr(round(-0.4, 1)), repr(-0.0 // 1), repr(-1e-320 * 1e-10))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** -inf, 0.5 ** inf, (-1) ** inf, inf ** -1, 0.0 ** 0)
print(int(1e308), str(1e308 * 10), -inf < 0 < inf, min(inf, nan), max(-inf, 5))
print(float("inf") is not inf, float("-0.0"), float("-0"), -float("0"), str(-0.0), format(-0.0, ".3f"))
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 1e-323 / 10, 1e-323 / 2, 5e-324 * 0.5, 5e-324 * 0.6)
print(sum([inf, -inf]), sum([nan, 1.0]), max([nan, inf]), sorted([inf, -inf, 0.0, -0.0]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), inf.is_integer(), (-0.0).is_integer(), (-0.0).as_integer_ratio())
print(divmod(inf, 1.0) if False else "skip", 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
