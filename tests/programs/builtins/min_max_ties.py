# min/max return the first extreme element; sorted is stable
pairs = [("a", 2), ("b", 3), ("c", 3), ("d", 1), ("e", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1.0, 1, True]), max([True, 1, 1.0]), min([0, False, 0.0]), max([0, False, -0.0]))
print(max(["ab", "cd", "ef"], key=len), min(["ab", "cd", "ef"], key=len))
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(max([-0.0, 0.0]), max([0.0, -0.0]), min([-0.0, 0.0]), min([0.0, -0.0]))
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), max([1, 2, nan]), min([nan, 1]), min([1, nan]))
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1]))
class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "%s%d" % (self.tag, self.v)
vs = [V(2, "a"), V(5, "b"), V(5, "c"), V(1, "d"), V(1, "e")]
print(max(vs), min(vs), sorted(vs), sorted(vs, reverse=True))
print(max("hello", "world", "help"), min("b", "a", "c", key=lambda s: 0), max(3, 1, 2, key=lambda x: -x))
