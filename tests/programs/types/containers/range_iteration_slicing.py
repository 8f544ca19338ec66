# range iteration, reversed, slices with all sign combinations compared with list slicing.
r = range(-5, 17, 3)
L = list(r)
ok = True
count = 0
for start in (None, -20, -3, -1, 0, 1, 4, 20):
    for stop in (None, -20, -4, 0, 2, 5, 20):
        for step in (None, -7, -2, -1, 1, 2, 3):
            s = slice(start, stop, step)
            got = r[s]
            if list(got) != L[s]:
                ok = False
                print('mismatch', s, got, L[s])
            count += 1
print(ok, count)
print(r[1:5], r[::-1], r[-2::-2], r[5:0:-3], r[::4])
r2 = range(10, -10, -4)
print(list(r2), r2[::-1], r2[1::2], r2[-1:0:-1], list(r2[::-2]))
empty = range(0)
print(empty[:], empty[::-1], list(empty[5:]))
print(range(5)[2:2], range(5)[4:1], range(5)[1:4:-1])
for x in range(3, 0, -1):
    print(x, end=' ')
print()
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)) == total)
it = iter(range(5))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rev = reversed(range(0, 10, 3))
print(rev.__length_hint__(), list(rev))
print(len(range(1, 10, 2)), len(range(10, 1, -2)), len(range(0, -1)), len(range(-3, 3)))
print(range(7)[-1], range(1, 8, 3)[-1], range(10, 0, -3)[-1], range(3)[0])
print([x for x in range(-2, 3) if x % 2 == 0], tuple(range(2)), set(range(3)))
print(range(3).__reduce__())
print(list(map(lambda i: i * i, range(5))), list(zip(range(3), range(3, 6))))
print(range(5) == range(0, 5), range(5)[:] == range(5), range(5)[:] is range(5))
a = range(1, 100, 7)
print(a[3:9][1:4], a[3:9][1:4] == range(29, 50, 7), a[::-1][::-1] == a)
print(range(0, 100, 10)[-3:], range(0, 100, 10)[-3:].start)
