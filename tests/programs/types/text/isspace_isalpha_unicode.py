# isspace, isalpha, isalnum, isascii, islower, isupper on non-ASCII text
print([hex(c) for c in range(0x3000 + 1) if chr(c).isspace()])
print([hex(c) for c in range(0x10000, 0x110000, 0x100) if chr(c).isspace()])
for s in ['é', 'ß', 'Ω', 'ж', 'あ', '漢', 'ا', 'ä', '\u0301', 'a\u0301', '𝒳', '😀', 'ǅ', 'ª', 'º', 'ʰ',
          'Ⅻ', '①', '_', '٣', '', 'abc', 'ab c', 'Ⓐ', 'ⓐ', 'ﬁ', 'ǈ', '\u2160', 'µ', '\u0345']:
    print(repr(s), s.isalpha(), s.isalnum(), s.isascii(), s.islower(), s.isupper(), s.isspace())
print(''.isascii(), '\x7f'.isascii(), '\x80'.isascii(), 'abc\x00'.isascii())
print('ABC1'.isupper(), 'abc1'.islower(), '1'.isupper(), '1'.islower(), 'Ab'.isupper(), 'aB'.islower())
print('ǅ'.isupper(), 'ǅ'.islower(), 'Ⓐ'.isupper(), 'ⓐ'.islower(), 'ª'.islower(), 'ʰ'.islower())
print('\u2160'.isupper(), '\u2170'.islower(), '\u2160'.isalpha(), '\u2160'.isnumeric())
print(sum(1 for c in range(0x100) if chr(c).isalpha()), sum(1 for c in range(0x100) if chr(c).isalnum()))
print(sum(1 for c in range(0x100, 0x800) if chr(c).isalpha()))
print(sum(1 for c in range(0x100, 0x800) if chr(c).islower()), sum(1 for c in range(0x100, 0x800) if chr(c).isupper()))
print(sum(1 for c in range(0x1d400, 0x1d800) if chr(c).isalpha()), sum(1 for c in range(0x1d400, 0x1d800) if chr(c).isupper()))
print(sum(1 for c in range(0x10000, 0x10500) if chr(c).isalpha()))
print(sum(1 for c in range(0x4e00, 0x4f00) if chr(c).isalpha()))
print(sum(1 for c in range(0x30000) if chr(c).isalpha()), sum(1 for c in range(0x30000) if chr(c).isalnum()))
letters = 'aZéΩжあ漢ا가ℵ𝒳'
print([c.isalpha() for c in letters], letters.isalpha(), (letters + '1').isalpha(), (letters + '1').isalnum())
marks = '\u0300\u0903\u20dd\u0488'
print([c.isalpha() for c in marks], [c.isalnum() for c in marks], [c.isprintable() for c in marks])
print('\u00aa\u00ba'.islower(), '\u02b0\u1d2c'.islower(), '\u1d2c'.isupper(), '\u2071'.islower())
print('ABC\u0301'.isupper(), 'abc\u0301'.islower(), '\u0301'.isupper(), 'A1!'.isupper(), 'a1!'.islower())
print(''.isalpha(), ''.isalnum(), ''.isupper(), ''.islower(), ''.isspace(), ''.istitle())
print(' \t\n\r\x0b\x0c'.isspace(), '\x1c\x1d\x1e\x1f'.isspace(), '\x85\xa0'.isspace(), '\u200b'.isspace(), '\u180e'.isspace())
