# Toy RSA with big ints: key generation from fixed primes, encryption, signatures
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m

def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n += 1
    if n % 2 == 0:
        n += 1
    while not is_prime(n):
        n += 2
    return n

p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80 + 678)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "| e*d mod phi:", e * d % phi, "| d bits:", d.bit_length())
def encode(msg):
    return int.from_bytes(msg.encode("utf-8"), "big")
def decode(m):
    return m.to_bytes((m.bit_length() + 7) // 8, "big").decode("utf-8")
for msg in ["hello", "Taipan 🐍 runtime", "RSA with Python ints!"]:
    m = encode(msg)
    c = pow(m, e, n)
    back = decode(pow(c, d, n))
    print(f"{msg!r}: m={m} c_hex={hex(c)[:26]}... ok={back == msg}")
dp, dq = d % (p - 1), d % (q - 1)
qinv = modinv(q, p)
def crt_decrypt(c):
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    return m2 + h * q
c = pow(encode("chinese remainder"), e, n)
print("CRT:", decode(crt_decrypt(c)), crt_decrypt(c) == pow(c, d, n))
def digest(text):
    h = 1469598103934665603
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 1099511628211) % 2 ** 64
    return h
doc = "I owe Bob 100 coins"
sig = pow(digest(doc), d, n)
print("signature verifies:", pow(sig, e, n) == digest(doc), "| tampered verifies:", pow(sig, e, n) == digest(doc.replace("100", "900")))
print("inverse checks:", modinv(3, 11), modinv(10, 17), egcd(240, 46))
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)
print("small primes:", [next_prime(10 ** k) for k in range(1, 12)])
