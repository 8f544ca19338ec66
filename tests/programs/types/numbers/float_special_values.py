# inf and nan: arithmetic, comparisons, containers, conversions, sorting.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), inf == float("infinity"), inf > 1e308, -inf < -1e308, 1e308 * 10 == inf)
print(inf + inf, inf - 1e308, inf * -2, inf / 1e308, 1 / inf, -1 / inf, inf * 0.0, inf - inf, inf / inf, nan + 1, nan * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan, 1 < nan, [nan] == [nan], (nan,) == (nan,))
n = nan
print([n] == [n], n in [n], n in {n}, {n: 1}.get(n), [n].count(n), [n].index(n), (n, 1) == (n, 1), n is n)
print(float("nan") in [float("nan")], [float("nan")].count(float("nan")))
print(max(1, nan), max(nan, 1), min(1, nan), min(nan, 1), sorted([3, nan, 1, 2]), sorted([nan, 3, 1]))
print(abs(-inf), abs(nan), -inf == -inf, -(-inf), +nan, -nan)
for v in [inf, -inf, nan]:
    print(v, v.is_integer(), v.hex(), float.fromhex(v.hex()), v.conjugate(), complex(v, v), bool(v), str(v).upper())
    for f in [int, round, lambda x: x.as_integer_ratio(), lambda x: divmod(x, 1), lambda x: x // 1, lambda x: x % 1, lambda x: round(x, 2)]:
        try:
            print("  ", f(v))
        except (ValueError, OverflowError) as e:
            print("  ", type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, (-1.0) ** inf, 0.5 ** -inf, 2 ** -inf, inf ** -1, (-inf) ** 0.5, (-inf) ** -2)
print(10 ** 400 < inf, 10 ** 400 > -inf, 10 ** 400 == inf, 10 ** 400 != nan, inf > 10 ** 10000 if False else "", -inf < -(10 ** 400))
print(1e308 + 1e308, -1e308 - 1e308, 2.0 ** 1023 * 2, 5e-324 / 2, 5e-324 * 0.5, -5e-324 / 2, 5e-324 - 5e-324)
print(inf + 1j, complex(inf, 1) * 1, complex(nan, 0) == complex(nan, 0), abs(complex(inf, nan)), abs(complex(nan, inf)))
print(f"{inf:10.2f}|{-inf:<8}|{nan:^9}|{nan:+}|{inf:e}|{-inf:%}", "%5.1f|%-6e|%+g" % (inf, nan, -inf))
print(hash(inf), hash(-inf), hash(inf) == sys_hash_inf if False else 314159, float("inf") == float("INF") == float("+Infinity"))
