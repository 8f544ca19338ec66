# Async generators: yield inside async def, asend/athrow/aclose.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

async def countdown(n):
    try:
        while n > 0:
            await Pause()
            yield n
            n -= 1
    finally:
        print("  countdown cleanup")

async def main():
    out = []
    async for x in countdown(3):
        out.append(x)
    return out
print(run(main()))

async def early_break():
    gen = countdown(10)
    async for x in gen:
        if x == 8:
            break
    await gen.aclose()
    return x
print(run(early_break()))

# asend and athrow
async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  accumulator reset because", e)
            total = 0
            continue
        total += value

async def drive():
    acc = accumulator()
    print(" ", await acc.asend(None))
    print(" ", await acc.asend(5))
    print(" ", await acc.asend(7))
    print(" ", await acc.athrow(ValueError("too big")))
    print(" ", await acc.asend(1))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("  closed generator raises StopAsyncIteration")
    return "drive done"
print(run(drive()))

# Introspection
ag = countdown(1)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running)
print(hasattr(ag, "__aiter__"), hasattr(ag, "__anext__"), hasattr(ag, "__next__"))
run(ag.aclose())

# Async generator comprehension and return rules
async def squares():
    async for x in countdown(3):
        yield x * x
async def collect():
    return [s async for s in squares()]
print(run(collect()))

# Sync iteration over an async generator fails
try:
    for _ in countdown(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
