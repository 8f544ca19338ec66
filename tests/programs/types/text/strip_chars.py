# strip/lstrip/rstrip with and without chars
print(repr('  \t x \n '.strip()))
print(repr('\x1c\x1dx\x1e\x1f'.strip()))
print(repr('\x85\xa0x\u3000\u2028'.strip()))
print(repr('\u200bx\u200b'.strip()))
print(repr('  x  '.lstrip()), repr('  x  '.rstrip()))
print(repr('xxhixx'.strip('x')))
print(repr('xyhiyx'.strip('xy')))
print(repr('xyhiyx'.strip('yx')))
print(repr('xyhiyx'.lstrip('xy')), repr('xyhiyx'.rstrip('xy')))
print(repr('www.example.com'.strip('cmowz.')))
print(repr('abc'.strip('')))
print(repr(''.strip('abc')))
print(repr('aaaa'.strip('a')))
print(repr('  x  '.strip(None)))
print(repr('  x  '.lstrip(None)), repr('  x  '.rstrip(None)))
print(repr('😀x😀'.strip('😀')))
print(repr('𝒳𝒴x𝒴'.strip('𝒳𝒴')))
print(repr('\u3000x '.strip(' ')))
print(repr('Arthur: three!'.lstrip('Arthur: ')))
print(repr('Arthur: three!'.removeprefix('Arthur: ')))
print(repr('mississippi'.rstrip('ipz')))
print(repr('\t\tx'.lstrip('\t')))
try:
    'x'.strip(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.lstrip(b'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.rstrip('a', 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.strip(chars='x')
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
r = S('  hi  ').strip()
print(type(r).__name__, repr(r))
r = S('hi').strip()
print(type(r).__name__, repr(r))
r = S('hi').lstrip('z')
print(type(r).__name__, repr(r))
