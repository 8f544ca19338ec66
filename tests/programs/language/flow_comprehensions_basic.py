# List, set, dict and generator comprehensions with conditions.

words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig", "grape"]

print([w.lower() for w in words])
print([w for w in words if len(w) > 4])
print([w[0] if w[0].isupper() else w[0].upper() + "!" for w in words])
print([len(w) for w in words if w.islower() if "e" in w])

print(sorted({len(w) for w in words}))
print({w[0].lower(): w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sum(len(w) for w in words), max(len(w) for w in words))

gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))

# Building a frequency table
text = "the quick brown fox jumps over the lazy dog the end"
freq = {w: text.split().count(w) for w in text.split()}
print(freq)
print({w: c for w, c in freq.items() if c > 1})
letters = sorted({ch for ch in text if ch.isalpha()})
print("".join(letters), len(letters))

# Inverting a dict
codes = {"red": 1, "green": 2, "blue": 3}
print({v: k for k, v in codes.items()})

# Comprehension over a string, a range, a dict and a file-like list
print([c * 2 for c in "abc"], [i ** 2 for i in range(-3, 4)])
print([k for k in codes], [v for v in codes.values()])

# Conditional filters and transforms together
nums = range(-5, 6)
print([n if n >= 0 else -n for n in nums if n % 2])
print({n % 3 for n in nums}, {n: n % 3 for n in nums if n > 2})

# Comprehensions with function calls and method chains
data = ["  42 ", "x", " 7", "", "13  ", "-1"]
clean = [int(s) for s in (d.strip() for d in data) if s.lstrip("-").isdigit()]
print(clean)

# tuple() and other consumers
print(tuple(x for x in "hey"), "".join(c.upper() for c in "shout"), dict((i, i * i) for i in range(3)))
print(any(w.startswith("g") for w in words), all(len(w) > 2 for w in words))
print(min((len(w), w) for w in words), sorted((w for w in words), key=len)[-1])
