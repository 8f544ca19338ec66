# Mutating containers while iterating over them
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3]
seen = []
for n in nums:
    seen.append(n)
    if len(nums) < 6:
        nums.append(n * 10)
print(seen, nums)
items = list(range(10))
for i, v in enumerate(items):
    if v == 3:
        del items[i]
print(items)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e, s)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        del d["a"]
except RuntimeError as e:
    print("RuntimeError", e, d)
lst = [1, 2, 3]
it = iter(lst)
print(next(it))
lst.insert(0, 0)
print(next(it), list(it))
lst2 = [1, 2, 3]
it2 = iter(lst2)
print(list(it2))
lst2.append(4)
print(list(it2))
r = reversed(lst2)
print(next(r))
lst2.clear()
print(list(r))
words = ["a", "bb", "ccc"]
for w in words[:]:
    words.append(w.upper())
print(words)
q = [1]
out = []
for x in q:
    out.append(x)
    if x < 20:
        q.append(x * 2)
print(out)
b = bytearray(b"abc")
for i, ch in enumerate(b):
    if i == 0:
        b.append(ord("d"))
print(b)
dd = {i: i for i in range(5)}
for k in list(dd.keys()):
    dd[k * 10] = dd.pop(k)
print(dd)
