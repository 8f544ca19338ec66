# Parsing a CSV-like ledger from a string, aggregating, and reporting with errors collected.

LEDGER = """\
date,account,type,amount,memo
2024-01-02,checking,deposit,1500.00,salary
2024-01-03,checking,withdraw,42.10,groceries
2024-01-03,savings,deposit,200,transfer in
2024-01-04,checking,withdraw,200,transfer out
2024-01-05,checking,withdraw,abc,typo
2024-01-06,credit,charge,89.99,shoes
2024-01-07,savings,withdraw,50,emergency
2024-01-08,checking,refund,12.00,returned item
2024-01-09,savings,deposit,-5,negative?
"""

class LedgerError(ValueError):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno

SIGN = {"deposit": 1, "refund": 1, "withdraw": -1}

def parse_line(lineno, header, line):
    row = dict(zip(header, line.split(",")))
    try:
        amount = float(row["amount"])
    except ValueError:
        raise LedgerError(lineno, f"bad amount {row['amount']!r}") from None
    if amount <= 0:
        raise LedgerError(lineno, f"amount must be positive, got {amount}")
    if row["type"] not in SIGN:
        raise LedgerError(lineno, f"unknown type {row['type']!r}")
    return {**row, "amount": amount, "lineno": lineno}

def rows(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    for lineno, line in enumerate(lines[1:], start=2):
        try:
            yield parse_line(lineno, header, line), None
        except LedgerError as e:
            yield None, e

def load(text):
    good, bad = [], []
    for record, error in rows(text):
        if error is None:
            good.append(record)
        else:
            bad.append(error)
    return good, bad

entries, errors = load(LEDGER)
balances = {}
for e in entries:
    balances[e["account"]] = balances.get(e["account"], 0.0) + SIGN[e["type"]] * e["amount"]

print(f"{len(entries)} entries, {len(errors)} errors")
for e in entries:
    print(f"  {e['date']} {e['account']:<9} {e['type']:<9} {SIGN[e['type']] * e['amount']:>+10.2f}  {e['memo']}")
print("errors:")
for err in errors:
    print("  ", err)
print("balances:")
for account, bal in sorted(balances.items()):
    print(f"  {account:<9} {bal:>10,.2f}")
by_day = {}
for e in entries:
    by_day.setdefault(e["date"], []).append(e["memo"])
print({d: len(m) for d, m in by_day.items()})
print(max(entries, key=lambda e: e["amount"])["memo"], sum(e["amount"] for e in entries if e["type"] == "withdraw"))
