# __repr__, __str__, __format__ and how print, f-strings and containers use them.

class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        if spec.endswith("c"):
            return format(self.amount, spec[:-1] or ",.2f") + " " + self.currency
        return format(str(self), spec)

m = Money(1234.5)
print(m)
print(repr(m))
print(str(m))
print([m, Money(3, "EUR")])
print({"total": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>20}|{m:c}|{m:,.1fc}|")
print("{0} {0!r} {0:short}".format(m))
print("%s and %r" % (m, m))
print(format(m, "*^22"))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", [o])

class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, f"{s}", format(s, ""))
print(repr(s).startswith("<__main__.OnlyStr object at "))

try:
    format(s, "x")
except TypeError as e:
    print(type(e).__name__, e)

# __str__ returning a non-string
class Broken:
    def __str__(self):
        return 42
try:
    str(Broken())
except TypeError as e:
    print(type(e).__name__, e)

class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

# Subclass of str keeps str's formatting
class Name(str):
    def __repr__(self):
        return f"Name({str.__repr__(self)})"
n = Name("ada")
print(n, repr(n), f"{n:>6}", n.upper(), type(n.upper()).__name__)

# Recursive containers
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
