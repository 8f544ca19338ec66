# hash() of numbers, strings, bytes, tuples, frozensets under PYTHONHASHSEED=0.
for v in (0, 1, -1, -2, 2**31, 2**32 + 5, 2**61 - 1, 2**61, 2**64, -2**64, 10**100, -10**100):
    print('int', v, hash(v))
for v in (0.0, -0.0, 0.5, -0.5, 1.5, 1e10, 1e300, 1e-300, 3.141592653589793,
          float('inf'), -float('inf'), 2.0**61, 2.0**100, -2.5, 123456.789):
    print('float', repr(v), hash(v))
nan = float('nan')
print(hash(nan) == hash(nan), hash(nan) == hash(float('nan')) if False else 'ok')
print(hash(1.0) == hash(1) == hash(True), hash(2.0**70) == hash(2**70))
print(hash(complex(1, 0)) == hash(1), hash(1j), hash(2 + 3j), hash(-1 - 1j))
for s in ('', 'a', 'b', 'ab', 'hello', 'Hello, World!', 'é', 'ü' * 10, '日本語', '\U0001f600x', 'a' * 100):
    print('str', repr(s), hash(s))
for b in (b'', b'a', b'hello', bytes(range(20)), b'\xff' * 3):
    print('bytes', b, hash(b), hash(b) == hash(bytearray(b).decode('latin-1')) if b else None)
print(hash(b'abc') == hash('abc'))
print(hash(memoryview(b'abc')) == hash(b'abc'))
for t in ((), (0,), (1,), (1, 2), (2, 1), (1, (2, 3)), ('a', 'b'), (None,), (1.5, -1), ((), ())):
    print('tuple', t, hash(t))
for f in (frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset('abc'),
          frozenset({(1, 2)}), frozenset(range(10))):
    print('frozenset', sorted(f, key=repr), hash(f))
print(hash(None) == hash(None), hash(True), hash(False), hash(...) == hash(Ellipsis))
print(hash(range(3)) == hash(range(3)) if False else 'skip')
def show(v):
    try:
        print(hash(v))
    except TypeError as e:
        print('TypeError', e)
show([])
show({})
show(set())
show(bytearray())
show((1, []))
show((1, (2, {})))
show(frozenset())
show(slice(1, 2))
show(slice(1, []))
class H:
    def __hash__(self): return 2**70
print(hash(H()))
class H2:
    def __hash__(self): return -1
print(hash(H2()))
class H3:
    def __hash__(self): return 'x'
show(H3())
class H4(int):
    pass
print(hash(H4(-1)), hash(H4(5)))
class H5:
    __hash__ = None
show(H5())
class H6:
    def __eq__(self, o): return True
show(H6())
print(hash(True) == hash(1.0), hash(-1) == hash(-2))
