# Callbacks with extra arguments, bound methods, and closures as event handlers.

class Button:
    def __init__(self, label):
        self.label = label
        self._handlers = []
    def on_click(self, handler, *args, **kwargs):
        self._handlers.append((handler, args, kwargs))
        return handler
    def click(self, x, y):
        print(f"click {self.label!r} at ({x}, {y})")
        results = []
        for handler, args, kwargs in self._handlers:
            results.append(handler(self, x, y, *args, **kwargs))
        return results

def log_click(button, x, y, prefix="LOG"):
    return f"{prefix}: {button.label}@{x},{y}"

class Counter:
    def __init__(self):
        self.count = 0
    def handle(self, button, x, y):
        self.count += 1
        return f"count={self.count}"

def make_threshold(limit):
    hits = []
    def handler(button, x, y):
        if x > limit:
            hits.append((x, y))
        return f"{len(hits)} hits beyond {limit}"
    handler.hits = hits
    return handler

ok = Button("OK")
counter = Counter()
threshold = make_threshold(50)
ok.on_click(log_click)
ok.on_click(log_click, prefix="AUDIT")
ok.on_click(counter.handle)
ok.on_click(threshold)
ok.on_click(lambda b, x, y: (x * y) % 7)

for pos in [(10, 20), (60, 5), (75, 75)]:
    print(ok.click(*pos))
print(counter.count, threshold.hits)

# Decorator-based registration returns the original function
cancel = Button("Cancel")
@cancel.on_click
def on_cancel(button, x, y):
    return "cancelled"
print(on_cancel.__name__, cancel.click(0, 0))

# Callback that raises: collect errors instead of stopping
def risky(button, x, y):
    if x < 0:
        raise ValueError(f"negative x: {x}")
    return "fine"

def safe_click(button, x, y):
    out = []
    for handler, args, kwargs in button._handlers:
        try:
            out.append(handler(button, x, y, *args, **kwargs))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out
danger = Button("Danger")
danger.on_click(risky)
danger.on_click(log_click)
print(safe_click(danger, -1, 2))
print(safe_click(danger, 1, 2))
