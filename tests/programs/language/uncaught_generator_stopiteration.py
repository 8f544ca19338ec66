# StopIteration raised inside a generator becomes RuntimeError (PEP 479).

def first_items(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)      # raises StopIteration for an empty iterable

def first_items_safe(iterables):
    for it in iterables:
        for value in it:
            yield value
            break

sources = [[1, 2], "xy", (9,), [], [5]]
print("safe version:", list(first_items_safe(sources)))
print("lengths:", [len(s) for s in sources])
gen = first_items(sources)
print(type(gen).__name__, gen.__name__)
for value in gen:
    print("got", value)
print("unreachable")
