# isdecimal / isdigit / isnumeric differ on superscripts, fractions, roman numerals, CJK numerals
samples = ['0', '9', '٣', '۷', '४', '৫', '๓', '０', '９', '𝟘', '𝟗', '²', '³', '¹', '⁴', '₂', '①', '⑽', '⒈',
           '½', '¼', '⅓', 'Ⅻ', 'ⅻ', '〇', '一', '二', '十', '百', '万', '兆', '零', '壹', '፲', '𐄇', '𑁒', '🄁', '🄂',
           'a', '-', '.', ' ', '', '1.5', '-1', '１２３', '12½', '²³', 'x1', '\u0f33']
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ['٣', '０', '𝟘', '४२', '１２３', '٠١٢']:
    print(repr(s), int(s), float(s))
for s in ['²', '½', 'Ⅻ', '①']:
    try:
        int(s)
    except Exception as e:
        print(type(e).__name__, e)
print(all(c.isdecimal() for c in '0123456789'), '0123456789'.isdecimal())
print(sum(1 for c in map(chr, range(0x30, 0x3a)) if c.isdigit()))
print(sum(1 for c in map(chr, range(0x2070, 0x20a0)) if c.isdigit()))
print(sum(1 for c in map(chr, range(0x2150, 0x2190)) if c.isnumeric()))
print(sum(1 for c in map(chr, range(0x660, 0x670)) if c.isdecimal()))
print(sum(1 for c in map(chr, range(0x2460, 0x2500)) if c.isdigit()), sum(1 for c in map(chr, range(0x2460, 0x2500)) if c.isnumeric()))
print(sum(1 for c in map(chr, range(0x1d7ce, 0x1d800)) if c.isdecimal()))
print(sum(1 for c in map(chr, range(0x4e00, 0x9fff)) if c.isnumeric()))
try:
    '1'.isdecimal(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.isdigit(1)
except Exception as e:
    print(type(e).__name__, e)
