# Converting ints to every base by hand and back with int(s, base)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))
nums = [0, 1, -1, 35, 36, 255, -1000, 2 ** 31 - 1, 2 ** 64, -(3 ** 50), 10 ** 30 + 7]
for n in nums:
    reps = [to_base(n, b) for b in (2, 3, 7, 8, 16, 20, 36)]
    back = [int(r, b) for r, b in zip(reps, (2, 3, 7, 8, 16, 20, 36))]
    print(n, reps, all(x == n for x in back))
for b in range(2, 37):
    s = to_base(123456789, b)
    print(b, s, s.upper(), int(s, b), int(s.upper(), b) == 123456789)
print(int("zz", 36), int("ZZ", 36), int("10", 36), int("-z", 36), int("0b_1010", 0), int("0o_17", 0), int("0x_DEAD_beef", 0))
print(int("1" * 64, 2) == 2 ** 64 - 1, int("7" * 30, 8), int("f" * 40, 16).bit_length())
