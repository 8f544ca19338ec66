# dict insertion order through deletions, re-insertions, and growth
d = {}
for i in range(10):
    d[i] = i * i
for k in (3, 5, 7):
    del d[k]
d[5] = "five again"
d[100] = "new"
print(d)
print(list(d.keys()), list(d.values())[:3])
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-5:])
for i in range(0, 30, 3):
    big[i] = "back"
print(len(big), list(big)[-12:])
s = {"b": 1, "a": 2, "c": 3}
s["a"] = 20
print(s, s == {"c": 3, "a": 20, "b": 1}, list(s.items()) == list({"c": 3, "a": 20, "b": 1}.items()))
u = dict(s)
u.pop("b")
u["b"] = 1
print(u, list(u))
v = {}
v.setdefault("z", []).append(1)
v.setdefault("a", []).append(2)
v.setdefault("z", []).append(3)
print(v)
w = {"x": 1}
w.update(y=2, x=3)
print(w)
w.update([("z", 0), ("x", 9)])
print(w, w.popitem(), w)
keys = ["k%d" % i for i in range(20)]
x = dict.fromkeys(keys, 0)
for k in keys[::2]:
    x.pop(k)
for k in keys[::4]:
    x[k] = 1
print(list(x.items()))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4} | {"a": 5}
print(merged)
print({**{"x": 1, "y": 2}, "x": 10, **{"z": 3}})
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())), dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
print(list(reversed({"a": 1, "b": 2, "c": 3}.items())), next(iter({"first": 1, "second": 2})))
