# AS patterns, guards evaluation order and side effects.

log = []
def guard(name, result):
    log.append(name)
    return result

def check(value):
    log.clear()
    match value:
        case [x, y] if guard("pair-sum", x + y == 10):
            result = "pair summing to 10"
        case [x, y] if guard("pair-equal", x == y):
            result = "equal pair"
        case [int() as a, int() as b] as whole if guard("ints", a < b):
            result = f"ascending ints {whole}"
        case (str() | bytes()) as text if guard("nonempty", len(text) > 0):
            result = f"text {text!r}"
        case {"k": [1, *_] as lst} as mapping:
            result = f"mapping with list {lst} (keys {list(mapping)})"
        case _:
            result = "fallback"
    return result, list(log)

for v in [[3, 7], [4, 4], [1, 2], [5, 1], "abc", "", b"xy", {"k": [1, 2, 3]}, {"k": [2]}]:
    print(repr(v), "->", check(v))

# Variables bound by a failed case can remain bound
match [1, 2]:
    case [a, b] if b > 5:
        print("not taken")
    case _:
        print("after failed guard, a and b are", a, b)

# Walrus inside a guard
def parse(token):
    match token:
        case str() if (n := len(token)) > 3:
            return f"long token ({n})"
        case str():
            return "short token"
    return "not a string"
print(parse("hello"), parse("hi"), parse(3))

# AS pattern on a class pattern and nested ORs
class Cat:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Dog(Cat):
    pass

def pet(p):
    match p:
        case (Cat("Tom") | Dog("Rex")) as famous:
            return f"famous {type(famous).__name__}"
        case Dog(name) as d:
            return f"dog {name}"
        case Cat(name=("A" | "B") as initial):
            return f"cat with initial-name {initial}"
        case Cat():
            return "some cat"
for p in [Cat("Tom"), Dog("Tom"), Dog("Rex"), Cat("Rex"), Dog("Fido"), Cat("A"), Cat("Z")]:
    print(pet(p))

# match subject evaluated once
calls = 0
def subject():
    global calls
    calls += 1
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("three, subject evaluated", calls, "time(s)")
