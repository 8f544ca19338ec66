# sort and sorted: stability, key, reverse
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name_len = sorted(people, key=lambda p: len(p[0]))
print(by_name_len)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
nums = [5, -3, 2.5, 0, -0.0, 10, -10, 3]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda x: -x))
a = [3, 1, 2]
r = a.sort()
print(r, a)
a.sort(reverse=True)
print(a)
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1], [2], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
# stability with reverse: equal elements keep original order
recs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(recs, key=lambda r: r[0], reverse=True))
# multi-pass sort
data = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 3, 0.5), ("w", 1, 0.5)]
data.sort(key=lambda t: t[2])
data.sort(key=lambda t: t[1], reverse=True)
print(data)
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return self.ranks.index(self.rank) < self.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["Kh", "2s", "Ts", "Ad", "2h", "9c", "Kd"]]
print(sorted(hand), max(hand), min(hand))
big = [(i * 7919) % 1009 for i in range(200)]
big.sort()
print(big[:10], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
print(sorted([True, False, 2, 0.5, -1]), sorted(["b", "A", "a", "B", "_", "1"]))
