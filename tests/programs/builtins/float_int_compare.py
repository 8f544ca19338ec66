# Comparisons between ints and floats, including big ints
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big + 1), float(big + 1) < big + 1)
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308, 2 ** 1024 < float('inf'), -(2 ** 1024) > float('-inf'))
print(10 ** 30 == 1e30, int(1e30), 10 ** 22 == 1e22, 10 ** 23 == 1e23)
nan = float('nan')
print(1 < nan, 1 > nan, 1 == nan, 10 ** 400 == nan, 10 ** 400 != nan)
print(0 == 0.0 == -0.0 == False, 1 == 1.0 == True)
print(sorted([3, 2.5, True, 0, -1.5, 2 ** 64, 1e19]))
print(max(1, 1.0), max(1.0, 1), min(0, 0.0, False), max([2, 2.0]))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({0.0, 0, False, -0.0}, {1, 1.0, True})
print(len({2 ** 60, float(2 ** 60)}), len({2 ** 60 + 1, float(2 ** 60 + 1)}))
print(0.5 < 1 < 1.5, 3 >= 3.0 > 2.999)
for a, b in [(1, 1.0000000000000002), (2 ** 63, 9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18),
             (-2 ** 63, -9.223372036854776e18), (123456789012345678, 1.2345678901234568e17)]:
    print(a, b, a < b, a == b, a > b)
print(hash(2 ** 63) == hash(float(2 ** 63)), hash(10 ** 22) == hash(1e22))
print(1 in [1.0], 1.0 in {1}, 2 in (2.0,), 'x' == b'x'.decode())
for n in (2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64 - 1, 10 ** 16 + 1):
    f = float(n)
    print(n, repr(f), n == f, n < f, n > f, int(f) - n, f.is_integer())
print(0.1 * 3 == 0.3, 0.1 * 3 > 0.3, 1e16 + 1 == 1e16, 10 ** 16 + 1 == 1e16 + 1, 2 ** 0.5 * 2 ** 0.5 == 2)
print(sorted([10 ** 20, 1e20, 10 ** 20 + 1, 99999999999999999999.0]), max(1e20, 10 ** 20), min(10 ** 20, 1e20))
