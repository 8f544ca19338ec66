# Formatting a sales report as aligned text tables with f-strings
SALES = [
    ("2023-01", "North", "Widgets", 1200, 2.5), ("2023-01", "South", "Widgets", 800, 2.5),
    ("2023-01", "North", "Gadgets", 150, 19.99), ("2023-02", "North", "Widgets", 1350, 2.4),
    ("2023-02", "South", "Gadgets", 210, 19.99), ("2023-02", "East", "Gizmos", 75, 149.0),
    ("2023-03", "East", "Widgets", 990, 2.45), ("2023-03", "South", "Gizmos", 40, 155.5),
    ("2023-03", "North", "Gadgets", 180, 18.75), ("2023-03", "West", "Widgets", 0, 2.5),
]
def money(x):
    return f"${x:,.2f}"

rows = [(m, r, p, q, price, q * price) for m, r, p, q, price in SALES]
headers = ("Month", "Region", "Product", "Qty", "Unit", "Revenue")
cells = [headers] + [(m, r, p, f"{q:,}", money(u), money(rev)) for m, r, p, q, u, rev in rows]
widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
align = ["<", "<", "<", ">", ">", ">"]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
for i, c in enumerate(cells):
    print("| " + " | ".join(f"{v:{a}{w}}" for v, a, w in zip(c, align, widths)) + " |")
    if i == 0:
        print(sep.replace("-", "="))
print(sep)
total = sum(r[5] for r in rows)
print(f"{'Total revenue:':>40} {money(total):>14}")

def pivot(key_fn):
    out = {}
    for r in rows:
        k = key_fn(r)
        out[k] = out.get(k, 0) + r[5]
    return out
by_region = pivot(lambda r: r[1])
by_month = pivot(lambda r: r[0])
print()
print(f"{'Region':<8}{'Revenue':>14}{'Share':>9}  Bar")
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    print(f"{region:<8}{money(rev):>14}{share:>9.1%}  {'█' * round(share * 40)}")
months = sorted(by_month)
products = sorted({r[2] for r in rows})
print()
print(f"{'':<10}" + "".join(f"{m:>12}" for m in months) + f"{'Total':>12}")
for p in products:
    vals = [sum(r[5] for r in rows if r[0] == m and r[2] == p) for m in months]
    print(f"{p:<10}" + "".join(f"{v:>12,.0f}" if v else f"{'-':>12}" for v in vals) + f"{sum(vals):>12,.2f}")
print(f"{'Total':<10}" + "".join(f"{by_month[m]:>12,.0f}" for m in months) + f"{total:>12,.2f}")
growth = [(months[i], (by_month[months[i]] - by_month[months[i - 1]]) / by_month[months[i - 1]]) for i in range(1, len(months))]
print("growth:", ", ".join(f"{m}: {g:+.2%}" for m, g in growth))
best = max(rows, key=lambda r: r[5])
print(f"best line: {best[2]} in {best[1]} ({best[0]}) = {money(best[5])}; zero-qty rows: {[r[1] for r in rows if r[3] == 0]}")
print(f"{'avg unit price':<16}{sum(r[4] for r in rows) / len(rows):>10.4f}|{'median qty':^14}|{sorted(r[3] for r in rows)[len(rows) // 2]:<6}|")
