# Producer/consumer with an async queue on a hand-written scheduler.

class Pause:
    def __await__(self):
        yield

class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await Pause()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)

events = []

async def producer(q, name, count):
    for i in range(count):
        item = f"{name}{i}"
        await q.put(item)
        events.append(f"put {item} (size {len(q.items)})")
    await q.put(None)
    events.append(f"{name} done")

async def consumer(q, expected_stops):
    got = []
    stops = 0
    while stops < expected_stops:
        item = await q.get()
        if item is None:
            stops += 1
            continue
        events.append(f"got {item}")
        got.append(item)
        await Pause()
    return got

def run_all(coros):
    results = {}
    pending = list(coros.items())
    rounds = 0
    while pending:
        rounds += 1
        for name, coro in list(pending):
            try:
                coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                pending.remove((name, coro))
    return results, rounds

q = Queue(maxsize=2)
results, rounds = run_all({
    "p1": producer(q, "a", 3),
    "p2": producer(q, "b", 2),
    "c": consumer(q, 2),
})
for e in events:
    print(e)
print(results)
print("rounds:", rounds, "queue left:", q.items)
