# Tasks awaiting other tasks: a minimal gather() on a hand-written scheduler.

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []
    def set_result(self, value):
        self.done, self.result = True, value
    def __await__(self):
        while not self.done:
            yield self
        return self.result

class Task(Future):
    def __init__(self, coro, name):
        super().__init__()
        self.coro, self.name = coro, name

class Scheduler:
    def __init__(self):
        self.queue = []
        self.steps = 0
    def create_task(self, coro, name):
        t = Task(coro, name)
        self.queue.append(t)
        return t
    def run_until_complete(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            task = self.queue.pop(0)
            self.steps += 1
            try:
                task.coro.send(None)
            except StopIteration as e:
                task.set_result(e.value)
                print(f"  task {task.name} done: {e.value!r}")
            else:
                self.queue.append(task)
        return main.result

sched = Scheduler()

async def yield_now():
    await _Yield()

class _Yield:
    def __await__(self):
        yield

async def fetch(url, cost):
    for i in range(cost):
        await yield_now()
    return f"<{url}:{len(url) * cost}>"

async def gather(*coros):
    tasks = [sched.create_task(c, f"t{i}") for i, c in enumerate(coros)]
    return [await t for t in tasks]

async def main():
    pages = await gather(fetch("a.com", 3), fetch("bb.org", 1), fetch("ccc.net", 2))
    print("  gathered:", pages)
    total = sum(len(p) for p in pages)
    extra = await fetch("final", 1)
    return total, extra

print(sched.run_until_complete(main()))
print("scheduler steps:", sched.steps)
