# An exception raised in a finally block replaces the one in flight.

log = []

def process(items):
    summary = {"count": 0}
    try:
        for item in items:
            log.append(item)
            print("processing", item)
            if item == "bad":
                raise ValueError("bad item")
            summary["count"] += 1
    finally:
        print("cleanup, processed", len(log))
        if "errors" in summary or items[-1] != "c":
            print("summary:", summary)
        else:
            print(summary["errors"])

process(["a", "z"])
log.clear()
try:
    process(["x", "bad", "y"])
except ValueError as e:
    print("caught:", e)
log.clear()
process(["a", "b", "bad", "c"])
