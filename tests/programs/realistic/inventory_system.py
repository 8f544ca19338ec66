# Inventory management with restocking, orders, and reports
class Item:
    def __init__(self, sku, name, price, qty, reorder_level):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.reorder_level = reorder_level

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty})"

class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def order(self, lines):
        for sku, n in lines:
            if sku not in self.items:
                raise KeyError(sku)
            item = self.items[sku]
            if item.qty < n:
                raise OutOfStock(sku, n, item.qty)
        total = 0.0
        for sku, n in lines:
            item = self.items[sku]
            item.qty -= n
            total += item.price * n
            self.log.append(("sold", sku, n))
        return round(total, 2)

    def restock(self):
        restocked = []
        for item in sorted(self.items.values(), key=lambda i: i.sku):
            if item.qty <= item.reorder_level:
                amount = item.reorder_level * 3 - item.qty
                item.qty += amount
                restocked.append((item.sku, amount))
                self.log.append(("restock", item.sku, amount))
        return restocked

    def report(self):
        lines = [f"{'SKU':<8}{'Name':<18}{'Qty':>5}{'Price':>9}{'Value':>11}"]
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            flag = " *" if item.qty <= item.reorder_level else ""
            lines.append(f"{item.sku:<8}{item.name:<18}{item.qty:>5}{item.price:>9.2f}{item.value:>11.2f}{flag}")
        lines.append(f"{'TOTAL':<31}{sum(i.value for i in self.items.values()):>22.2f}")
        return "\n".join(lines)

inv = Inventory()
for row in [("A100", "Widget", 2.50, 40, 10), ("B200", "Gadget", 12.99, 5, 5), ("C300", "Doohickey", 0.35, 500, 100),
            ("D400", "Thingamajig", 99.0, 2, 1), ("E500", "Whatsit", 7.25, 12, 4)]:
    inv.add(Item(*row))
try:
    inv.add(Item("A100", "Dup", 1, 1, 1))
except KeyError as e:
    print("KeyError", e)
print(inv.report())
orders = [
    [("A100", 5), ("C300", 120)],
    [("B200", 3), ("D400", 1)],
    [("B200", 3)],
    [("Z999", 1)],
    [("E500", 9), ("A100", 30), ("C300", 300)],
    [("D400", 1), ("E500", 3)],
]
revenue = 0.0
for i, o in enumerate(orders, 1):
    try:
        t = inv.order(o)
        revenue += t
        print(f"order {i}: ${t:.2f}")
    except OutOfStock as e:
        print(f"order {i}: out of stock -> {e}")
    except KeyError as e:
        print(f"order {i}: unknown sku {e}")
print(f"revenue: ${revenue:.2f}")
print("low stock:", sorted(s for s, it in inv.items.items() if it.qty <= it.reorder_level))
print("restocked:", inv.restock())
print(inv.report())
sold = {}
for kind, sku, n in inv.log:
    if kind == "sold":
        sold[sku] = sold.get(sku, 0) + n
print("units sold:", dict(sorted(sold.items(), key=lambda kv: -kv[1])))
