# Exceptions flowing through awaits, coroutine.throw and close.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield "paused"

async def fails(n):
    await Pause()
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2

async def wrapper(n):
    try:
        return await fails(n)
    except ValueError as e:
        return f"handled {e}"
    finally:
        print(f"  wrapper({n}) finally")

print(run(wrapper(4)))
print(run(wrapper(-1)))

async def unhandled():
    return await fails(-5)
try:
    run(unhandled())
except ValueError as e:
    print("propagated to runner:", e)

# throw() into a suspended coroutine
async def resilient():
    attempts = 0
    while True:
        try:
            await Pause()
            return f"finished after {attempts} interruptions"
        except KeyError as e:
            attempts += 1
            print(f"  interrupted by {e!r}")

c = resilient()
print(c.send(None))
print(c.throw(KeyError("k1")))
print(c.throw(KeyError("k2")))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# close() raises GeneratorExit inside the coroutine
async def closable():
    try:
        await Pause()
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  closable finally")
c2 = closable()
c2.send(None)
c2.close()
print("closed:", c2.cr_frame)

# Exception chaining across awaits
async def level3():
    await Pause()
    raise KeyError("deep")
async def level2():
    try:
        await level3()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    run(level2())
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration("oops")
try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)

# Exception groups from several coroutines
async def job(i):
    await Pause()
    if i % 2:
        raise ValueError(f"job {i}")
    return i
async def run_all(n):
    errors, results = [], []
    for i in range(n):
        try:
            results.append(await job(i))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("jobs failed", errors)
    return results
try:
    run(run_all(5))
except* ValueError as eg:
    print("failed jobs:", [str(e) for e in eg.exceptions])
