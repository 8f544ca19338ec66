# Nested replacement fields inside format specs.

x = 3.14159265
for w in (6, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]", end=" ")
print()

align, fill, width = "^", "*", 11
print(f"[{'mid':{fill}{align}{width}}]")
spec = ">+10.2f"
print(f"[{x:{spec}}]")

# Nested fields may themselves use expressions and conversions
cols = {"name": 8, "score": 6}
data = [("ann", 93.456), ("bartholomew", 7.1), ("cy", 100.0)]
for name, score in data:
    print(f"|{name:<{cols['name']}.{cols['name']}}|{score:>{cols['score']}.{1 if score < 10 else 0}f}|")

# Using str.format with nested fields
print("[{:{}{}{}}]".format("z", "-", "<", 5))
print("[{0:{fill}^{width}}]".format("center", fill="~", width=14))
print("[{value:{w}.{p}e}]".format(value=12345.6789, w=14, p=2))

# Dynamic grouping and type
for t in ("d", "x", "b"):
    print(f"{255:#{'_' if t != 'd' else ','}{t}}", end=" ")
print()
for sep in (",", "_"):
    print(f"{10**9:{sep}}", end=" ")
print()

# Building a right-aligned column of numbers with a computed width
numbers = [1, 22, 333, 4444, 55555]
w = len(str(max(numbers)))
print("\n".join(f"{n:>{w}}" for n in numbers))

# Nested format spec inside a nested f-string (3.12+ allows quotes reuse)
names = ["a", "bb", "ccc"]
print(f"{', '.join(f'{n:>{len(names)}}' for n in names)}")
print(f"{f"{x:.{2}f}":>{8}}")

# Too deeply nested is an error at compile time, so use format() for dynamic depth
inner = f"{{:{'>'}{8}}}"
print(inner, inner.format("deep"))
