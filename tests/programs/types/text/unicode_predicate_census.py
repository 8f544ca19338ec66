# A census of the is* predicates over the BMP, as per-block bit counts and checksums
names = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'islower', 'isupper', 'istitle', 'isidentifier', 'isalnum']
tests = [getattr(str, n) for n in names]
print(' '.join(n[2:6] for n in names))
totals = [0] * len(names)
for start in range(0, 0x10000, 0x1000):
    counts = [0] * len(names)
    sig = 0
    for c in range(start, start + 0x1000):
        ch = chr(c)
        bits = 0
        for i, t in enumerate(tests):
            if t(ch):
                counts[i] += 1
                bits |= 1 << i
        sig = (sig * 131 + bits) % 1000000007
    totals = [a + b for a, b in zip(totals, counts)]
    print(f'{start:05X}', counts, sig)
print('total', totals)
for start, end in [(0x10000, 0x10800), (0x1d400, 0x1d800), (0x1f000, 0x1f800), (0x20000, 0x20400), (0xe0000, 0xe0200)]:
    counts = [sum(1 for c in range(start, end) if t(chr(c))) for t in tests]
    print(f'{start:05X}-{end:05X}', counts)
