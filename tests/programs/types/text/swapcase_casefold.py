# swapcase and casefold, including characters whose case mappings are not symmetrical
for s in ['Hello World', 'ß', 'ẞ', 'İ', 'ı', 'ǅ', 'ǆ', 'Ǆ', 'ﬁ', 'µ', 'Σ', 'ΑΣ', 'ς', 'ſ', 'K', 'Ω', 'ᾳ', 'ῼ', 'ŉ', '𐐀', '𐐨', '123', '']:
    print(repr(s), repr(s.swapcase()), repr(s.swapcase().swapcase()), repr(s.casefold()), s.swapcase().swapcase() == s)
words = ['Straße', 'STRASSE', 'strasse', 'ﬁle', 'FILE', 'file', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'µ', 'μ', 'Μ', 'ſ', 's', 'K', 'k']
for w in words:
    print(w, w.casefold(), w.lower(), w.upper())
groups = {}
for w in words:
    groups.setdefault(w.casefold(), []).append(w)
print(groups)
print('ǅ'.casefold(), 'ǈ'.casefold(), 'ᏸ'.upper(), 'Ᏸ'.casefold(), 'Ꭰ'.casefold(), 'ꭰ'.upper())
print('ΐ'.upper(), 'ΐ'.casefold(), len('ΐ'.upper()), 'ǰ'.upper(), 'ẖ'.upper(), 'ẗ'.casefold())
print('ﬅ'.upper(), 'ﬆ'.upper(), 'ﬆ'.casefold(), 'ﬓ'.upper(), 'ﬗ'.title())
print(''.join(c.swapcase() for c in 'aBcDé'), 'aBcDé'.swapcase())
print(sum(1 for c in range(0x100, 0x250) if chr(c).swapcase() != chr(c)))
print(sum(1 for c in range(0x370, 0x400) if len(chr(c).casefold()) > 1), sum(1 for c in range(0x1f00, 0x2000) if len(chr(c).upper()) > 1))
for s in ['İ', 'ı', 'ß', 'ẞ']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()), ascii(s.swapcase()), ascii(s.title()))
print([ascii(c) for c in 'İ'.lower()], 'İ'.lower().upper(), len('İ'.lower().upper()))
print('Σ'.swapcase(), 'ΑΣ'.swapcase(), 'ΑΣ Β'.swapcase(), 'ΣΑ'.swapcase())
print('ǅ'.swapcase(), 'ǈ'.swapcase(), 'ǋ'.swapcase(), 'ǲ'.swapcase())
print(sum(1 for c in range(0x10000) if chr(c).casefold() != chr(c).lower()))
print([hex(c) for c in range(0x10000) if chr(c).casefold() != chr(c).lower()][:25])
eq = lambda a, b: a.casefold() == b.casefold()
print(eq('Maße', 'MASSE'), eq('ﬁ', 'FI'), eq('ǅ', 'ǆ'), eq('K', 'k'), eq('Å', 'å'), eq('İ', 'i'), eq('ς', 'Σ'))
