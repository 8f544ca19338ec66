# and/or return operands; not returns bool
vals = [0, 1, "", "a", [], [0], None, 0.0, -1, (), {}, {0: 0}]
for a in vals[:6]:
    row = []
    for b in vals:
        row.append("%r/%r" % (a and b, a or b))
    print(repr(a).ljust(4), " ".join(row))
print(not 0, not "", not [1], not None, not not 5, type(not 1).__name__)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(0) and f(1), calls)
calls.clear()
print(f(1) and f(0) and f(2), calls)
calls.clear()
print(f("") or f(None) or f("x") or f("y"), calls)
calls.clear()
print(f(0) or f(0) or f(0), calls)
calls.clear()
print((f(1) or f(2)) and (f(0) or f(3)), calls)
x = None
name = x or "anonymous"
count = 0
count = count or 10
items = [] or ["default"]
print(name, count, items)
config = {"debug": 0}
print(config.get("debug") or "off", config.get("debug") is not None and "present")
print([v for v in vals if v and isinstance(v, (int, float))], [v or "-" for v in vals])
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 0, (1 or 2) and 0, None or False, False or None)
print(all([]) and "both", any([]) or "neither", bool([] or {}), [] or {} or () or "last")
