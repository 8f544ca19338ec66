# A realistic retry helper with backoff bookkeeping (no sleeping).

class TransientError(Exception):
    pass

class PermanentError(Exception):
    pass

class FlakyService:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0
    def call(self, payload):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "transient":
            raise TransientError(f"attempt {self.calls}: try again")
        if outcome == "permanent":
            raise PermanentError(f"attempt {self.calls}: giving up")
        return f"processed {payload!r} on attempt {self.calls}"

def retry(fn, *args, attempts=3, base_delay=0.5, retry_on=(TransientError,)):
    delays = []
    last = None
    for attempt in range(1, attempts + 1):
        try:
            result = fn(*args)
        except retry_on as e:
            last = e
            delay = base_delay * 2 ** (attempt - 1)
            delays.append(delay)
            print(f"  attempt {attempt} failed ({e}); would wait {delay}s")
        else:
            return result, delays
    err = RuntimeError(f"failed after {attempts} attempts")
    err.add_note(f"delays: {delays}")
    raise err from last

scenarios = [
    ["ok"],
    ["transient", "ok"],
    ["transient", "transient", "ok"],
    ["transient", "transient", "transient", "ok"],
    ["transient", "permanent"],
]
for script in scenarios:
    svc = FlakyService(script)
    print("script:", script)
    try:
        result, delays = retry(svc.call, "job")
        print("  result:", result, "delays:", delays)
    except RuntimeError as e:
        print("  error:", e, "| cause:", e.__cause__, "| notes:", e.__notes__)
    except PermanentError as e:
        print("  permanent:", e)
    print("  calls made:", svc.calls)

# Retrying on a tuple of exception types, including a custom predicate
def parse_or_none(text):
    for parser in (int, float, complex):
        try:
            return parser(text)
        except (ValueError, TypeError):
            continue
    return None
print([parse_or_none(t) for t in ["3", "3.5", "3j", "x", "1e2", "-7"]])
