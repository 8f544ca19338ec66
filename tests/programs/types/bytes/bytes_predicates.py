# isalpha/isalnum/isdigit/isspace/islower/isupper/istitle/isascii on bytes (ASCII rules).
samples = [
    b"",
    b"abc",
    b"ABC",
    b"Abc",
    b"abc123",
    b"123",
    b" \t\n\r\x0b\x0c",
    b"\x1c",
    b"\xe9",
    b"caf\xe9",
    b"Hello World",
    b"Hello world",
    b"HELLO 123",
    b"hello 123",
    b"123 ",
    b"\x7f",
    b"\x80",
    b"A1B2",
    b"They'Re",
    b"a\xc9",
    b"\xb2",
]
names = ["isalpha", "isalnum", "isdigit", "isspace", "islower", "isupper", "istitle", "isascii"]
for s in samples:
    print(repr(s).ljust(26), " ".join("%s=%d" % (n[2:], getattr(s, n)()) for n in names))
    assert all(getattr(bytearray(s), n)() == getattr(s, n)() for n in names)

for n in names:
    try:
        getattr(b"a", n)(None)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(bytearray(b"a"), n)(None)
    except TypeError as e:
        print("TypeError", e)

# compare with str, where Unicode classes matter
print("é".isalpha(), b"\xe9".isalpha(), "²".isdigit(), b"\xb2".isdigit(), "\x1c".isspace(), b"\x1c".isspace())
print(bytes(range(128)).isascii(), bytes(range(129)).isascii())
print(sum(bytes([i]).isspace() for i in range(256)), sum(bytes([i]).isalnum() for i in range(256)))
print(sum(bytes([i]).isupper() for i in range(256)), sum(bytes([i]).islower() for i in range(256)))
