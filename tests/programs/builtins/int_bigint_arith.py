# Arbitrary precision integer arithmetic
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(20))
print(fact(30))
print(fact(50))
print(fact(100))
print(2 ** 64, 2 ** 100, 2 ** 200)
print(-2 ** 63, (-2) ** 63, (-2) ** 64)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(b // -a, b % -a)
print(divmod(b, a), divmod(-b, a), divmod(b, -a), divmod(-b, -a))
print(fact(40) // fact(38), fact(40) % 1000000007)
print(10 ** 50 // 7, 10 ** 50 % 7)
print(len(str(fact(200))), str(fact(200))[:20], str(fact(200))[-60:])
x = 1
for i in range(1, 60):
    x = x * 3 + i
print(x)
print(x.bit_length(), (-x).bit_length())
print(x == int(str(x)), hex(x), oct(x)[:20])
print(bin(2 ** 70 - 1))
print(abs(-a), -(-a), +a)
print((2 ** 100) // (2 ** 50), (2 ** 100) >> 50, (2 ** 100) / (2 ** 98))
print(2 ** 1000 / 2 ** 999)
print(1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(0 ** 0, 1 ** 100000, (-1) ** 100001)
# Fibonacci big
f0, f1 = 0, 1
for _ in range(300):
    f0, f1 = f1, f0 + f1
print(f0)
print(f0 % 10 ** 9, f0 // 10 ** 50)
# gcd by hand
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(fact(30), 2 ** 40 * 3 ** 5), gcd(a, b))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(int('9' * 60) + 1)
print(-(10 ** 30) // 3, -(10 ** 30) % 3, (10 ** 30) // -3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5))
