# //, %, divmod on pseudo-random big ints of every sign combination, checked by the floor-division invariant.
seed = 2718
def rnd(bits):
    global seed
    out = 0
    for _ in range((bits + 31) // 32):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = (out << 31) | seed
    return out % (2 ** bits)
for i in range(48):
    a = rnd(rnd(9) + 1)
    b = rnd(rnd(8) + 1) or 7
    a = -a if i % 2 else a
    b = -b if (i // 2) % 2 else b
    q, r = divmod(a, b)
    ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
    print(q % 1000000007, r % 1000000007, q.bit_length(), r.bit_length(), ok, a // b == q, a % b == r)
for a in [2**64, -(2**64), 2**64 + 1, -(2**64) - 1]:
    for b in [2**32, -(2**32), 3, -3, 2**64, 2**65]:
        print(a, b, divmod(a, b), a // b, a % b)
