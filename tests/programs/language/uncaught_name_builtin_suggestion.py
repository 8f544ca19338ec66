# Misspelling a builtin function name.

words = ["alpha", "be", "gamma"]
print("words:", words)
total = 0
for w in words:
    total += len(w)
    print(w, total)
print("longest:", max(words, key=len))
print("sorted by length:", sorted(words, key=len))
print("reversed:", [w[::-1] for w in words])

def report(items):
    for i, item in enumerate(items):
        print(f"{i}: {item!r}")
    return len(items)

count = report(words)
print("reported", count, "items")
pirnt("total length:", total)
