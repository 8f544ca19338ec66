# A tiny round-robin event loop with simulated time (no asyncio).

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []          # list of (wake_time, seq, task)
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((self.now, self.seq, name, coro))
        self.seq += 1

    def run(self):
        while self.ready:
            self.ready.sort(key=lambda item: (item[0], item[1]))
            wake, _, name, coro = self.ready.pop(0)
            self.now = max(self.now, wake)
            try:
                request = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.now}] {name} finished -> {stop.value!r}")
                continue
            kind, ticks = request
            self.ready.append((self.now + ticks, self.seq, name, coro))
            self.seq += 1
        return self.results

loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"[t={loop.now}] {name} sleeping {d}")
        await Sleep(d)
        total += d
    return f"{name} slept {total}"

async def ticker(n):
    for i in range(n):
        print(f"[t={loop.now}] tick {i}")
        await Sleep(2)
    return n

loop.spawn("A", worker("A", [3, 1]))
loop.spawn("B", worker("B", [1, 1, 1]))
loop.spawn("T", ticker(3))
results = loop.run()
print(results)
print("final time", loop.now)
