# A vending machine modeled as a state machine driven by an event script
class VendingMachine:
    PRICES = {"A1": 125, "A2": 150, "B1": 95, "B2": 200}
    COINS = (5, 10, 25, 100)

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"A1": 2, "A2": 0, "B1": 5, "B2": 1}
        self.selection = None
        self.bank = 0
        self.transitions = []

    def _go(self, new_state, note):
        self.transitions.append((self.state, new_state))
        print(f"  [{self.state:>10} -> {new_state:<10}] {note}")
        self.state = new_state

    def event(self, kind, arg=None):
        handler = getattr(self, f"on_{self.state}_{kind}", None)
        if handler is None:
            print(f"  ignored {kind}({arg}) in state {self.state}")
            return
        handler(arg)

    def on_idle_coin(self, c):
        self._accept(c)
        if self.credit:
            self._go("collecting", f"credit {self.credit}")

    def on_collecting_coin(self, c):
        self._accept(c)
        print(f"  credit now {self.credit}")

    def _accept(self, c):
        if c not in self.COINS:
            print(f"  rejected coin {c}")
            return
        self.credit += c

    def on_collecting_select(self, code):
        if code not in self.PRICES:
            print(f"  unknown selection {code}")
            return
        if self.stock[code] == 0:
            print(f"  {code} sold out")
            return
        price = self.PRICES[code]
        if self.credit < price:
            print(f"  {code} costs {price}, insert {price - self.credit} more")
            return
        self.selection = code
        self._go("vending", f"vending {code}")
        self.stock[code] -= 1
        self.bank += price
        change = self.credit - price
        self.credit = 0
        self._go("idle" if not change else "change", f"dispensed {code}")
        if change:
            self.event("give_change", change)

    def on_change_give_change(self, amount):
        coins = []
        for c in sorted(self.COINS, reverse=True):
            while amount >= c:
                coins.append(c)
                amount -= c
        self._go("idle", f"change {coins}")

    def on_collecting_cancel(self, _):
        refund, self.credit = self.credit, 0
        self._go("idle", f"refunded {refund}")

    def on_idle_service(self, restock):
        self._go("service", "door open")
        for code, n in restock.items():
            self.stock[code] = self.stock.get(code, 0) + n

    def on_service_close(self, _):
        self._go("idle", f"door closed, stock {self.stock}")

vm = VendingMachine()
script = [
    ("select", "A1"), ("coin", 100), ("coin", 3), ("select", "A1"), ("coin", 25), ("select", "A1"),
    ("coin", 100), ("coin", 100), ("select", "A2"), ("select", "Z9"), ("select", "B2"),
    ("coin", 25), ("cancel", None), ("coin", 100), ("coin", 25), ("select", "A1"), ("coin", 10),
    ("select", "A1"), ("cancel", None), ("service", {"A1": 3, "A2": 4}), ("coin", 25), ("close", None),
    ("coin", 100), ("coin", 100), ("select", "A2"),
]
for kind, arg in script:
    print(f"> {kind} {arg if arg is not None else ''}".rstrip())
    vm.event(kind, arg)
print("bank:", vm.bank, "credit:", vm.credit, "state:", vm.state)
print("stock:", vm.stock)
counts = {}
for t in vm.transitions:
    counts[t] = counts.get(t, 0) + 1
for (a, b), n in sorted(counts.items()):
    print(f"{a:>10} -> {b:<10} x{n}")
