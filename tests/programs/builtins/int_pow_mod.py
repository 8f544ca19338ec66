# pow with two and three arguments
print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(-2, -2))
print(pow(3, 200, 1000), pow(3, 200, -1000), pow(-3, 201, 1000))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(7, -1, 13), pow(3, -2, 11), pow(-5, -1, 7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(10, 0, 7), pow(0, 0, 7), pow(5, 3, 1))
for base in (-7, -1, 0, 1, 2, 123):
    print(base, [pow(base, e, 17) for e in range(5)])
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3).__class__.__name__)
print(pow(-1, 0.5))
print(2 ** 0.5, 10 ** -2, (-2) ** 2, -2 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(base=2, exp=5), pow(2, 5, mod=7))
# modular exponentiation by hand vs builtin
def mpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (12345, 6789, 1000003), (10 ** 20, 10 ** 5, 998244353)]:
    print(b, e, m, mpow(b, e, m), pow(b, e, m), mpow(b, e, m) == pow(b, e, m))
# Fermat
p = 1000000007
print(all(pow(a, p - 1, p) == 1 for a in range(2, 50)))
print(pow(True, 2), pow(True, -1), pow(False, 0))
