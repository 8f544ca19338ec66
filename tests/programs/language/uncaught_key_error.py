# Looking up prices; one product is missing.

prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
basket = [("apple", 4), ("milk", 2), ("bread", 1), ("cheese", 1), ("apple", 1)]

print("price list:")
for name, price in sorted(prices.items()):
    print(f"  {name:<6} {price:5.2f}")
print("items with a known price:", [item for item, _ in basket if item in prices])
print("cheese price via get:", prices.get("cheese"))
print("cheese in prices:", "cheese" in prices)
unknown = sorted({item for item, _ in basket} - prices.keys())
print("unknown items:", unknown)

total = 0.0
for item, qty in basket:
    cost = prices[item] * qty
    total += cost
    print(f"{item:<8} x{qty} = {cost:5.2f}  running total {total:6.2f}")
print("total", total)
