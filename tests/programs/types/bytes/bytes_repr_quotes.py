# repr() of bytes and bytearray: quote choice and escape sequences.

samples = [
    b"",
    b"plain",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\\",
    b"tab\there",
    b"line\nbreak\r",
    b"\x00\x01\x1f\x7f",
    b"\x80\xff\xfe",
    b" ~",
    bytes(range(0x20)),
    b"'",
    b'"',
    b"'\"",
    b"\\x41",
    b"\x0b\x0c",
]
for s in samples:
    print(repr(s))
    print(repr(bytearray(s)))

print(str(b"abc"))
print(str(bytearray(b"'")))
print("%s|%r" % (b"x", b"y"))
print(f"{b'fmt'}|{b'fmt'!r}")
print(ascii(b"\xe9"))
print([b"a", bytearray(b"b")])
print({b"k": b"v"})

# every byte value round-trips through eval(repr(...))
allbytes = bytes(range(256))
r = repr(allbytes)
print(len(r))
print(eval(r) == allbytes)
print(r[:60])
print(r[-60:])
print(eval(repr(bytearray(allbytes))) == bytearray(allbytes))

class Sub(bytes):
    pass

class SubArr(bytearray):
    pass

print(repr(Sub(b"q'")))
print(repr(SubArr(b"q'")))

class CustomRepr(bytes):
    def __repr__(self):
        return "CustomRepr!"

print(repr(CustomRepr(b"x")), str(CustomRepr(b"x")))
