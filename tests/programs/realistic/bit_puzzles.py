# Bit manipulation puzzles
def single_number(nums):
    r = 0
    for n in nums:
        r ^= n
    return r
print(single_number([4, 1, 2, 1, 2]), single_number([7, 3, 5, 3, 7, 9, 9]))

def count_bits_upto(n):
    dp = [0] * (n + 1)
    for i in range(1, n + 1):
        dp[i] = dp[i >> 1] + (i & 1)
    return dp
print(count_bits_upto(20))

def reverse_bits32(x):
    r = 0
    for _ in range(32):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print(reverse_bits32(43261596), reverse_bits32(1), hex(reverse_bits32(0xF0000000)))

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(-4, 70) if is_power_of_two(n)], is_power_of_two(2 ** 100), is_power_of_two(2 ** 100 + 2))

def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets(["a", "b", "c"]))

def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]
g = gray(4)
print([format(x, "04b") for x in g], all(bin(a ^ b).count("1") == 1 for a, b in zip(g, g[1:])))

def missing_number(nums):
    n = len(nums)
    x = 0
    for i in range(n + 1):
        x ^= i
    for v in nums:
        x ^= v
    return x
print(missing_number([3, 0, 1]), missing_number(list(range(100))[:57] + list(range(100))[58:]))

def add_without_plus(a, b):
    mask = 0xFFFFFFFF
    while b & mask:
        a, b = a ^ b, (a & b) << 1
    a &= mask
    return a if a < 0x80000000 else a - (1 << 32)
print(add_without_plus(15, 27), add_without_plus(-8, 3), add_without_plus(-5, -7), add_without_plus(2 ** 30, 2 ** 30))

def next_same_popcount(x):
    c = x & -x
    r = x + c
    return (((r ^ x) >> 2) // c) | r
v = 0b0111
seq = [v]
for _ in range(8):
    v = next_same_popcount(v)
    seq.append(v)
print([format(s, "08b") for s in seq])

def swap_nibbles(b):
    return ((b & 0x0F) << 4) | ((b & 0xF0) >> 4)
print([hex(swap_nibbles(b)) for b in (0x12, 0xAB, 0xF0, 0x01)])

def hamming(a, b):
    return (a ^ b).bit_count()
print(hamming(1, 4), hamming(0xFFFF, 0), hamming(2 ** 100, 2 ** 100 - 1))
def parity(x):
    x ^= x >> 32
    x ^= x >> 16
    x ^= x >> 8
    x ^= x >> 4
    x ^= x >> 2
    x ^= x >> 1
    return x & 1
print([parity(x) for x in range(16)], parity(0xDEADBEEF))
board = 0
for sq in (0, 9, 18, 27, 36, 45, 54, 63):
    board |= 1 << sq
print(hex(board), board.bit_count(), [i for i in range(64) if board >> i & 1])
print(bin(board >> 7 & 0x7F7F7F7F7F7F7F7F))
