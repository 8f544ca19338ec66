# + and * on bytes and bytearray, and their result types.
a = b"ab"
ba = bytearray(b"cd")
mv = memoryview(b"ef")

def show(label, thunk):
    try:
        r = thunk()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)

show("b+b", lambda: a + a)
show("b+ba", lambda: a + ba)
show("ba+b", lambda: ba + a)
show("b+mv", lambda: a + mv)
show("ba+mv", lambda: ba + mv)
show("b+empty", lambda: a + b"")
show("b+str", lambda: a + "x")
show("str+b", lambda: "x" + a)
show("ba+str", lambda: ba + "x")
show("b+int", lambda: a + 1)
show("b+list", lambda: a + [1])
show("mv+b", lambda: mv + a)
show("b*3", lambda: a * 3)
show("3*b", lambda: 3 * a)
show("b*0", lambda: a * 0)
show("b*-2", lambda: a * -2)
show("ba*2", lambda: ba * 2)
show("2*ba", lambda: 2 * ba)
show("b*True", lambda: a * True)
show("b*float", lambda: a * 2.0)
show("b*b", lambda: a * a)
show("b*None", lambda: a * None)
show("ba*str", lambda: ba * "2")

class N:
    def __index__(self):
        return 2

show("b*index", lambda: a * N())
show("index*ba", lambda: N() * ba)

try:
    b"x" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

# concatenation does not alias
x = b"x"
y = x + b""
print(y == x)
z = b"" + x
print(z == x)
c = ba * 1
c[0] = 65
print(ba, c)

class Sub(bytes):
    pass

show("sub+b", lambda: Sub(b"s") + b"t")
show("b+sub", lambda: b"t" + Sub(b"s"))
show("sub*2", lambda: Sub(b"s") * 2)

class Radd:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)

show("b+Radd", lambda: b"q" + Radd())
show("ba+Radd", lambda: bytearray(b"q") + Radd())
show("b*Radd", lambda: b"q" * Radd())
print(sum([b"a", b"b"], b"") if False else b"".join([b"a", b"b"]))
try:
    sum([b"a", b"b"], b"")
except TypeError as e:
    print("TypeError", e)
