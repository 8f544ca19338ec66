# slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = range(8)
print(a)
a[::2] = "wxyz"
print(a)
a[1::2] = [True] * 4
print(a)
a[::-1] = list(range(8))
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a[::-3] = []
except ValueError as e:
    print("ValueError", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
a[5:1] = ["mid"]
print(a)
a[100:] = ["tail"]
print(a)
a[-100:0] = ["head"]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[::-1]
print(a)
b = list(range(20))
del b[2:18:3]
print(b)
del b[::5]
print(b)
del b[50:]
print(b)
try:
    del b[50]
except IndexError as e:
    print("IndexError", e)
try:
    b[50] = 1
except IndexError as e:
    print("IndexError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
try:
    b[1.0]
except TypeError as e:
    print("TypeError", e)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [1, 2, 3, 4, 5, 6]
d[1:5:2] = ("two", "four")
print(d)
d[::1] = []
print(d)
s = slice(1, 8, 3)
lst = list(range(10))
print(lst[s], s.start, s.stop, s.step, s, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 2).indices(7), slice(10, -10, -3).indices(6))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    lst[::0]
except ValueError as e2:
    print("ValueError", e2)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), lst[slice(None)], "hello"[slice(1, None, 2)])
print(lst[True:], lst[-1:-4:-1], lst[3:-3], lst[-3:3], lst[::-2], lst[7:2:-1], lst[2:7:-1])
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print('err' in globals(), 'e2' in globals())
