# Off-by-one error while pairing neighbours.

readings = [12.5, 13.0, 12.8, 14.1, 15.0]
print("readings:", readings)
print("min/max:", min(readings), max(readings))
print("mean:", round(sum(readings) / len(readings), 3))

def correct_diffs(values):
    return [round(b - a, 2) for a, b in zip(values, values[1:])]

print("correct diffs:", correct_diffs(readings))
print("largest jump:", max(correct_diffs(readings)))
print("last index:", len(readings) - 1, "last value:", readings[-1])

diffs = []
for i in range(len(readings)):
    print(f"step {i}: comparing {readings[i]}", end="")
    diff = readings[i + 1] - readings[i]
    diffs.append(round(diff, 2))
    print(f" -> diff {diffs[-1]}")
print(diffs)
