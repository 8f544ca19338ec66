# abs, sum, min, max in detail
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
class A:
    def __abs__(self):
        return "absolute!"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1.5, 2, 3j]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([], start=5))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 1e100, 1, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4, 6]), max("hello"), min("hello"))
print(min([], default=None), max([], default="empty"), max([1, 2], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min({3: 'x', 1: 'y'}))
print(max([1, 3, 2, 3], key=lambda v: v % 3), min([-5, 5, -3, 3], key=abs), max([-5, 5, -3, 3], key=abs))
print(max(iter([4, 8, 1])), min(x * x for x in range(-5, 5)), max("a", "B", "c", key=str.lower))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max(())
except ValueError as e:
    print("ValueError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print("TypeError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
print(max([1.0, 1, True]), min([1, 1.0, True]), max(float('nan'), 1), max(1, float('nan')))
print(max({1, 5, 3}), min(range(10, 0, -3)), max(b"xyz"), max([[1, 2], [1, 3], [0, 9]]))
