# Roman numeral conversion both ways with validation
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    s = s.strip().upper()
    if not s or any(c not in VALUES for c in s):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for i, c in enumerate(s):
        v = VALUES[c]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (canonical form of {total} is {to_roman(total)})")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<16} -> {from_roman(r)}")
for s in ["mcmxc", " XLII ", "IIII", "IC", "VX", "MMMM", "", "ABC", "XIV", "CDXLIV", "MCMLXXXIV"]:
    try:
        print(f"{s!r:>12} -> {from_roman(s)}")
    except ValueError as e:
        print(f"{s!r:>12} -> ValueError: {e}")
for bad in [0, 4000, -5, 3.5, True, "12"]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
all_ok = all(from_roman(to_roman(n)) == n for n in range(1, 4000))
longest = max(range(1, 4000), key=lambda n: (len(to_roman(n)), n))
print("roundtrip 1..3999:", all_ok, "| longest:", longest, to_roman(longest), len(to_roman(longest)))
total_chars = sum(len(to_roman(n)) for n in range(1, 4000))
letter_counts = {}
for n in range(1, 4000):
    for c in to_roman(n):
        letter_counts[c] = letter_counts.get(c, 0) + 1
print(total_chars, dict(sorted(letter_counts.items(), key=lambda kv: VALUES[kv[0]])))
