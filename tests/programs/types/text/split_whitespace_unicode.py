# str.split() with sep=None splits on Unicode whitespace (str.isspace characters)
ws_chars = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f',
            '\x85', '\xa0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029',
            '\u202f', '\u205f', '\u3000']
for ch in ws_chars:
    s = 'a' + ch + 'b' + ch + ch + 'c'
    print(repr(ch), s.split(), s.rsplit(), ch.isspace())

not_ws = ['\u200b', '\ufeff', '\x00', '\u180e', '\x1b']
for ch in not_ws:
    s = 'a' + ch + 'b'
    print(repr(ch), s.split(), ch.isspace())

print('  leading and trailing  '.split())
print(''.split())
print('   '.split())
print('\u3000\u3000x\u3000'.split())
print(' a b c '.split(None, 0))
print(' a b c '.split(None, 1))
print(' a b c '.rsplit(None, 1))
print(' a b c '.rsplit(None, 0))
print('a  b  c  '.split(maxsplit=1))
print('  a  b  c'.rsplit(maxsplit=1))
print('a b c'.split(None, -1))
print('a b c'.split(None, -5))
print('a b c'.rsplit(maxsplit=-1))
print('a\x85b'.split(None))
print('x\u2028y\u2029z'.split())
print('one\ttwo\nthree\rfour\x0cfive\x0bsix'.split())
print('1\xa02'.split(' '))
print('1\xa02'.split())
print(' \t '.split(None, 2))
print('a b '.split(None, 1))
print(' a b'.rsplit(None, 1))
print('a '.split(None, 1))
print(' a'.rsplit(None, 1))
