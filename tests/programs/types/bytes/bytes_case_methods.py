# upper/lower/swapcase/title/capitalize: ASCII letters only; other bytes pass through.
samples = [
    b"",
    b"hello World",
    b"ALL CAPS",
    b"mIxEd 123 !?",
    b"caf\xe9 \xc9T\xc9",
    b"they're bill's friends",
    b"hello_world-foo bar2baz",
    b"\xdf\xff\xb5",
    b"123abc",
    b"  lead",
    b"x",
]
for s in samples:
    print(repr(s))
    print("  ", s.upper(), s.lower(), s.swapcase())
    print("  ", s.title(), s.capitalize())

ba = bytearray(b"mixed Case")
for name in ("upper", "lower", "swapcase", "title", "capitalize"):
    r = getattr(ba, name)()
    print(name, r, type(r).__name__, r is ba)
print(ba)

# str versions differ for non-ASCII
print("café".upper(), b"caf\xe9".upper())
print("\xdf".upper(), b"\xdf".upper())

for name in ("upper", "lower", "swapcase", "title", "capitalize"):
    try:
        getattr(b"x", name)(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(bytearray(b"x"), name)(1)
    except TypeError as e:
        print("TypeError", e)

class Sub(bytes):
    pass

print(type(Sub(b"a").upper()).__name__, Sub(b"aB").swapcase())
print(bytes(range(60, 100)).lower())
print(bytes(range(90, 130)).upper())
