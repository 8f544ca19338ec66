# A custom exception class escaping the program.

class InventoryError(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(item, wanted, available)
        self.item = item
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return f"cannot take {self.wanted} x {self.item!r}: only {self.available} left"

stock = {"bolt": 10, "nut": 3}

def take(item, n):
    if stock.get(item, 0) < n:
        raise InventoryError(item, n, stock.get(item, 0))
    stock[item] -= n
    print(f"took {n} {item}(s); {stock[item]} left")

take("bolt", 4)
take("nut", 2)
take("bolt", 6)
take("nut", 2)
