# Slice assignment and deletion, simple and extended, on lists.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[::2] = 'ABCDE'
print(a)
a[1::3] = [100, 200, 300]
print(a)
a[::-1] = list(range(len(a)))
print(a)
a[5:2] = [7, 7]
print(a)
a[-100:100:1] = (1, 2, 3)
print(a)

b = list(range(10))
def ext_wrong():
    b[::2] = [1, 2, 3]
show('ext', ext_wrong)
def ext_wrong2():
    b[1:8:3] = []
show('ext2', ext_wrong2)
def ext_wrong3():
    b[::-3] = 'ab'
show('ext3', ext_wrong3)
def assign_non_iter():
    b[1:3] = 5
show('noniter', assign_non_iter)
def assign_non_iter_ext():
    b[::2] = 5
show('noniter ext', assign_non_iter_ext)
def zero_step():
    b[::0] = []
show('zero step', zero_step)
def float_index():
    b[1.5:3] = []
show('float idx', float_index)
print(b)

# step 1 written as extended slice behaves like simple slice
c = list(range(6))
c[1:3:1] = 'abcd'
print(c)
c[::1] = []
print(c)

# deleting
d = list(range(20))
del d[::3]
print(d)
del d[::-2]
print(d)
del d[100:]
print(d)
del d[1:3]
print(d)
del d[5:1:-1]
print(d)
e = list(range(5))
del e[:]
print(e)

# self assignment
f = [1, 2, 3]
f[1:2] = f
print(f)
f[::2] = f[::2][::-1]
print(f)
g = [1, 2, 3, 4]
g[:] = reversed(g)
print(g)
g[1:1] = g
print(g)

# index errors
def bad_idx():
    return [1, 2][5]
show('getidx', bad_idx)
def bad_set():
    x = [1]
    x[3] = 1
show('setidx', bad_set)
def bad_del():
    x = [1]
    del x[-3]
show('delidx', bad_del)
def bad_type():
    return [1][None]
show('type', bad_type)
def bad_type2():
    return [1]['a']
show('type2', bad_type2)
def bad_type3():
    x = [1]
    x['a'] = 2
show('type3', bad_type3)
def bad_type4():
    x = [1]
    del x[1.0]
show('type4', bad_type4)
def big_idx():
    return [1][10**30]
show('big', big_idx)
