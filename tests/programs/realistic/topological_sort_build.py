# Build-system dependency resolution with Kahn's algorithm and cycle reporting
RULES = """
app: ui core net log
ui: widgets theme core
widgets: core gfx
theme: gfx
core: alloc log
net: core tls
tls: crypto
crypto: alloc
gfx: alloc
log:
alloc:
tests: app mocks
mocks: core
"""
deps = {}
for line in RULES.strip().splitlines():
    target, _, rest = line.partition(":")
    deps[target.strip()] = rest.split()

def kahn(deps):
    indeg = {t: 0 for t in deps}
    users = {t: [] for t in deps}
    for t, ds in deps.items():
        for d in ds:
            if d not in deps:
                raise KeyError(f"{t} depends on unknown target {d}")
            indeg[t] += 1
            users[d].append(t)
    ready = sorted(t for t, n in indeg.items() if n == 0)
    order, levels = [], []
    while ready:
        levels.append(ready)
        nxt = []
        for t in ready:
            order.append(t)
            for u in users[t]:
                indeg[u] -= 1
                if indeg[u] == 0:
                    nxt.append(u)
        ready = sorted(nxt)
    if len(order) != len(deps):
        stuck = sorted(t for t in deps if t not in order)
        raise ValueError(f"cycle among {stuck}")
    return order, levels

order, levels = kahn(deps)
print("build order:", " ".join(order))
for i, lvl in enumerate(levels):
    print(f"  stage {i}: {', '.join(lvl)}")

def closure(target, seen=None):
    seen = set() if seen is None else seen
    for d in deps[target]:
        if d not in seen:
            seen.add(d)
            closure(d, seen)
    return seen
for t in ("app", "tests", "tls", "log"):
    print(f"{t} needs {sorted(closure(t))}")
rebuild = {t for t in deps if "gfx" in closure(t)}
print("changing gfx rebuilds:", sorted(rebuild), "| in order:", [t for t in order if t in rebuild])
def longest_chain(t, memo={}):
    if t not in memo:
        memo[t] = 1 + max((longest_chain(d) for d in deps[t]), default=0)
    return memo[t]
print("critical path lengths:", {t: longest_chain(t) for t in order})
cyclic = dict(deps)
cyclic["alloc"] = ["tests"]
try:
    kahn(cyclic)
except ValueError as e:
    print("ValueError:", e)
broken = dict(deps)
broken["ui"] = ["widgets", "nosuch"]
try:
    kahn(broken)
except KeyError as e:
    print("KeyError:", e)
def dfs_order(deps):
    state, out = {}, []
    def visit(t, path):
        if state.get(t) == "done":
            return
        if state.get(t) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [t]))
        state[t] = "active"
        for d in sorted(deps[t]):
            visit(d, path + [t])
        state[t] = "done"
        out.append(t)
    for t in sorted(deps):
        visit(t, [])
    return out
print("dfs order:", dfs_order(deps))
try:
    dfs_order(cyclic)
except ValueError as e:
    print("ValueError:", e)
