# Slicing by code points with every kind of step and bound
s = 'a😀b𝒳cdé😁'
n = len(s)
print(n, s[1:4], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2], s[-1:-4:-1], s[6:1:-2])
print(repr(s[5:2]), repr(s[100:]), repr(s[:-100]), s[-100:100], s[3:3] == '')
for step in [1, 2, 3, -1, -2, -3, 7, -7, 100, -100]:
    print(step, s[::step], s[1::step], s[:5:step], s[-2::step])
print(s[None:None:None], s[None:3], s[3:None], s[::None])

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s[I(1):I(3)], s[I(-1):I(0):I(-1)])
print(s[slice(1, 5, 2)], s[slice(None)], s[slice(-2, None)])
try:
    s[::0]
except Exception as e:
    print(type(e).__name__, e)
try:
    s['a':]
except Exception as e:
    print(type(e).__name__, e)
try:
    s[1.5:]
except Exception as e:
    print(type(e).__name__, e)
print(s[2**100:], s[-2**100:2], s[::2**100], s[::-2**100])
try:
    s[0] = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    del s[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    s[0:1] = 'x'
except Exception as e:
    print(type(e).__name__, e)
ascii_s = 'abcdefghij'
for sl in [slice(2, 8, 3), slice(8, 2, -3), slice(-1, None, -4), slice(None, None, -11), slice(0, 10, 11), slice(-3, -1)]:
    print(sl, ascii_s[sl], s[sl])
print(s[1:2] is not None, type(s[1:2]).__name__)

class S(str):
    pass
print(type(S('abc')[1:]).__name__, type(S('abc')[:]).__name__, type(S('abc')[0]).__name__)
t = 'hello'
print(t[:] is t, t[0:5] is t, t[::1] is t)
