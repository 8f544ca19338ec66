# Integer presentation types: d b o x X c n and the alternate form '#'.

for n in [0, 1, 5, 10, 255, 256, -255, 65, 1000000]:
    print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:n}")

for code in [65, 97, 8364, 128013, 48, 32]:
    print(f"{code:c}|{code:>3c}|{code:*^5c}|{code!r:>6}")

try:
    f"{-1:c}"
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    f"{0x110000:c}"
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)

# Width and zero padding with alternate forms
print(f"{10:#010b}|{10:#10b}|{10:<#10x}|{10:^#10o}|{-10:#010x}|{10:+#x}")

# bool is an int
print(f"{True:d} {False:b} {True:#x} {True} {True:>5} {True:^6d}")

# floats can't use integer types; ints can use float types
try:
    f"{3.0:d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{3:f} {3:e} {3:g} {3:%} {3:.2f}")

# Strings can't use numeric types
try:
    f"{'3':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{3:s}"
except ValueError as e:
    print(type(e).__name__, e)

# precision is not allowed for integers
try:
    f"{3:.2d}"
except ValueError as e:
    print(type(e).__name__, e)

# Huge integers
big = 2 ** 100
print(f"{big:,}")
print(f"{big:x} {big:#o}")
print(f"{-big:_b}"[:20])
print(bin(-5), oct(-8), hex(-255), hex(0), bin(0))
print(int("ff", 16), int("0o17", 0), int("-0b11", 0), int("z", 36), int("10", 2))
