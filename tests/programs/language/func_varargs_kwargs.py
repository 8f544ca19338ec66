# *args and **kwargs collection, ordering and forwarding.

def collect(first, *rest, sep="-", **options):
    print("first:", first)
    print("rest:", rest, type(rest).__name__)
    print("sep:", sep)
    print("options:", options, type(options).__name__)
    return sep.join(str(x) for x in (first,) + rest)

print(collect(1))
print(collect(1, 2, 3, sep="+"))
print(collect("a", "b", color="red", size=3))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(10, 20, sep="/", z=1, a=2))

# keyword order is preserved
def order(**kw):
    return list(kw)
print(order(z=1, y=2, x=3, a=4))
print(order(**{"b": 1}, c=2, **{"a": 3}))

# star-args can be any iterable
print(collect(*range(3)))
print(collect(*"xyz", sep=""))
print(collect(*(i * i for i in range(4)), sep=","))

def total(*numbers, start=0):
    for n in numbers:
        start += n
    return start

print(total())
print(total(1, 2, 3))
print(total(*[1.5, 2.5], start=10))

# kwargs with names that are not identifiers
def show(**kw):
    return sorted(kw.items())
print(show(**{"not an identifier": 1, "x-y": 2}))

# mutation of received kwargs doesn't affect caller's dict
src = {"a": 1}
def mutate(**kw):
    kw["b"] = 2
    return kw
print(mutate(**src), src)
