# dict methods and ordering
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("d", []), d.setdefault("b", 99), d)
d["d"].append(1)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
e = {1: "a", 2: "b"}
f = e.copy()
f[3] = "c"
print(e, f, e == {2: "b", 1: "a"}, e != f)
del f[1]
print(f)
try:
    del f[1]
except KeyError as ex:
    print("KeyError", ex)
f.clear()
print(f, bool(f))
g = {"one": 1, "two": 2}
g.pop("one")
g["one"] = 1
print(g, list(g.items()))
print({1: 1, 1.0: 2, True: 3}, {(1, 2): "t", "s": None, None: 0, 2.5: [1]})
print(reversed(g).__class__.__name__, list(reversed(g)), list(reversed(g.values())), list(reversed(g.items())))
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError", ex)
try:
    {}.get([1])
except TypeError as ex:
    print("TypeError", ex)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
inv = {v: k for k, v in counts.items()}
print(inv)
print({k: v for k, v in zip(range(5), "abcde") if k % 2})
