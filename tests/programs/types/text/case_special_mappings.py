# upper/lower/casefold with one-to-many special casings
samples = ['ß', 'ﬁ', 'ﬂ', 'ﬀ', 'ﬃ', 'ŉ', 'ǰ', 'ΐ', 'İ', 'ı', 'ſ', 'K', 'Å', 'ẞ', 'ᾳ', 'ᾼ', 'ﬓ', 'µ', 'ÿ', 'ǅ', 'ǈ', 'ǋ', 'ǲ']
for ch in samples:
    print(repr(ch), repr(ch.upper()), repr(ch.lower()), repr(ch.casefold()),
          repr(ch.title()), repr(ch.swapcase()), repr(ch.capitalize()), len(ch.upper()), len(ch.lower()))
print('straße'.upper(), 'STRASSE'.lower(), 'straße'.casefold() == 'STRASSE'.casefold())
print('İstanbul'.lower(), len('İstanbul'.lower()), 'istanbul'.upper())
print('ﬁnance'.upper(), 'ﬁnance'.title(), 'ﬁnance'.capitalize())
print('ŉ'.upper(), len('ŉ'.upper()))
print('ǈubljana'.upper(), 'ǈubljana'.lower(), 'ǈubljana'.title())
print('Ωmega'.lower(), 'ωMEGA'.upper(), 'ΣΊΣΥΦΟΣ'.lower())
print('Ⅻ'.lower(), 'ⅻ'.upper(), 'ⓐⓑ'.upper(), 'Ⓐ'.lower())
print('𐐀𐐁'.lower(), '𐐨'.upper(), '𝒳'.upper(), '𝒳'.lower())
print('ꭰ'.upper(), 'Ꭰ'.lower(), 'ꭰ'.casefold(), 'Ᏸ'.casefold())
print('ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.istitle(), 'ǅa'.istitle())
print('ß'.isupper(), 'ß'.islower(), 'ẞ'.isupper(), 'ẞ'.lower())
print(''.upper(), ''.lower(), ''.casefold(), repr(''.title()))
print('ABC123'.lower(), 'abc123'.upper(), '123'.upper())
print('Hello Wörld'.casefold(), 'ΜΆΪΟΣ'.casefold())
expanding = [c for c in map(chr, range(0x10000)) if len(c.upper()) > 1]
print(len(expanding), ''.join(expanding[:20]))
print([ascii(c.upper()) for c in expanding[:12]])
print(sum(len(c.upper()) for c in expanding), max(len(c.upper()) for c in expanding))
lower_exp = [c for c in map(chr, range(0x10000)) if len(c.lower()) > 1]
print([ascii(c) for c in lower_exp], [ascii(c.lower()) for c in lower_exp])
title_diff = [c for c in map(chr, range(0x10000)) if c.title() != c.upper()]
print(len(title_diff), ascii(''.join(title_diff[:16])), ascii(''.join(c.title() for c in title_diff[:8])))
print('ﬃ'.upper().lower(), 'ß'.upper().lower(), 'ŉ'.upper().lower(), 'ǰ'.upper().lower())
for s in ['ß', 'ﬁ', 'İ']:
    print(ascii(s), [ascii(c) for c in s.upper()], [ascii(c) for c in s.lower()], s.upper().isupper(), s.lower().islower())
