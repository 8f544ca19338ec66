# Cleanup with finally across loops, returns and nested resources.

opened = []
closed = []

class Handle:
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
        opened.append(name)
    def read(self, i):
        if i == self.fail_on:
            raise IOError(f"read error in {self.name} at {i}")
        return f"{self.name}[{i}]"
    def close(self):
        closed.append(self.name)

def read_all(names, fail_on=None):
    results = []
    handles = []
    try:
        for name in names:
            h = Handle(name, fail_on)
            handles.append(h)
            for i in range(3):
                results.append(h.read(i))
        return results
    finally:
        for h in reversed(handles):
            h.close()

print(read_all(["a", "b"]))
print(opened, closed)
opened.clear(); closed.clear()
try:
    read_all(["x", "y", "z"], fail_on=1)
except OSError as e:
    print(type(e).__name__, e)
print(opened, closed)

# finally inside a loop runs on every iteration, including break/continue
steps = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        steps.append(f"body {i}")
    finally:
        steps.append(f"finally {i}")
print(steps)

# Nested try/finally unwinds inner to outer, even through a return in the middle
def nested_return():
    order = []
    try:
        try:
            order.append("inner body")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")
print(nested_return())

# A finally that itself needs protection
def careful_close(resources):
    errors = []
    for r in resources:
        try:
            if r == "bad":
                raise RuntimeError(f"cannot close {r}")
            closed.append(r)
        except RuntimeError as e:
            errors.append(str(e))
    if errors:
        raise RuntimeError("; ".join(errors))
closed.clear()
try:
    try:
        raise ValueError("work failed")
    finally:
        careful_close(["r1", "bad", "r2"])
except RuntimeError as e:
    print("cleanup error:", e, "| context:", repr(e.__context__))
print(closed)
