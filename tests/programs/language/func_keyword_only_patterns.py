# Keyword-only flags and a small CLI-style API built from them.

def format_table(rows, *, headers=None, align="<", padding=1, border=True):
    data = [list(map(str, r)) for r in rows]
    if headers:
        data.insert(0, list(headers))
    widths = [max(len(r[i]) for r in data) for i in range(len(data[0]))]
    pad = " " * padding
    lines = []
    sep = "+" + "+".join("-" * (w + 2 * padding) for w in widths) + "+"
    if border:
        lines.append(sep)
    for idx, row in enumerate(data):
        cells = [pad + f"{cell:{align}{w}}" + pad for cell, w in zip(row, widths)]
        lines.append(("|" if border else "") + ("|" if border else " ").join(cells) + ("|" if border else ""))
        if border and headers and idx == 0:
            lines.append(sep)
    if border:
        lines.append(sep)
    return "\n".join(lines)

rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 4.0)]
print(format_table(rows, headers=("fruit", "qty", "price")))
print(format_table(rows, align=">", border=False, padding=0))
print(format_table(rows, headers=("f", "q", "p"), align="^", padding=2))

try:
    format_table(rows, ("f", "q", "p"))
except TypeError as e:
    print(type(e).__name__, e)

try:
    format_table(rows, header=("oops",))
except TypeError as e:
    print(type(e).__name__, e)

# Bare * with only kw-only params
def pair(*, left, right):
    return (left, right)
print(pair(right=2, left=1))
try:
    pair(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
