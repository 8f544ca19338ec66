# Sets of frozensets: power sets, partitions, closures
def powerset(items):
    result = [frozenset()]
    for it in items:
        result += [s | {it} for s in result]
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
print(frozenset() in set(ps), frozenset({1, 3}) in set(ps), frozenset({4}) in set(ps))
family = set(ps)
print(len(family), len({s for s in family if len(s) == 2}), sorted(len(s) for s in family))
def partitions(seq):
    if not seq:
        yield []
        return
    first, rest = seq[0], seq[1:]
    for p in partitions(rest):
        yield [[first]] + p
        for i in range(len(p)):
            yield p[:i] + [[first] + p[i]] + p[i + 1:]
parts = list(partitions([1, 2, 3, 4]))
print(len(parts))
canon = sorted(sorted(sorted(b) for b in p) for p in parts)
print(canon[:5])
as_sets = {frozenset(frozenset(b) for b in p) for p in parts}
print(len(as_sets))
edges = {(1, 2), (2, 3), (3, 4), (5, 6)}
def closure(rel):
    rel = set(rel)
    while True:
        new = {(a, d) for (a, b) in rel for (c, d) in rel if b == c}
        if new <= rel:
            return rel
        rel |= new
print(sorted(closure(edges)))
sym = edges | {(b, a) for a, b in edges}
print(len(sym), sorted(sym)[:4])
groups = {}
for node in range(1, 7):
    comp = frozenset({node} | {b for a, b in closure(sym) if a == node})
    groups[comp] = groups.get(comp, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
print(frozenset([1, 2]) == {1, 2}, {frozenset([1, 2]): "a"}[frozenset([2, 1])], hash(frozenset()) == hash(frozenset([])))
print(frozenset("abc") | frozenset("cd"), frozenset("abc").union("xyz") == frozenset("abcxyz"))
