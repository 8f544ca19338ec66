# Spelling out numbers in English, ordinals, and parsing them back
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]

def under_1000(n):
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(ONES[h] + " hundred")
    if rest:
        if rest < 20:
            parts.append(ONES[rest])
        else:
            t, o = divmod(rest, 10)
            parts.append(TENS[t] + ("-" + ONES[o] if o else ""))
    return " and ".join(parts) if h and rest else " ".join(parts)

def spell(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + spell(-n)
    groups = []
    scale = 0
    while n:
        n, chunk = divmod(n, 1000)
        if chunk:
            if scale >= len(SCALES):
                raise OverflowError("number too large to spell")
            groups.append(under_1000(chunk) + (" " + SCALES[scale] if scale else ""))
        scale += 1
    return ", ".join(reversed(groups))

IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
             "nine": "ninth", "twelve": "twelfth"}
def ordinal(n):
    words = spell(n)
    head, sep, last = words.rpartition(" ") if " " in words else ("", "", words)
    pre, dash, tail = last.rpartition("-")
    if tail in IRREGULAR:
        tail = IRREGULAR[tail]
    elif tail.endswith("y"):
        tail = tail[:-1] + "ieth"
    else:
        tail += "th"
    return head + sep + pre + dash + tail

def suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"

def parse(words):
    values = {w: i for i, w in enumerate(ONES)}
    values.update({w: i * 10 for i, w in enumerate(TENS) if w})
    total = current = 0
    negative = False
    for tok in words.replace(",", " ").replace("-", " ").split():
        if tok == "minus":
            negative = True
        elif tok == "and":
            continue
        elif tok == "hundred":
            current *= 100
        elif tok in SCALES:
            total += current * 1000 ** SCALES.index(tok)
            current = 0
        else:
            current += values[tok]
    total += current
    return -total if negative else total

for n in [0, 7, 13, 20, 21, 99, 100, 101, 115, 342, 1000, 1001, 1999, 20020, 100000, 123456, 1000001,
          -45, 2 ** 31, 10 ** 18 + 7, 999_999_999_999]:
    s = spell(n)
    print(f"{n:>20} {s}  <{parse(s) == n}>")
print([ordinal(n) for n in (1, 2, 3, 4, 5, 8, 9, 11, 12, 20, 21, 30, 42, 100, 101, 112, 1000)])
print([suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003)])
try:
    spell(10 ** 21)
except OverflowError as e:
    print("OverflowError:", e)
letters = sum(len(spell(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters used writing 1..1000:", letters)
print(sorted(range(1, 21), key=spell))
