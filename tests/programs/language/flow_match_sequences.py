# match sequence patterns with star captures.

def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*init, 0]:
            return f"ends with 0, init={init}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle} last={last!r}"

for s in [[], [1], (1, 2), [0, 1, 2], [5, 6, 0], [1, 2, 3, 4], range(3), "ab"]:
    print(repr(s), "->", describe(s))

# Strings, bytes and dicts are not sequences for match
def is_seq(x):
    match x:
        case [*_]:
            return True
        case _:
            return False
print([is_seq(v) for v in ["abc", b"abc", bytearray(b"a"), [1], (1,), {1: 2}, {1}, range(2), iter([1])]])

# Nested sequence patterns
def points(p):
    match p:
        case [(0, 0), *_]:
            return "starts at origin"
        case [(x1, y1), (x2, y2)] if x1 == x2:
            return f"vertical line at x={x1}"
        case [(x1, y1), (x2, y2)]:
            return f"line from {x1},{y1} to {x2},{y2}"
        case [[_, _], [_, _], [_, _]]:
            return "triangle"
        case _:
            return "something else"

for p in [[(0, 0), (1, 1)], [(2, 0), (2, 5)], [(1, 2), (3, 4)], [(1, 1), (2, 2), (3, 3)], [(1, 2, 3)]]:
    print(p, "->", points(p))

# Star capture is always a list
match (1, 2, 3, 4):
    case (a, *b, c):
        print(a, b, c, type(b).__name__)
match "x y z".split():
    case [*everything]:
        print(everything)

# Command parser
def run(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"going {direction}"
        case ["go", _]:
            return "invalid direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["drop", item, "in", container]:
            return f"dropping {item} into {container}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"

for cmd in ["go north", "go up", "take sword shield", "take", "drop coin in well", "dance wildly", ""]:
    print(f"{cmd!r:22} {run(cmd)}")
