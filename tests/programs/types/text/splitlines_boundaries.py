# str.splitlines recognises every Unicode line boundary
boundaries = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in boundaries:
    s = 'one' + b + 'two' + b
    print(repr(b), s.splitlines(), s.splitlines(True))

for ch in ['\x1f', '\t', '\xa0', '\u3000', '\x00']:
    print(repr(ch), ('a' + ch + 'b').splitlines())

print(''.splitlines())
print(''.splitlines(True))
print('\n'.splitlines())
print('\n'.splitlines(keepends=True))
print('\n\n'.splitlines())
print('\r\r\n\n'.splitlines())
print('\r\r\n\n'.splitlines(True))
print('\n\r'.splitlines(True))
print('no newline'.splitlines())
print('trailing\n'.splitlines())
print('x\r\ny\n\rz'.splitlines())
print('a\x1cb\x1dc\x1ed\x1fe'.splitlines())
print('a\u2028b'.splitlines(1))
print('a\nb'.splitlines(0))
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'))
print('😀\n𝒳'.splitlines())
try:
    'a'.splitlines('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.splitlines(True, True)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.splitlines(keep=True)
except Exception as e:
    print(type(e).__name__, e)
print('a\nb'.splitlines(keepends=2))
try:
    print('a\nb'.splitlines(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a\nb'.splitlines(1.0))
except Exception as e:
    print(type(e).__name__, e)
