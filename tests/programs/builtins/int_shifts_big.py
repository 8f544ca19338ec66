# Shifts and masks on very large and negative ints
x = 0x123456789ABCDEF0123456789ABCDEF
for s in (0, 1, 4, 63, 64, 65, 120, 200):
    print(s, hex(x >> s), hex((x << s) & ((1 << 130) - 1)), (x >> s).bit_length())
y = -x
for s in (1, 4, 64, 124, 125, 126, 500):
    print(s, y >> s, hex(y >> s))
print((-1) << 200, hex(((-1) << 200) >> 198), -1 >> 10 ** 6 if False else -1 >> 1000, 1 << 0)
mask = (1 << 64) - 1
print(hex(y & mask), hex(y | mask), hex(y ^ mask), hex(~y), ~y == x - 1)
def rotl64(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & mask
def rotr64(v, n):
    return rotl64(v, 64 - n % 64)
v = 0x0123456789ABCDEF
print([hex(rotl64(v, k)) for k in (0, 4, 8, 32, 60, 64)], hex(rotr64(rotl64(v, 13), 13)))
def to_signed(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v
print([to_signed(v, b) for v, b in [(255, 8), (127, 8), (128, 8), (0xFFFF, 16), (0x8000, 16), (2 ** 63, 64), (2 ** 64 - 1, 64)]])
def popcount_by_hand(v):
    c = 0
    while v:
        v &= v - 1
        c += 1
    return c
for v in (0, 1, 0xFF, x, 2 ** 1000 - 1, 3 ** 300):
    print(popcount_by_hand(v), v.bit_count(), v.bit_length())
print(hex(0xF0F0 & -0xF0F0), bin(-8 & 0xFF), bin(-8 | 3), -8 ^ -1, (-2 ** 70) & (2 ** 70 - 1), (-2 ** 70) | 1)
