# A census of case mappings over the BMP: checksums per block catch any table difference
def checksum(values):
    h = 0
    for v in values:
        for ch in v:
            h = (h * 31 + ord(ch)) % 1000000007
        h = (h * 7 + len(v)) % 1000000007
    return h

for start in range(0, 0x10000, 0x1000):
    chars = [chr(c) for c in range(start, start + 0x1000) if not 0xd800 <= c < 0xe000]
    up = [c.upper() for c in chars]
    lo = [c.lower() for c in chars]
    ti = [c.title() for c in chars]
    cf = [c.casefold() for c in chars]
    sw = [c.swapcase() for c in chars]
    changed = sum(1 for c, u in zip(chars, up) if c != u)
    multi = sum(1 for u in up if len(u) > 1)
    print(f'{start:05X} up={checksum(up)} lo={checksum(lo)} ti={checksum(ti)} cf={checksum(cf)} sw={checksum(sw)} changed={changed} multi={multi}')
astral = [chr(c) for c in range(0x10400, 0x10500)] + [chr(c) for c in range(0x1e900, 0x1e960)] + [chr(c) for c in range(0x16e40, 0x16ea0)]
print('astral', checksum([c.upper() for c in astral]), checksum([c.lower() for c in astral]), checksum([c.casefold() for c in astral]))
print([hex(ord(c)) for c in map(chr, range(0x10000)) if len(c.lower()) > 1])
print(len([c for c in map(chr, range(0x10000)) if len(c.casefold()) > 1]))
