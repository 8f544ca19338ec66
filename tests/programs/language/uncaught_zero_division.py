# Averages per group; the last group is empty and the program crashes.

groups = {
    "a": [3, 4, 5],
    "b": [10],
    "c": [1, 1, 1, 1],
    "d": [],
}

def average(values):
    return sum(values) / len(values)

def safe_average(values):
    return average(values) if values else None

print({name: safe_average(v) for name, v in groups.items()})
print("sizes:", {name: len(v) for name, v in groups.items()})
for name, values in groups.items():
    print(f"group {name}: n={len(values)}", end=" ")
    print(f"avg={average(values):.2f}")

print("unreachable")
