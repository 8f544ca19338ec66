# Common await patterns: awaitable classes, __await__ returning iterators, timeouts.

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Ready:
    """An awaitable that completes immediately."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield  # makes __await__ a generator

class Delayed:
    def __init__(self, value, ticks):
        self.value, self.ticks = value, ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
        return self.value

class IterAwait:
    """__await__ may return any iterator."""
    def __await__(self):
        return iter([None, None])

async def main():
    a = await Ready("ready")
    b = await Delayed("late", 3)
    c = await IterAwait()
    return a, b, c

print(run(main()))

# A timeout wrapper counting ticks
class TimeoutError_(Exception):
    pass

async def with_timeout(awaitable, limit):
    it = awaitable.__await__()
    ticks = 0
    try:
        while True:
            next(it)
            ticks += 1
            if ticks > limit:
                it.close()
                raise TimeoutError_(f"gave up after {limit} ticks")
            await Delayed(None, 1)
    except StopIteration as e:
        return e.value

async def try_both():
    results = []
    for ticks in (2, 5):
        try:
            results.append(await with_timeout(Delayed(f"value{ticks}", ticks), 3))
        except TimeoutError_ as e:
            results.append(str(e))
    return results

print(run(try_both()))

# __await__ must return an iterator
class BadAwait:
    def __await__(self):
        return 42
async def use_bad():
    await BadAwait()
try:
    run(use_bad())
except TypeError as e:
    print(type(e).__name__, e)

# Coroutines awaiting coroutines build a chain visible via cr_await
async def leaf():
    await Delayed(None, 1)
async def branch():
    await leaf()
b = branch()
b.send(None)
print(type(b.cr_await).__name__, b.cr_await.__name__)
b.close()

# Lambdas can't be async, but they can return coroutines
make = lambda v: Delayed(v * 2, 1)
async def use_lambda():
    return [await make(i) for i in range(3)]
print(run(use_lambda()))
