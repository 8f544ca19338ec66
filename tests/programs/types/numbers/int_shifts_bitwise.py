# Shifts and bitwise operators, including negative operands and huge values.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 12345]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 100, a << 0)
for a in [5, -5, 2**70, -(2**70)]:
    for b in [3, -3, 0, -1, 2**65, -(2**65)]:
        print(a, b, a & b, a | b, a ^ b)

print(-1 >> 1000, 1 >> 1000, -(10**50) >> 1, (10**50) >> 1)
print(1 << 200, -1 << 70)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1 << 2**70
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0 << 2**70, 5 >> 2**70, -5 >> 2**70)
for bad in [1.0, "1", None]:
    try:
        print(1 << bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(1 & bad)
    except TypeError as e:
        print("TypeError", e)
try:
    print(1.0 | 2)
except TypeError as e:
    print("TypeError", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError", e)

# bool mixes
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(True << 3, False >> 1, type(True << 0).__name__)

x = 0b1011_0110
x &= 0xF0
print(bin(x))
x |= 1
x ^= 0xFF
x <<= 4
x >>= 2
print(x, hex(x), oct(x))
print(bin(-10), hex(-255), oct(-8), bin(0), hex(2**64))
print(-(2**63) >> 63, (2**63) >> 63, (-(2**31)) & 0xFFFFFFFF)
