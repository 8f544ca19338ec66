# Big-int arithmetic checked by identities and printed digests (multiplication, division, powers).
def digest(n):
    return (n % 1000000007, n.bit_length(), n < 0)
a = 3 ** 700 + 12345
b = 7 ** 400 - 99
c = -(11 ** 300)
print(digest(a), digest(b), digest(c))
print(digest(a * b), digest(a * c), digest(b * b), digest(c * c * c))
q, r = divmod(a, b)
print(digest(q), digest(r), q * b + r == a, 0 <= r < b)
q, r = divmod(c, b)
print(digest(q), digest(r), q * b + r == c, 0 <= r < b)
q, r = divmod(a, c)
print(digest(q), digest(r), q * c + r == a, c < r <= 0)
print((a * b) // b == a, (a * b) % b == 0, (a - b) + b == a, -(-a) == a, a - a == 0, (a << 100) >> 100 == a, (c << 7) >> 7 == c)
print(digest(a ** 3), a ** 3 == a * a * a, digest(pow(a, 5, b)), pow(a, 5, b) == (a ** 5) % b, pow(a, b, 10 ** 20))
f = 1
for i in range(1, 301):
    f *= i
print(digest(f), len(str(f)), str(f)[:25], str(f).count("0"), sum(int(d) for d in str(f)))
fib = [0, 1]
for i in range(1000):
    fib.append(fib[-1] + fib[-2])
print(digest(fib[1000]), str(fib[1000])[-20:], fib[1000] % fib[500] if False else fib[1000] % fib[10])
def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
for n in [10 ** 100, 2 ** 521 - 1, a, f]:
    s = isqrt(n)
    print(digest(s), s * s <= n < (s + 1) * (s + 1))
def gcd(x, y):
    while y:
        x, y = y, x % y
    return abs(x)
print(gcd(f, fib[300]), gcd(2 ** 200 * 3 ** 50, 2 ** 100 * 3 ** 80) == 2 ** 100 * 3 ** 50, gcd(-a, a * 2))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, (2 ** 64 + 1) * (2 ** 64 - 1) - 2 ** 128, -(2 ** 64) * -(2 ** 64) == 2 ** 128)
print(digest(-a // 7), digest(-a % 7), -a // 7 * 7 + -a % 7 == -a, a // -7 == -(a // 7) - (1 if a % 7 else 0))
mersenne = [p for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 61, 89, 107, 127] if pow(3, 2 ** p - 2, 2 ** p - 1) == 1 or p == 2]
print(mersenne)
