# bytes/bytearray methods called through the type, and descriptor type checks.
print(bytes.upper(b"abc"), bytes.split(b"a b"), bytes.hex(b"\x01"), bytes.decode(b"ok"))
print(bytearray.upper(bytearray(b"abc")), bytearray.strip(bytearray(b" x ")))
for call in (lambda: bytes.upper(bytearray(b"x")), lambda: bytes.upper("x"), lambda: bytearray.upper(b"x"),
             lambda: bytes.join([b"a"], b"b"), lambda: bytearray.append(b"x", 1), lambda: bytes.upper()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(type(bytes.upper).__name__, type(b"".upper).__name__, bytes.upper.__name__, bytes.upper.__qualname__)
print(type(bytes.fromhex).__name__, type(bytes.__dict__["fromhex"]).__name__)
print(bytes.__len__(b"abc"), bytes.__getitem__(b"abc", 1), bytes.__contains__(b"abc", b"b"))
print(bytes.__add__(b"a", b"b"), bytes.__mul__(b"a", 3), bytes.__rmul__(b"a", 2))
print(bytearray.__len__(bytearray(b"ab")), bytearray.__iadd__(bytearray(b"a"), b"b"))
print(bytes.__iter__(b"ab").__next__(), list(bytearray.__iter__(bytearray(b"xy"))))
print(sorted(n for n in dir(bytes) if not n.startswith("_")))
print(sorted(set(dir(bytearray)) - set(dir(bytes)) - {"__reduce__"}))
print(sorted(set(dir(bytes)) - set(dir(bytearray))))
print(sorted(n for n in dir(memoryview) if not n.startswith("_")))
print(bytes.__doc__ is not None, bytes.__name__, bytes.__qualname__, bytes.__module__)
print(bytearray.__name__, memoryview.__name__, bytearray.__hash__ is None)
print(issubclass(bytes, object), bytes.__bases__, bytearray.__bases__, memoryview.__bases__)
print(isinstance(b"", (bytes, bytearray)), isinstance(bytearray(), bytes))
print(bytearray(b"ab").__reduce__(), bytearray(b"\xff").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(4))

class S(bytearray):
    pass

s = S(b"x")
print(s.__reduce_ex__(2)[1:], s.__reduce_ex__(3)[1:])
s.tag = 1
print(s.__reduce_ex__(2)[1:], s.__reduce__()[2])
print(b"ab".__getnewargs__(), S(b"q").__reduce_ex__(5)[0] is S)
