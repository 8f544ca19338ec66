# Using a list as a dict key.

counts = {}
pairs = [("a", "b"), ("b", "c"), ("a", "b")]
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
print(counts)

frozen = {frozenset({"x", "y"}): "set key works", ("t", 1): "tuple key works"}
print(sorted(frozen.values()))
print(hash(("a", "b")) == hash(("a", "b")))
try:
    {["x"]: 1}
except TypeError as e:
    print("caught:", e)

edges = [["a", "b"], ["b", "c"]]
for e in edges:
    print("adding", e)
    counts[e] = 1
