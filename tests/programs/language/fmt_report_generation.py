# A realistic text report: aligned columns, totals, percentages, currency.

sales = [
    {"region": "North", "q1": 12500.5, "q2": 13400.0, "q3": 9800.25, "q4": 15000.0},
    {"region": "South", "q1": 8000.0, "q2": 7200.75, "q3": 8100.0, "q4": 9900.1},
    {"region": "East", "q1": 15100.0, "q2": 16000.0, "q3": 17250.5, "q4": 18000.0},
    {"region": "West", "q1": 500.0, "q2": 0.0, "q3": 1200.0, "q4": 3100.0},
]
quarters = ["q1", "q2", "q3", "q4"]

def money(x):
    return f"${x:,.2f}"

name_w = max(len(r["region"]) for r in sales) + 2
col_w = 13
header = f"{'Region':<{name_w}}" + "".join(f"{q.upper():>{col_w}}" for q in quarters) + f"{'Total':>{col_w}}{'Share':>8}"
print(header)
print("=" * len(header))

grand = sum(sum(r[q] for q in quarters) for r in sales)
for r in sales:
    total = sum(r[q] for q in quarters)
    cells = "".join(f"{money(r[q]):>{col_w}}" for q in quarters)
    print(f"{r['region']:<{name_w}}{cells}{money(total):>{col_w}}{total / grand:>8.1%}")

print("-" * len(header))
col_totals = [sum(r[q] for q in quarters) for r in sales]
per_q = [sum(r[q] for r in sales) for q in quarters]
print(f"{'Total':<{name_w}}" + "".join(f"{money(t):>{col_w}}" for t in per_q) + f"{money(grand):>{col_w}}{1:>8.0%}")

# Growth from q1 to q4 with signs
print()
for r in sales:
    start, end = r["q1"], r["q4"]
    growth = (end - start) / start
    bar = "#" * int(growth * 20) if growth > 0 else ""
    print(f"{r['region']:>6}: {growth:+8.1%} {bar}")

# Best and worst quarter per region
print()
for r in sales:
    best = max(quarters, key=lambda q: r[q])
    worst = min(quarters, key=lambda q: r[q])
    print(f"{r['region']:<6} best={best} ({r[best]:>10,.0f})  worst={worst} ({r[worst]:>10,.0f})")

# Scientific and compact forms
print()
print(f"grand total: {grand:.3e} | {grand:.4g} | {grand:_.0f} | {int(grand):#x}")
print("%-10s %12.2f %6.1f%%" % ("summary", grand, 100.0))
