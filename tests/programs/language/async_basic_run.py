# Driving coroutines by hand with send(None).

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))

# A coroutine that never awaits anything finishes on the first send
c2 = add(5, 6)
try:
    c2.send(None)
except StopIteration as e:
    print("first send finished with", e.value)

# Awaiting a custom awaitable that yields control
class Yield:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        value = yield self.label
        return f"resumed {self.label} with {value!r}"

async def steps():
    r1 = await Yield("first")
    print("  ", r1)
    r2 = await Yield("second")
    print("  ", r2)
    return "steps done"

s = steps()
print("yielded:", s.send(None))
print("yielded:", s.send("A"))
try:
    s.send("B")
except StopIteration as e:
    print("result:", e.value)

# Coroutine state
async def noop():
    return None
n = noop()
print(n.cr_running, n.cr_frame is not None, n.cr_await)
print(run(n), n.cr_frame)

# Awaiting a coroutine twice is an error
async def once():
    return 1
o = once()
async def await_twice():
    a = await o
    b = await o
    return a, b
try:
    run(await_twice())
except RuntimeError as e:
    print(type(e).__name__, e)

# Awaiting a non-awaitable
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)

# async def functions are functions; their calls are coroutines
print(type(add).__name__, add.__code__.co_flags & 0x80 != 0)
unused = add(1, 1)
unused.close()        # avoid a "never awaited" warning
print("closed unused coroutine:", unused.cr_frame)
