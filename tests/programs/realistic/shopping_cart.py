# Shopping cart with pricing rules, coupons, tax and a printed receipt (integer cents)
CATALOG = {
    "apple": ("Apple", 45, "produce"), "bread": ("Sourdough bread", 425, "bakery"),
    "milk": ("Milk 1L", 139, "dairy"), "cheese": ("Aged cheddar", 899, "dairy"),
    "wine": ("Red wine", 1499, "alcohol"), "soap": ("Hand soap", 350, "household"),
    "coffee": ("Coffee beans", 1250, "pantry"),
}
TAX_RATES = {"produce": 0, "bakery": 0, "dairy": 0, "pantry": 0, "alcohol": 1500, "household": 825}

class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(f"unknown product {sku!r}")
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines[sku] = self.lines.get(sku, 0) + qty
    def remove(self, sku, qty=None):
        if qty is None or qty >= self.lines[sku]:
            del self.lines[sku]
        else:
            self.lines[sku] -= qty
    def apply(self, code):
        if code in self.coupons:
            raise ValueError(f"coupon {code} already applied")
        if code not in ("SAVE10", "DAIRY2", "BIG50"):
            raise ValueError(f"invalid coupon {code}")
        self.coupons.append(code)
    def totals(self):
        rows, discounts = [], []
        for sku, qty in self.lines.items():
            name, price, cat = CATALOG[sku]
            rows.append((name, qty, price, qty * price, cat))
        if self.lines.get("apple", 0) >= 6:
            free = self.lines["apple"] // 6
            discounts.append(("Apples: buy 5 get 1", -free * CATALOG["apple"][1], "produce"))
        if "bread" in self.lines and "cheese" in self.lines:
            discounts.append(("Bread + cheese combo", -150, "dairy"))
        subtotal = sum(r[3] for r in rows) + sum(d[1] for d in discounts)
        if "DAIRY2" in self.coupons:
            dairy = sum(r[3] for r in rows if r[4] == "dairy")
            discounts.append(("Coupon DAIRY2 (20% dairy)", -(dairy * 20 // 100), "dairy"))
        if "SAVE10" in self.coupons:
            discounts.append(("Coupon SAVE10", -(subtotal * 10 // 100), None))
        if "BIG50" in self.coupons:
            if subtotal >= 5000:
                discounts.append(("Coupon BIG50", -500, None))
            else:
                discounts.append(("Coupon BIG50 (needs $50)", 0, None))
        tax = 0
        for name, qty, price, line, cat in rows:
            share = line + sum(d[1] for d in discounts if d[2] == cat)
            tax += max(share, 0) * TAX_RATES[cat] // 10000
        total = sum(r[3] for r in rows) + sum(d[1] for d in discounts) + tax
        return rows, discounts, tax, total

def fmt(c):
    return ("-" if c < 0 else "") + f"${abs(c) // 100}.{abs(c) % 100:02d}"

def receipt(cart):
    rows, discounts, tax, total = cart.totals()
    out = []
    for name, qty, price, line, _ in sorted(rows):
        out.append(f"{name:<22}{qty:>3} x {fmt(price):>7}{fmt(line):>10}")
    for label, amount, _ in discounts:
        out.append(f"  {label:<32}{fmt(amount):>10}")
    out.append(f"{'Tax':<34}{fmt(tax):>10}")
    out.append(f"{'TOTAL':<34}{fmt(total):>10}")
    return "\n".join(out)

cart = Cart()
for sku, qty in [("apple", 7), ("bread", 1), ("milk", 2), ("cheese", 1), ("wine", 2), ("soap", 1)]:
    cart.add(sku, qty)
print(receipt(cart))
print("=" * 44)
for code in ["SAVE10", "DAIRY2", "SAVE10", "FREE", "BIG50"]:
    try:
        cart.apply(code)
        print("applied", code)
    except ValueError as e:
        print("rejected:", e)
print(receipt(cart))
print("=" * 44)
cart.remove("wine", 1)
cart.remove("apple")
for bad in [("caviar", 1), ("milk", 0)]:
    try:
        cart.add(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(receipt(cart))
