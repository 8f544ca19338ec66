# Ordering of floats and ints in sorts, min/max, and rich comparisons with signed zeros and infinities.
vals = [3, -0.0, 0, 2.5, -1, float("inf"), -float("inf"), 10**20, 1e20, 2**53 + 1, 9007199254740992.0, True, False, -2**70, -1.2e21]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=lambda v: -v))
print(min(vals), max(vals), sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0, False, 0]))
for a in [0.0, -0.0, 1, 1.0, 10**20, 1e20]:
    print([(a < b, a == b, a > b) for b in [0.0, -0.0, 1, 1.0, 10**20, 1e20]])
pairs = [(1, 1.0000000000000002), (2**53, 2.0**53 + 2), (-(2**53) - 1, -9007199254740992.0), (10**308, 1e308), (10**309, float("inf"))]
for a, b in pairs:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b, b < a, b == a)
print(sorted([1.5, 1, 2, 0.5, 1.0, True, 1 + 0j.real]), sorted(range(-3, 3), key=abs), sorted([1e-320, 0, -1e-320, 5e-324]))
