# Multiple context managers: ordering, partial failure, parenthesised form.

log = []

class Res:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter-fail {self.name}")
            raise RuntimeError(f"cannot open {self.name}")
        log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else '-'})")
        return self.suppress

with Res("a") as a, Res("b") as b, Res("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)

log.clear()
try:
    with Res("a"), Res("b", fail_enter=True), Res("c"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)

log.clear()
with (
    Res("outer", suppress=True) as o,
    Res("inner") as i,
):
    log.append(f"body {o} {i}")
    raise ValueError("inside")
log.append("after")
print(log)

# Inner manager suppresses, outer sees no exception
log.clear()
with Res("outer"), Res("inner", suppress=True):
    raise KeyError("k")
print(log)

# Nested with equivalent
log.clear()
with Res("x"):
    with Res("y"):
        log.append("nested body")
print(log)

# A reusable, re-entrant-ish manager counting depth
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

ind = Indent()
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind:
            ind.say("level 3")
    ind.say("back to 1")
ind.say("level 0")

# Transaction-style manager that rolls back on error
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back after {et.__name__}: {ev}")
            return True
        print("  committed")

db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print(db)
with Transaction(db) as t:
    t["balance"] -= 500
    if t["balance"] < 0:
        raise ValueError("overdrawn")
print(db)
