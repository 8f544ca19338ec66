# int() and float() accept bytes and bytearray holding ASCII digits.
print(int(b"42"), int(b"  -17  "), int(b"0x1f", 16), int(b"ff", 16), int(b"0b101", 0), int(b"1_000"))
print(int(bytearray(b"99")), int(b"+7"), int(b"z", 36))
print(float(b"1.5"), float(b" -2e3 "), float(bytearray(b"inf")), float(b"nan"))
for bad in (b"", b"4 2", b"1.5", b"\xff", b"0x10", b"\xd9\xa1"):
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", e)
for bad in (b"", b"abc", b"1,5", b"\xe9"):
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int(b"12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(memoryview(b"12"))
except TypeError as e:
    print("TypeError", e)
print(int(memoryview(b"123")[1:].tobytes()))
try:
    complex(b"1+2j")
except TypeError as e:
    print("TypeError", e)
print(int(b"0" * 50 + b"1"), int(b"1" + b"0" * 30))
