# int / int is correctly rounded, even for operands far beyond 2**53.
seed = 987654321
def rnd(bits):
    global seed
    out = 0
    for _ in range((bits + 31) // 32):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = (out << 31) | seed
    return out % (2 ** bits)
for i in range(70):
    a = rnd(rnd(7) + 1)
    b = rnd(rnd(7) + 1) or 1
    if i % 3 == 0:
        a = -a
    print(repr(a / b), repr(float(a) / float(b)) == repr(a / b) if max(a, b) < 2**53 else "")
for a, b in [(2**53 + 1, 1), (2**53 + 3, 1), (2**54 + 2, 2), (10**30, 3), (2**1074, 2**2148), (1, 2**1074), (1, 2**1075), (3, 2**1076),
             (2**2000, 2**1000), (10**400, 10**100), (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (-(2**1024 - 2**970), 1), (10**500 + 1, 10**500)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
try:
    (2**1024 - 2**969 + 1) / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    10**400 / 10**50
except OverflowError as e:
    print("OverflowError", e)
for n in [2**53 + 1, 2**53 + 3, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 3 * 2**1000 + 1, 10**22, 10**23, 123456789123456789123]:
    print(n, repr(float(n)), repr(float(-n)), int(float(n)) - n)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
print(repr(float(2**1024 - 2**970)), repr(2**1024 - 2**970 + 0.0))
