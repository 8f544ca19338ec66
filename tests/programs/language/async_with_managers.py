# async with: __aenter__/__aexit__, suppression and ordering.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []

class Pause:
    def __await__(self):
        yield

class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause()
        log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress
    async def query(self, q):
        await Pause()
        if q == "bad":
            raise ValueError(f"bad query on {self.name}")
        return f"{self.name}:{q}"

async def main():
    async with Connection("db1") as c1, Connection("db2") as c2:
        log.append(await c1.query("select"))
        log.append(await c2.query("insert"))
    try:
        async with Connection("db3") as c3:
            await c3.query("bad")
    except ValueError as e:
        log.append(f"caught {e}")
    async with Connection("db4", suppress=True) as c4:
        await c4.query("bad")
        log.append("never")
    log.append("after suppressed")
    return "main done"

print(run(main()))
for entry in log:
    print(" ", entry)

# Using a sync context manager with async with is a TypeError, and vice versa
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def wrong_async():
    async with SyncOnly():
        pass
try:
    run(wrong_async())
except TypeError as e:
    print(type(e).__name__, e)

def wrong_sync():
    with Connection("x"):
        pass
try:
    wrong_sync()
except TypeError as e:
    print(type(e).__name__, e)

# A lock-like async context manager used by two interleaved tasks
class Lock:
    def __init__(self):
        self.held = None
    async def __aenter__(self):
        while self.held is not None:
            await Pause()
        self.held = True
    async def __aexit__(self, *exc):
        self.held = None

lock = Lock()
order = []
async def critical(name):
    async with lock:
        order.append(f"{name} in")
        await Pause()
        await Pause()
        order.append(f"{name} out")

tasks = [critical("A"), critical("B"), critical("C")]
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration:
            tasks.remove(t)
print(order)
