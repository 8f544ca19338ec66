# Prime sieves and number theory helpers
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    return [i for i in range(n + 1) if is_p[i]]

primes = sieve(100000)
print(len(primes), primes[:15], primes[-5:])
print("sum below 100000:", sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-2:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:12])
maxgap = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", maxgap, maxgap[1] - maxgap[0])

def factorize(n):
    out = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out[p] = out.get(p, 0) + 1
            n //= p
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

for n in [360, 97, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143, 9999999967]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(10 ** 12, 10 ** 12 + 200) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(2 ** 89 - 1))
mersenne = [p for p in range(2, 130) if is_probable_prime(p) and is_probable_prime(2 ** p - 1)]
print("Mersenne exponents < 130:", mersenne)
def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print("phi:", [phi(n) for n in range(1, 25)])
goldbach = {n: next((p, n - p) for p in primes if (n - p) in set(primes[:2000])) for n in range(4, 60, 6)}
print("goldbach:", goldbach)
