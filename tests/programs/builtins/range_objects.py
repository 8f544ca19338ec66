# range objects
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0), range(-5))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10, -1)), len(range(0, 10 ** 18, 3)))
print(r.start, r.stop, r.step, range(3, 9, 2).start, range(9).step)
print(list(range(1, 10, 2)), list(range(10, 0, -3)), list(range(-3, 3)), list(range(5, 0)), list(range(0, -10, -4)))
print(3 in r, 10 in r, -1 in r, 4 in range(1, 10, 2), 5 in range(1, 10, 2), 3.0 in r, 3.5 in r, "3" in r, 10 ** 19 in range(0, 10 ** 20, 3))
print(r[0], r[-1], r[3], range(1, 10, 2)[-2], range(10, 0, -3)[1], range(0, 10 ** 20, 7)[10 ** 15])
print(r[2:5], r[::-1], r[::2], r[1::3], range(1, 10, 2)[1:3], range(10, 0, -3)[::-1], r[5:100], r[-100:3], r[::-3])
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), reversed(range(5)).__class__.__name__)
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print(range(5).index(3), range(0, 20, 5).index(15), range(0, 20, 5).count(15), range(0, 20, 5).count(16))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range("3")
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], (10 ** 20 - 1) in range(10 ** 20))
print(hash(range(3)) == hash(range(0, 3)), {range(3): 1}[range(0, 3, 1)], sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))), [i * i for i in range(5)], tuple(range(2)))
print(range(True, 5), list(range(False, True)), bool(range(0)), bool(range(1)))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), list(range(Idx())), [0, 1, 2, 3, 4, 5][Idx()])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(repr(range(0, 5, 1)), str(range(-1, -10, -2)))
