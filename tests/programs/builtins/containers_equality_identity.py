# Containment and equality use identity first, then ==
nan = float("nan")
lst = [nan, 1]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan), lst == [nan, 1], lst == [float("nan"), 1])
t = (nan,)
print(t == t, t == (nan,), t == (float("nan"),), [t] == [t])
d = {nan: "nan key"}
print(d[nan], float("nan") in d, len({nan, nan, float("nan")}))
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = AlwaysEq()
print(a in [1, 2], [1, 2].index(a), [5, 6].count(a), (1, 2) == (a, a), a == 5, 5 == a)
class NeverEq:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = NeverEq()
print(n in [n], [n].count(n), [n] == [n], n == n, {n: 1}[n], n in {n}, (n,) == (n,))
print(1 in [True], True in [1], 1.0 in {1: "x"}, 0 in [False], "" in [None], None in [0])
keys = {1: "int"}
keys[1.0] = "float"
keys[True] = "bool"
print(keys, len(keys))
s = {0.0}
s.add(-0.0)
s.add(0)
s.add(False)
print(s, len(s))
print([1, 2] == (1, 2), {1: 2} == [(1, 2)], {1, 2} == frozenset([1, 2]), range(2) == [0, 1], "ab" == ["a", "b"], b"ab" == "ab")
print([[1]] == [[1.0]], {"k": [1, 2]} == {"k": [1, 2.0]}, (1, (2, [3])) == (1, (2, [3.0])))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}.items()) == list({2: "b", 1: "a"}.items()))
