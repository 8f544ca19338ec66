# Custom comparison sorting with a hand-written cmp_to_key
def cmp_to_key(cmp):
    class K:
        __slots__ = ("obj",)
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return cmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return cmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return cmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return cmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K
def by_concat(a, b):
    ab, ba = str(a) + str(b), str(b) + str(a)
    return (ab < ba) - (ab > ba)
nums = [3, 30, 34, 5, 9, 0, 91, 909]
print("".join(map(str, sorted(nums, key=cmp_to_key(by_concat)))))
def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    while len(pa) < len(pb):
        pa.append(0)
    while len(pb) < len(pa):
        pb.append(0)
    return (pa > pb) - (pa < pb)
versions = ["1.10", "1.2", "1.2.0", "1.1.9", "2", "1.2.10", "0.9.9.9", "1.02"]
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(sorted(versions, key=cmp_to_key(version_cmp), reverse=True))
print(max(versions, key=cmp_to_key(version_cmp)), min(versions, key=cmp_to_key(version_cmp)))
calls = [0]
def counting(a, b):
    calls[0] += 1
    return a - b
data = [(i * 37) % 101 for i in range(50)]
res = sorted(data, key=cmp_to_key(counting))
print(res == sorted(data), calls[0] > 0)
def by_len_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = "pear fig apple kiwi banana plum date".split()
print(sorted(words, key=cmp_to_key(by_len_then_reverse_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
