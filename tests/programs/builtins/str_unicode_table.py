# repr/isprintable/category-like predicates across code point ranges
points = list(range(0, 0x250, 7)) + list(range(0x370, 0x3100, 97)) + [0xad, 0x34f, 0x61c, 0x200b, 0x200e, 0x2028, 0x2060, 0x2066, 0xfeff, 0xfff9, 0xfffd, 0xffff,
          0x10000, 0x1d400, 0x1f600, 0x1f1e6, 0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0xd7ff, 0xe000, 0x0378, 0x0530, 0x1100, 0x3000, 0x3400, 0x4e00, 0xac00]
for cp in points:
    c = chr(cp)
    flags = "".join(ch if cond else "." for ch, cond in zip("PASDNUL", [c.isprintable(), c.isalpha(), c.isspace(), c.isdigit(), c.isnumeric(), c.isupper(), c.islower()]))
    print("%06x" % cp, repr(c), ascii(c), flags, len(c.upper()), len(c.lower()), c.isidentifier())
printable = sum(1 for cp in range(0x3000) if chr(cp).isprintable())
alpha = sum(1 for cp in range(0x3000) if chr(cp).isalpha())
space = [hex(cp) for cp in range(0x3100) if chr(cp).isspace()]
print(printable, alpha, space)
print(sum(1 for cp in range(0x10000) if chr(cp).isdigit()), sum(1 for cp in range(0x10000) if chr(cp).isnumeric()), sum(1 for cp in range(0x10000) if chr(cp).isdecimal()))
print(sum(1 for cp in range(0x10000) if chr(cp).isupper()), sum(1 for cp in range(0x10000) if chr(cp).islower()), sum(1 for cp in range(0x10000) if chr(cp).istitle()))
print(sum(1 for cp in range(0x10000) if chr(cp).upper() != chr(cp)), sum(1 for cp in range(0x10000) if len(chr(cp).upper()) > 1))
print(sum(1 for cp in range(0x10000) if chr(cp).isidentifier()), sum(1 for cp in range(0x10000) if ("a" + chr(cp)).isidentifier()))
print([hex(cp) for cp in range(0x10000) if len(chr(cp).lower()) > 1], [hex(cp) for cp in range(0x2000) if chr(cp).casefold() != chr(cp).lower()][:12])
counts = {}
for cp in range(0x0, 0x20000, 0x101):
    c = chr(cp)
    key = (c.isprintable(), c.isalpha(), c.isnumeric())
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
print(repr("".join(chr(cp) for cp in range(0x7f, 0xa5))))
print(ascii("".join(chr(cp) for cp in (0x1f600, 0x10ffff, 0xe000, 0xfffe, 0x2029))))
