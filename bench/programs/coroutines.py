# Coroutines: `async def` / `await` without asyncio. A hand-written round-robin event loop
# runs producer and consumer tasks that exchange items through an awaitable queue, and a
# recursive coroutine computes Fibonacci numbers driven directly by send(). Exercises
# coroutine creation, await chains, __await__ generators, send and StopIteration values.
# Usage: coroutines.py [ITERATIONS]
import sys
from collections import deque

ITERATIONS = 13
PRODUCERS = 4
ITEMS = 2500
FIB = 17

# (items consumed, checksum of what consumers saw, loop steps, fib(FIB)) as CPython 3.13
# computes them.
EXPECTED = (10000, 238476433, 6571, 1597)


class Yield:
    """Awaiting this gives the other tasks a turn."""

    def __await__(self):
        yield self


class Loop:
    def __init__(self):
        self.ready = deque()
        self.steps = 0

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        ready = self.ready
        while ready:
            coro = ready.popleft()
            self.steps += 1
            try:
                coro.send(None)
            except StopIteration:
                continue
            ready.append(coro)


class Queue:
    def __init__(self, capacity):
        self.items = deque()
        self.capacity = capacity
        self.closed = 0

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Yield()
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Yield()
        return self.items.popleft()


async def produce(queue, ident, n):
    for i in range(n):
        await queue.put(ident * 100000 + i)
        if i % 7 == 0:
            await Yield()
    await queue.put(None)


async def consume(queue, results, producers):
    finished = 0
    while finished < producers:
        item = await queue.get()
        if item is None:
            finished += 1
            continue
        results.append(await transform(item))


async def transform(item):
    if item % 11 == 0:
        await Yield()
    return item % 1000 * 3 + item // 100000


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run_fib(n):
    coro = fib(n)
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise SystemExit("coroutines: fib suspended")


def run():
    loop = Loop()
    queue = Queue(8)
    results = []
    for ident in range(PRODUCERS):
        loop.spawn(produce(queue, ident, ITEMS))
    loop.spawn(consume(queue, results, PRODUCERS))
    loop.run()
    checksum = 0
    for r in results:
        checksum = (checksum * 7 + r) % 1000000007
    return len(results), checksum, loop.steps, run_fib(FIB)


def main(iterations):
    for _ in range(iterations):
        result = run()
        if result != EXPECTED:
            raise SystemExit(f"coroutines: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"coroutines: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
