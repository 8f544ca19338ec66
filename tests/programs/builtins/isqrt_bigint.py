# Integer square roots, cube roots and continued fractions with big ints
def isqrt(n):
    if n < 0:
        raise ValueError("negative")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
def icbrt(n):
    lo, hi = 0, 1 << (n.bit_length() // 3 + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** 3 <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10 ** 10, 10 ** 20 + 1, 2 ** 127, 3 ** 101, 10 ** 100]:
    r = isqrt(n)
    print(n if n < 10 ** 25 else "big", r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 100))
digits = str(isqrt(2 * 10 ** 200))
print(digits[0] + "." + digits[1:])
print(icbrt(10 ** 30), icbrt(2 * 10 ** 60), icbrt(27), icbrt(26), icbrt(3 ** 99) == 3 ** 33)
def cf_sqrt(n, terms):
    a0 = isqrt(n)
    m, d, a = 0, 1, a0
    out = [a0]
    for _ in range(terms):
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        out.append(a)
    return out
print(cf_sqrt(2, 10), cf_sqrt(7, 12), cf_sqrt(61, 12))
def pell(n):
    cf = cf_sqrt(n, 200)
    h0, h1 = 1, cf[0]
    k0, k1 = 0, 1
    i = 1
    while h1 * h1 - n * k1 * k1 != 1:
        a = cf[i]
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        i += 1
    return h1, k1
for n in (2, 3, 7, 13, 61, 109):
    x, y = pell(n)
    print(n, x, y, x * x - n * y * y)
e_digits = 0
term = 10 ** 60
total = 0
k = 0
while term:
    total += term
    k += 1
    term //= k
print(str(total)[:50])
