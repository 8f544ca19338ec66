# array.array's machine representation: tobytes/frombytes, byteswap, buffer_info, __sizeof__,
# the buffer protocol (bytes(), memoryview, bytes-like uses), files, copying and pickling state.
import array
import copy
import os


def attempt(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)


a = array.array('i', [1, -2, 0x01020304])
print(a.tobytes(), bytes(a), bytearray(a), len(bytes(a)))
a.byteswap()
print(a, a.tobytes())
a.byteswap()
for code in 'bBhHiIlLqQfd':
    arr = array.array(code, [1, 2])
    arr.byteswap()
    print(code, arr.tobytes().hex(), arr.tolist())
w = array.array('w', 'ab')
w.byteswap()
print(w.tobytes(), attempt(w.tolist))
w.byteswap()
print(w, w.tobytes())

b = array.array('h')
b.frombytes(b'\x01\x00\x02\x00')
b.frombytes(bytearray(b'\xff\xff'))
b.frombytes(memoryview(b'\x03\x00'))
b.frombytes(array.array('B', [4, 0]))
print(b, attempt(lambda: b.frombytes(b'\x01')), attempt(lambda: b.frombytes('ab')),
      attempt(lambda: b.frombytes(array.array('i', [1]))), attempt(lambda: b.frombytes(memoryview(array.array('h', [1])))))
print(array.array('d', array.array('d', [1.5, -2.25]).tobytes()), array.array('f', b'\x00\x00\xc0?'))

u = array.array('w', 'héllo')
u.fromunicode(' wörld \U0001F600')
print(u, u.tounicode(), len(u), u[-1], u.count('l'), u.index('ö'))
print(attempt(lambda: u.fromunicode(b'x')), attempt(lambda: array.array('i').fromunicode('x')),
      attempt(lambda: array.array('i').tounicode()), attempt(lambda: u.append('xy')), attempt(lambda: u.append(1)))

# buffer_info's address is arbitrary; its length is the item count.
info = array.array('d', [1, 2, 3]).buffer_info()
print(type(info[0]).__name__, info[1], array.array('d').buffer_info())
sizes = []
g = array.array('i')
for i in range(40):
    g.append(i)
    sizes.append(g.__sizeof__())
print(sizes)
while g:
    g.pop()
print(g.__sizeof__(), array.array('i', [1, 2, 3]).__sizeof__(), array.array('i', b'1234').__sizeof__(), array.array('w', 'abc').__sizeof__())

# memoryview over an array shares its storage.
m = memoryview(array.array('i', [10, 20, 30]))
print(m.format, m.itemsize, m.nbytes, m.readonly, m.shape, m.tolist(), m[1], m.obj, len(m))
arr = array.array('H', [1, 2, 3])
mv = memoryview(arr)
mv[0] = 500
mv[1:3] = memoryview(array.array('H', [7, 8]))
print(arr, mv.cast('B').tolist(), bytes(mv[::2]))
print(memoryview(array.array('d', [0.5])).tobytes(), memoryview(array.array('f', [1.5, 2])).tolist(), memoryview(array.array('w', 'a')).format)
print(attempt(lambda: memoryview(array.array('w', 'a')).tolist()), memoryview(array.array('w', 'ab')).cast('B').tolist())
print(b''.join([array.array('b', [65, 66]), b'C']), b'x' + array.array('B', [121]), int.from_bytes(array.array('B', [1, 2]), 'big'))
print(bytes(array.array('q', [-1])), array.array('B', b'hello').tobytes().decode())

# Files: tofile writes the machine values, fromfile reads n items (EOFError when short).
here = os.path.join(os.getcwd(), 'array_buffers_tmp')
os.makedirs(here, exist_ok=True)
path = os.path.join(here, 'data.bin')
with open(path, 'wb') as fh:
    array.array('i', [1, 2, 3, 4]).tofile(fh)
    array.array('i').tofile(fh)
with open(path, 'rb') as fh:
    r = array.array('i')
    r.fromfile(fh, 3)
    print(r, attempt(lambda: r.fromfile(fh, 5)), r)
    print(attempt(lambda: r.fromfile(fh, -1)), attempt(lambda: r.fromfile(fh)), attempt(lambda: r.tofile()))
with open(path, 'rb') as fh:
    print(fh.read())
os.remove(path)
os.rmdir(here)
print(attempt(lambda: r.fromfile(1, 1)), attempt(lambda: r.tofile(1)))


class Reader:
    def read(self, n):
        return 'x' * n


print(attempt(lambda: r.fromfile(Reader(), 1)))

# Copies and pickling state.
c = array.array('l', [1, 2, 3])
print(copy.copy(c), copy.deepcopy(c), c.__copy__() is c, copy.copy(c) == c)
print(c.__reduce_ex__(2), c.__reduce_ex__(4)[1:], c.__reduce_ex__(3)[0].__name__)
print(array.array('f', [1]).__reduce_ex__(4)[1], array.array('w', 'ab').__reduce_ex__(4)[1], array.array('w', 'ab').__reduce_ex__(1))
print(attempt(lambda: c.__reduce_ex__('a')), attempt(lambda: c.__reduce_ex__()), attempt(lambda: c.__reduce__()))
rebuild, args, state = c.__reduce_ex__(4)
print(rebuild(*args), state)
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'),
      array._array_reconstructor(array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'),
      array._array_reconstructor(array.array, 'l', 8, b'\xff\xff\xff\xff'),
      array._array_reconstructor(array.array, 'w', 21, b'\x00\x00\x00a\x00\x00\x00b'))
for args in [(array.array, 'i', 30, b''), (array.array, 'x', 8, b''), (int, 'i', 8, b''), (1, 'i', 8, b''),
             (array.array, 'i', 8, []), (array.array, 'i', 9, b'\x00')]:
    print(attempt(lambda: array._array_reconstructor(*args)))


class Tagged(array.array):
    pass


t = Tagged('b', [1])
t.tag = 'x'
rebuild, args, state = t.__reduce_ex__(4)
print(args[0].__name__, state, copy.copy(t), copy.deepcopy(t))
