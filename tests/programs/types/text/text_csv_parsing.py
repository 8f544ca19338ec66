# Parsing a small CSV/INI-like text with partition, split and strip
data = """# inventory file
name, qty , price ,note
apple, 3, 0.50,"fresh, red"
banana ,12, 0.25,
  cherry,  100,  2.00 , "sweet"
durian,0,9.99,"smelly; ""king"" of fruit"

[section one]
key1 = value one
key2=value=with=equals
  key3   =   spaced   
bad line without equals
"""

def split_csv(line):
    fields, cur, quoted, i = [], '', False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ',':
            fields.append(cur.strip())
            cur = ''
        else:
            cur += ch
        i += 1
    fields.append(cur.strip())
    return fields

rows, section, ini = [], None, {}
for raw in data.splitlines():
    line = raw.strip()
    if not line or line.startswith('#'):
        continue
    if line.startswith('[') and line.endswith(']'):
        section = line[1:-1].strip()
        ini[section] = {}
        continue
    if section is None:
        rows.append(split_csv(line))
    else:
        key, sep, value = line.partition('=')
        if not sep:
            print('skipping', repr(line))
            continue
        ini[section][key.strip()] = value.strip()
header, body = rows[0], rows[1:]
print(header)
for r in body:
    print(r)
total = 0.0
for r in body:
    rec = dict(zip(header, r))
    qty = int(rec['qty'])
    price = float(rec['price'])
    total += qty * price
    print(f"{rec['name']:<8}{qty:>5}{price:>7.2f}  {rec['note'] or '-'!r}")
print(f'total {total:.2f}')
print(ini)
print([k.upper().replace('KEY', 'k') for k in ini['section one']])
print(','.join(header).upper(), '|'.join(r[0].capitalize() for r in body))
print(data.count('\n'), data.count(','), len(data.splitlines()), data.splitlines()[-1])
print([line.expandtabs(4) for line in 'a\tb\n\tc'.splitlines()])
