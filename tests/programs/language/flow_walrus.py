# Assignment expressions (:=) in while, if, comprehensions and calls.

data = [4, 8, 15, 16, 23, 42]

# while with walrus: consume a buffer in chunks
buffer = list(range(1, 12))
def read_chunk(n=3):
    chunk, buffer[:n] = buffer[:n], []
    return chunk
while chunk := read_chunk():
    print("chunk", chunk)

# if with walrus
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

# comprehension: compute once, filter and keep
def expensive(x):
    return x * x - 10
results = [y for x in data if (y := expensive(x)) > 50]
print(results)
print("y leaks out of the comprehension into module scope:", y)

# running total via walrus in a comprehension
total = 0
running = [total := total + x for x in data]
print(running, total)

# in a generator passed to any(): captures the witness
if any((hit := x) % 2 == 1 for x in data):
    print("first odd:", hit)
if not all((bad := x) < 20 for x in data):
    print("first >= 20:", bad)

# nested parenthesised walrus in arguments
print(max(a := 3, b := 7), a, b)

# walrus in a lambda default / conditional expression
f = lambda v: (sq := v * v) + sq
print(f(5))
value = (m := 10) if (m2 := 3) > 2 else 0
print(value, m, m2)

# re-binding inside a function makes it local
def counter():
    if (count := 0) == 0:
        count += 1
    return count
print(counter())

# Parsing lines with walrus
lines = ["name=ann", "skip me", "age=31", "", "city=Paris"]
parsed = {}
for line in lines:
    if (eq := line.find("=")) != -1:
        parsed[line[:eq]] = line[eq + 1:]
print(parsed)

# walrus in match guard and in while condition comparing two values
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
