# memoryview equality: by item values, across formats and with bytes-like objects.
a = memoryview(b"abc")
print(a == b"abc", a == bytearray(b"abc"), a == memoryview(b"abc"), a == b"abd", a == b"ab")
print(a != b"abc", a != b"xyz", b"abc" == a, bytearray(b"abc") == a)
print(a == "abc", a == [97, 98, 99], a == 5, a == None)
print(a[::2] == b"ac", a[::-1] == b"cba", a[1:] == memoryview(b"bc"))
print(memoryview(b"") == b"", memoryview(b"") == memoryview(bytearray()))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a " + op + " b'abd'")
    except TypeError as e:
        print(op, "TypeError", e)
try:
    a < a
except TypeError as e:
    print("TypeError", e)

h = memoryview(bytes([1, 0, 2, 0])).cast("H")
print(h == memoryview(bytes([1, 0, 2, 0])).cast("H"), h == b"\x01\x00\x02\x00")
print(h == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast("I"))
print(memoryview(b"\x01\x02").cast("b") == memoryview(b"\x01\x02"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("c") == memoryview(b"ab"))
f1 = memoryview(bytes(8)).cast("d")
print(f1 == f1, f1 == memoryview(bytes(8)).cast("d"), f1 == memoryview(bytes(8)).cast("Q"))
nan = memoryview(bytes([0, 0, 0, 0, 0, 0, 248, 127])).cast("d")
print(nan.tolist(), nan == nan, nan == memoryview(bytes([0, 0, 0, 0, 0, 0, 248, 127])).cast("d"))

m = memoryview(b"same")
m2 = memoryview(b"same")
m2.release()
print(m == m2, m2 == m2, m2 != m2)
print(m in [b"same"], [m].count(b"same"))
print(bytearray(b"x") == memoryview(b"x"), bytes.__eq__(b"x", memoryview(b"x")))
print(memoryview.__eq__(m, "x"), memoryview.__ne__(m, 3))
