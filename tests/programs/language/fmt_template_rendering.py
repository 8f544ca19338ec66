# A tiny template engine using str.format_map, f-strings and %-formatting.

class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        return AttrDict(value) if isinstance(value, dict) else value

template = "Dear {name},\nYour order #{order.id:05d} of {order.count} item(s) totals {order.total:,.2f} {currency}.\n{footer}"
context = AttrDict(name="Ann", order={"id": 42, "count": 3, "total": 1234.5}, currency="EUR")
print(template.format_map(SafeDict(context, order=context.order, footer="-- the shop")))
print("---")
print("Hello {name}, your code is {code}".format_map(SafeDict(name="Bob")))

# Rendering a list with per-item formatting
items = [("Tea", 2, 3.5), ("Scone", 1, 2.25), ("Jam", 3, 4.0)]
line = "{qty:>3} x {name:<8} @ {price:>5.2f} = {sub:>6.2f}"
total = 0
for name, qty, price in items:
    sub = qty * price
    total += sub
    print(line.format(qty=qty, name=name, price=price, sub=sub))
print(f"{'TOTAL':>25} = {total:>6.2f}")

# Conditional pieces
def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"
print(", ".join(plural(n, w) for n, w in [(1, "apple"), (2, "pear"), (0, "plum")]))

# %-style with a dict of values
row = {"user": "ann", "hits": 1234, "ratio": 0.4567}
print("%(user)-6s|%(hits)6d|%(ratio)6.1f%%" % {**row, "ratio": row["ratio"] * 100})

# Escaping braces in templates
print("{{not a field}} {value}".format(value="but this is"))
print(f"{{x}} {'{'}{1}{'}'}")

# Indentation-aware rendering
def render_tree(node, depth=0):
    name, children = node
    prefix = "    " * depth + ("└── " if depth else "")
    out = [f"{prefix}{name}"]
    for child in children:
        out.extend(render_tree(child, depth + 1))
    return out
tree = ("root", [("src", [("main.py", []), ("util.py", [])]), ("README", [])])
print("\n".join(render_tree(tree)))

# AttrDict missing attribute
try:
    context.missing
except AttributeError as e:
    print(type(e).__name__, e)
