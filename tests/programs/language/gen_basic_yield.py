# Generator basics: laziness, state, multiple iterations.

def countdown(n):
    print(f"  countdown({n}) started")
    while n > 0:
        yield n
        n -= 1
    print("  countdown finished")

g = countdown(3)
print("created:", type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))

# A generator function with no yield executed still returns a generator
def maybe(flag):
    if flag:
        yield "yes"
print(list(maybe(True)), list(maybe(False)))

# yield as an expression returns None with plain next()
def echo():
    while True:
        received = yield
        print("  received", received)
e = echo()
next(e)
next(e)
e.send("hello")

# Generators keep local state between yields
def running_average():
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1
avg = running_average()
print(next(avg), avg.send(10), avg.send(20), avg.send(60))

# yield inside loops and conditions
def evens_and_odds(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield ("even", i)
        else:
            yield "odd"
print(list(evens_and_odds(5)))

# Generator with return value
def with_return():
    yield 1
    return "done"
gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)

# yield in try/finally and the order of output
def tracked(items):
    for item in items:
        print(f"  before yield {item}")
        yield item
        print(f"  after yield {item}")
for x in tracked("ab"):
    print("consumer got", x)

# Tuple yields and unpacking
def pairs():
    yield 1, "one"
    yield 2, "two"
for num, name in pairs():
    print(num, name)
print(dict(pairs()))
