# Bitwise operations, shifts, bit_length, bit_count
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2 ** 65 + 3, -(2 ** 65) - 3]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), ~v, v >> 1, v << 3)
for a in (6, -6, 2 ** 70 + 5):
    for b in (3, -3, 2 ** 66 - 1):
        print(a, b, a & b, a | b, a ^ b)
print(-1 >> 100, -(2 ** 100) >> 99, 1 >> 1000)
print(-17 >> 2, -17 // 4, 17 >> 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError", e)
print(bin(-10), oct(-10), hex(-10), bin(0), hex(0))
print(bin(2 ** 40), hex(2 ** 64 - 1), oct(8 ** 20))
print(format(-10, 'b'), format(255, '#x'), format(255, '#X'), format(255, '08b'))
print(format(-255, '#010x'), format(1234567, '_x'), format(1234567, '_b'))
print(format(10 ** 10, ','), format(-10 ** 10, '_'))
# popcount of range
print(sum(i.bit_count() for i in range(1024)))
print([x for x in range(40) if x & (x - 1) == 0])
# gray code
print([i ^ (i >> 1) for i in range(16)])
# lowest set bit
print([(x & -x) for x in range(1, 20)])
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True + True).__name__, type(True << 1).__name__)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x), x.bit_count())
x &= ~(1 << 9)
print(x, x.bit_count())
print((2 ** 200 - 1) & ~(2 ** 100), ((2 ** 200 - 1) ^ (2 ** 199)).bit_length())
print(int.bit_length(1000), int.bit_count(-7))
