# A small inventory system mixing classes, exceptions, comprehensions and formatting.

class OutOfStock(Exception):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.sku = sku

class Product:
    __slots__ = ("sku", "name", "price", "qty", "tags")
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty, self.tags = sku, name, price, qty, frozenset(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
        self.ledger = []
    def add(self, product):
        if product.sku in self._items:
            raise KeyError(f"duplicate sku {product.sku}")
        self._items[product.sku] = product
    def __getitem__(self, sku):
        return self._items[sku]
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))
    def __len__(self):
        return len(self._items)
    def receive(self, sku, qty):
        self[sku].qty += qty
        self.ledger.append(("in", sku, qty))
    def ship(self, order):
        missing = [(sku, q, self[sku].qty) for sku, q in order.items() if self[sku].qty < q]
        if missing:
            raise ExceptionGroup("order cannot be filled", [OutOfStock(*m) for m in missing])
        for sku, q in order.items():
            self[sku].qty -= q
            self.ledger.append(("out", sku, q))
    def by_tag(self):
        tags = sorted({t for p in self for t in p.tags})
        return {t: [p.sku for p in self if t in p.tags] for t in tags}
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for p in self:
            lines.append(f"{p.sku:<6}{p.name:<12}{p.price:>8.2f}{p.qty:>5}{p.value:>10,.2f}")
        lines.append(f"{'':<26}{'total':>5}{sum(p.value for p in self):>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("B2", "bracket", 4.5, 10, ["metal"]), ("A1", "anchor", 12.0, 3, ["metal", "heavy"]),
             ("C3", "cable tie", 0.15, 500, ["plastic"]), ("D4", "drum", 89.99, 1, ["heavy"])]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "again", 1))
except KeyError as e:
    print("KeyError:", e)

print(inv.report())
inv.receive("D4", 2)
inv.ship({"A1": 2, "C3": 120})
try:
    inv.ship({"A1": 5, "B2": 1, "D4": 9})
except* OutOfStock as eg:
    for err in eg.exceptions:
        print("cannot ship:", err)
print(inv.report())
print(inv.by_tag())
print(inv.ledger)
print(len(inv), [p.name for p in inv if p.value > 50], max(inv, key=lambda p: p.value))
