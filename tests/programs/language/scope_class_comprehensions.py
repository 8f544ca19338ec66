# Comprehensions in class bodies (they get their own function-like scope).

class Table:
    columns = ["id", "name", "email"]
    width = 10
    upper_cols = [c.upper() for c in columns]                 # outermost iterable: OK
    col_index = {c: i for i, c in enumerate(columns)}
    try:
        padded = [c.ljust(width) for c in columns]            # width: not visible
    except NameError as e:
        padded = f"NameError: {e}"
    padded2 = [c.ljust(w) for c, w in zip(columns, [width] * len(columns))]
    try:
        pairs = [(a, b) for a in columns for b in columns if a < b]   # inner `columns` not visible
    except NameError as e:
        pairs = f"NameError: {e}"

print(Table.upper_cols)
print(Table.col_index)
print(Table.padded)
print(Table.padded2)
print(Table.pairs)

# Lambdas in class bodies behave like methods for scoping
class L:
    k = 3
    try:
        f = (lambda: k)()
    except NameError as e:
        f = f"NameError: {e}"
    g = (lambda k=k: k * 2)()
print(L.f, L.g)

# Generator expression in a class body: same rules, evaluated lazily
class G:
    data = [1, 2, 3]
    factor = 10
    lazy = (x for x in data)
    lazy_scaled = (x * factor for x in data)
print(list(G.lazy))
try:
    print(list(G.lazy_scaled))
except NameError as e:
    print("NameError when consumed:", e)

# Workaround: put the comprehension in a method/staticmethod, or use a function
class Fixed:
    width = 6
    columns = ["a", "b"]
    padded = (lambda width, columns: [c.ljust(width, ".") for c in columns])(width, columns)
print(Fixed.padded)

# Module-level names are visible from class-body comprehensions
SUFFIX = "!"
class Shout:
    words = ["hi", "bye"]
    loud = [w.upper() + SUFFIX for w in words]
print(Shout.loud)

# Walrus in a class-body comprehension is a SyntaxError; compile to show it
try:
    compile("class A:\n    xs = [y := 1 for _ in range(2)]\n", "<class>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
