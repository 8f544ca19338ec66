# str.format field access chains on real objects, and vformat-like helpers.

class Address:
    def __init__(self, street, city, zipcode):
        self.street, self.city, self.zipcode = street, city, zipcode

class Customer:
    def __init__(self, name, address, orders):
        self.name = name
        self.address = address
        self.orders = orders
    @property
    def first_name(self):
        return self.name.split()[0]

c = Customer("Grace Hopper", Address("1 Navy Way", "Arlington", "22201"),
             [{"id": 1, "total": 19.99}, {"id": 2, "total": 250.0}])

letter = """Dear {c.first_name},
We will ship to {c.address.street}, {c.address.city} {c.address.zipcode}.
Your first order (#{c.orders[0][id]}) was ${c.orders[0][total]:.2f};
your latest (#{c.orders[1][id]}) was ${c.orders[1][total]:,.2f}.
Name length: {n:>3}"""
print(letter.format(c=c, n=len(c.name)))

# Positional indices with attribute chains
print("{0.address.city!r:>14}|{0.name:.5}|{1[0]:^5}|".format(c, "xyz"))

# A "safe" formatter that leaves unknown fields alone
class Safe(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{a} and {b} and {c}".format_map(Safe(a=1, c=3)))

# Formatting a list of objects into aligned columns using a shared template
people = [("Ada", 36, 1815.5), ("Alan", 41, 1912.25), ("Barbara", 29, 1939.0)]
template = "{0:<8}|{1:>4}|{2:>10.1f}|{2:>+10.2e}"
print("\n".join(template.format(*p) for p in people))

# Format specs can come from attributes of the argument via nesting
class Spec:
    width = 12
    align = "^"
print("[{0:{1.align}{1.width}}]".format("centered", Spec()))

# Field names that are not valid identifiers are still looked up as keys
print("{0[key with spaces]} {0[42x]}".format({"key with spaces": "ok", "42x": "also ok"}))

# Attribute errors propagate
try:
    "{0.missing.deeper}".format(c)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{0.orders[5]}".format(c)
except IndexError as e:
    print(type(e).__name__, e)
