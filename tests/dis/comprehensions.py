# Comprehensions: inlined list/set/dict comprehensions and generator expressions.
data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
mapping = {x: str(x) for x in data}
gen = (x + 1 for x in data)
pairs = [(x, y) for x in data for y in data if x != y]
nested = [[y for y in range(x)] for x in data]

def in_function(items, n):
    a = [i * n for i in items]
    b = {k: v for k, v in zip(items, a)}
    c = sum(i for i in items)
    d = [lambda: i for i in items]
    e = [j for i in items for j in [i]]
    return a, b, c, d, e

def shadow(x):
    x = [x for x in x]
    return x

def walrus(items):
    [last := i for i in items]
    return last

class C:
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    other = [y for y in range(3)]
