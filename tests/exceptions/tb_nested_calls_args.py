def parse(s):
    return int(s)
def load(rows):
    return [parse(r) for r in rows]
totals = sum(load(["1", "2", "x3"]))
