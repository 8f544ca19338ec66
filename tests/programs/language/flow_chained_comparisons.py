# Chained comparisons: evaluation order and single evaluation of middle operands.

calls = []
def v(name, value):
    calls.append(name)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 < 2 > 0)
print(0 <= 5 < 10, 0 <= 10 < 10, -1 < 0 <= 0 == 0.0)

calls.clear()
result = v("a", 1) < v("b", 5) < v("c", 3)
print(result, calls)

calls.clear()
result = v("a", 9) < v("b", 5) < v("c", 3)     # short-circuits after the first false
print(result, calls)

calls.clear()
result = v("a", 1) < v("b", 2) < v("c", 3) < v("d", 4)
print(result, calls)

# Mixing is, in, == in a chain
x = [1, 2]
y = x
print(x is y is not None, 1 in x in [x], 2 in x == True, (2 in x) == True)
print("a" < "b" < "c", "abc" < "abd" <= "abd", [1, 2] < [1, 3] < [2])

# Chains returning the deciding operand? No: comparisons return bools
# but custom __lt__ results propagate
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return f"{self.n}<{other.n}" if self.n < other.n else ""
print(repr(R(1) < R(2) < R(3)), repr(R(1) < R(3) < R(2)), repr(R(5) < R(1) < R(9)))

# range checks
def in_range(n, lo=0, hi=10):
    return lo <= n < hi
print([n for n in range(-2, 13, 3) if in_range(n)])

# comparison of different numeric types
print(1 < 1.5 < 2, 10**20 > 1e19, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("inf") > 10**308)
nan = float("nan")
print(nan < 1, nan > 1, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(True == 1, False < True, True > 0.5, None == 0, None is None)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
