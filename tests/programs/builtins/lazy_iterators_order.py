# map/filter/zip are lazy; evaluation order is observable
log = []
def f(x):
    log.append("f%d" % x)
    return x * 10
def p(x):
    log.append("p%d" % x)
    return x % 2 == 0
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
flt = filter(p, map(f, range(1, 5)))
log.clear()
print(list(flt), log)
log.clear()
z = zip(map(f, [1, 2, 3]), map(f, [7, 8]))
print(list(z), log)
def gen(tag, n):
    for i in range(n):
        log.append("%s%d" % (tag, i))
        yield i
log.clear()
print(list(zip(gen("a", 3), gen("b", 2))), log)
log.clear()
print(list(zip(gen("b", 2), gen("a", 3))), log)
log.clear()
e = enumerate(gen("g", 3))
print(log, next(e), log)
log.clear()
r = reversed([f(1), f(2)])
print(log, list(r))
log.clear()
print(any(p(i) for i in [1, 3, 4, 5]), log)
log.clear()
print(all(p(i) for i in [2, 4, 5, 6]), log)
log.clear()
mx = max(map(f, [3, 1, 2]))
print(mx, log)
log.clear()
s = sorted(map(f, [3, 1, 2]), key=lambda v: -v)
print(s, log)
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(it))
it2 = iter(range(7))
print([next(it2) for _ in range(3)], list(zip(it2, "ab")), list(it2))
squares = (i * i for i in range(5))
print(sum(squares), sum(squares), list(squares))
m2 = map(int, ["1", "2", "x", "4"])
out = []
try:
    for v in m2:
        out.append(v)
except ValueError as err:
    print("ValueError", err, out, list(m2))
