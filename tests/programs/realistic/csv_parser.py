# A CSV parser handling quotes, escaped quotes, embedded newlines, plus typed analysis
RAW = '''id,name,city,amount,notes
1,Alice,"New York, NY",120.50,"said ""hi"""
2,Bob,Boston,80,
3,"Carol ""CJ"" Jones",Chicago,-15.25,"multi
line note"
4,Dan,,0,"trailing, comma",
5,Eve,"Zürich",1e3,ünïcode ok
6,"Frank",Boston,"42",""
'''

def parse_csv(text, delim=","):
    rows, row, field = [], [], []
    i, n = 0, len(text)
    in_quotes = False
    while i < n:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == delim:
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        elif ch != "\r":
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows

def to_csv(rows):
    def q(v):
        v = str(v)
        if any(c in v for c in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(",".join(q(v) for v in r) for r in rows)

rows = parse_csv(RAW)
header, data = rows[0], rows[1:]
print(header)
for r in data:
    print(len(r), r)
records = []
for r in data:
    rec = dict(zip(header, r))
    if len(r) > len(header):
        rec["_extra"] = r[len(header):]
    try:
        rec["amount"] = float(rec["amount"])
    except ValueError:
        rec["amount"] = None
    rec["id"] = int(rec["id"])
    records.append(rec)
for rec in records:
    print(rec)
by_city = {}
for rec in records:
    by_city.setdefault(rec["city"] or "(none)", []).append(rec["amount"])
for city, amounts in sorted(by_city.items()):
    print(f"{city:<14} n={len(amounts)} total={sum(amounts):>9.2f}")
round_trip = parse_csv(to_csv(rows))
print("round trip equal:", round_trip == rows)
print(to_csv([["a", 'b"c', "d,e"], [1, 2.5, "line\nbreak"]]))
for bad in ['a,"b\n', 'x,y\n"unclosed']:
    try:
        parse_csv(bad)
    except ValueError as e:
        print("ValueError:", e)
print(parse_csv("a;b;c\n1;2;3", delim=";"), parse_csv(""), parse_csv("\n"), parse_csv('""'))
