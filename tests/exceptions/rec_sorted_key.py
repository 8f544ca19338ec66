data = [3, 1, "x"]
print(sorted(data, key=lambda v: v + 1))
