# chr and ord: ranges, surrogates, argument errors
print(chr(0), repr(chr(0)), chr(65), chr(0x263a), chr(0x1f600), repr(chr(0x10ffff)), repr(chr(0xd800)))
print(ord('a'), ord('\x00'), ord('é'), ord('😀'), ord('\U0010ffff'), ord(chr(0xdc00)))
print(ord(b'A'), ord(bytearray(b'\xff')), ord(chr(0x1d4b3)))
print(chr(True), chr(False) == '\x00')

class I:
    def __index__(self):
        return 0x41
print(chr(I()))
for v in [-1, 0x110000, 2**31, 2**63, -2**63, 2**100, 1.0, '65', None, 65.5]:
    try:
        print(repr(chr(v)))
    except Exception as e:
        print(repr(v) if not isinstance(v, int) or abs(v) < 2**40 else 'big', type(e).__name__, e)
for v in ['', 'ab', '😀😀', 5, None, b'', b'ab', bytearray(), ['a'], 'e\u0301']:
    try:
        print(ord(v))
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
print(ord(S('z')))
try:
    chr()
except Exception as e:
    print(type(e).__name__, e)
try:
    ord()
except Exception as e:
    print(type(e).__name__, e)
try:
    chr(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    chr(i=1)
except Exception as e:
    print(type(e).__name__, e)
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
print([chr(i) for i in range(0x1f600, 0x1f605)], ''.join(chr(c) for c in range(97, 123)))
print(sum(ord(c) for c in 'hello world'), max('hello😀'), min('hello'))
