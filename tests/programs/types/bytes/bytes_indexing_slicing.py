# Indexing bytes and bytearray yields ints; slicing yields the same kind.

data = b"abcdefghij"
arr = bytearray(data)
for obj in (data, arr):
    print(type(obj).__name__)
    print(obj[0], obj[-1], obj[5], type(obj[0]).__name__)
    print(obj[2:5], obj[:3], obj[7:], obj[-3:], obj[:-7])
    print(obj[::2], obj[1::3], obj[::-1], obj[-2::-2])
    print(obj[5:2], obj[100:], obj[-100:2], obj[2:100])
    print(obj[8:2:-2], obj[::-4], obj[3:3])
    print(obj[True], obj[False:True])
    for bad in (10, -11, 2 ** 70):
        try:
            obj[bad]
        except IndexError as e:
            print("IndexError", e)
    for bad in ("a", 1.0, None, (1,)):
        try:
            obj[bad]
        except TypeError as e:
            print("TypeError", e)
    try:
        obj[::0]
    except ValueError as e:
        print("ValueError", e)

class I:
    def __index__(self):
        return 2

print(data[I()], data[I():], data[:I()], arr[I()])
print(data[slice(1, None, 3)], arr[slice(None)])
print(data[-1:-5:-1], data[1:-1])

# slices are copies
s = arr[2:4]
s[0] = 90
print(arr, s)
whole = data[:]
print(whole is data, whole == data)
print(list(b"\x00\x7f\x80\xff"))
print([c for c in b"hi"], [c for c in bytearray(b"hi")])
it = iter(b"ab")
print(next(it), next(it), next(it, "done"))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(len(b""), len(b"\x00" * 7), len(bytearray(3)))
