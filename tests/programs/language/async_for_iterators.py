# async for with __aiter__/__anext__ and StopAsyncIteration.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

async def consume():
    seen = []
    async for x in AsyncRange(4):
        if x == 1:
            continue
        seen.append(x * 10)
    else:
        seen.append("else ran")
    async for y in AsyncRange(10):
        if y == 2:
            break
        seen.append(y)
    else:
        seen.append("never")
    return seen

print(run(consume()))

# Async comprehension over the async iterator
async def comp():
    squares = [x * x async for x in AsyncRange(5)]
    evens = {x async for x in AsyncRange(6) if x % 2 == 0}
    mapping = {x: str(x) async for x in AsyncRange(3)}
    return squares, evens, mapping
print(run(comp()))

# Manual iteration with __anext__
async def manual():
    it = AsyncRange(2).__aiter__()
    a = await it.__anext__()
    b = await it.__anext__()
    try:
        await it.__anext__()
    except StopAsyncIteration:
        return a, b, "stopped"
print(run(manual()))

# Errors: async for on a sync iterable
async def wrong():
    async for x in [1, 2]:
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)

# __anext__ returning a non-awaitable
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for x in BadAnext():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)

# Counting how many times control returned to the "loop"
def run_counting(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
print(run_counting(consume()))
