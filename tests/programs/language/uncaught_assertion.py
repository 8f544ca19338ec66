# An assertion with a message fails.

def normalise(weights):
    total = sum(weights)
    result = [w / total for w in weights]
    assert abs(sum(result) - 1.0) < 1e-9
    return result

print(normalise([1, 1, 2]))
print(normalise([3, 1]))
print([round(x, 3) for x in normalise([1, 2, 3, 4, 5, 6])])

def percentile(values, p):
    assert 0 <= p <= 100, f"percentile must be in [0, 100], got {p}"
    ordered = sorted(values)
    k = round((len(ordered) - 1) * p / 100)
    return ordered[k]

data = [5, 1, 4, 2, 3, 9, 7]
for p in (0, 25, 50, 75, 100):
    print(f"p{p}: {percentile(data, p)}")
try:
    assert data, "data must not be empty"
    assert len(data) < 5, f"too many values: {len(data)}"
except AssertionError as e:
    print("caught:", e)
print(percentile(data, 150))
