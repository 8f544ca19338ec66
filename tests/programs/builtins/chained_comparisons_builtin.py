# Chained comparisons across builtin types, and evaluation counts
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 < 2 > 0, 0 <= 0 < 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) == v(2), calls)
x = 5
print(0 < x < 10, 0 < x < 5, x in [5] in [[5]], "a" < "b" < "c" < "d", [1] < [2] < [3], (1,) <= (1,) <= (1, 0))
two = 2
print(1 < two is not None, None is None is None, 2 in range(3) in [range(3)], "a" in "abc" in "xabcx")
a = b = c = [1]
print(a is b is c, a == b == c == [1], a is b is [1])
print(1 < 2.5 < 3 < 2 ** 64 < float("inf"), -float("inf") < -(10 ** 400) < 0)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError", e)
print(3 < 1 < "a")
print(sorted([(x, y) for x in range(3) for y in range(3) if x < y <= 2]))
print([n for n in range(30) if 5 < n % 12 < 9 or 20 <= n <= 21])
