# dict views, set ops on views, | and |=
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [("v", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
k = a.keys()
print(k & b.keys(), sorted(k | b.keys()), sorted(k - b.keys()), sorted(k ^ b.keys()), k & {"x", "nope"})
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "w"}, a.keys().isdisjoint(["q"]), "x" in k, len(k))
it = a.items()
print(("x", 1) in it, ("x", 2) in it, sorted(it - {("x", 1)}), it & {("y", 2)})
v = a.values()
print(2 in v, list(v), len(v))
a["new"] = 9
print(k, v, it)
print(a.values() == a.values(), a.keys() == a.keys())
try:
    for key in a:
        if key == "y":
            a["another"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in a.keys():
        del a[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(a)
d = {i: i * i for i in range(6)}
for key in list(d):
    if key % 2:
        del d[key]
print(d)
try:
    for key in d:
        d[key] = d[key] + 1
    print("value update ok", d)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d:
        d.pop(key)
        d[key + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d.items()))
m = {"a": 1}
print(m.keys().mapping if hasattr(m.keys(), "mapping") else "no mapping")
print(repr({}.keys()), repr({1: 2}.items()), str({"k": "v"}.values()))
ks = {"b": 1, "a": 2}.keys()
print(sorted(ks), list(reversed(ks)), type(ks).__name__)
