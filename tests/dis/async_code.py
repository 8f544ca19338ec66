# Coroutines, async for/with, async generators, async comprehensions.
async def fetch(x):
    return await x

async def loop(aiter):
    async for item in aiter:
        print(item)
    else:
        pass

async def ctx(manager):
    async with manager as m:
        return m

async def agen():
    yield 1
    await fetch(2)

async def comps(aiter):
    a = [x async for x in aiter]
    b = [await y for y in [1, 2]]
    c = (z async for z in aiter)
    return a, b, c
