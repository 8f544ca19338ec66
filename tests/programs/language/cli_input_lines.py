# Reading lines with input() until EOF.

total = 0
count = 0
names = []
while True:
    try:
        line = input()
    except EOFError:
        print("-- end of input --")
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, _, score = line.partition(",")
    try:
        value = int(score)
    except ValueError:
        print(f"skipping bad line: {line!r}")
        continue
    names.append(name)
    total += value
    count += 1
    print(f"{name:>8}: {value:3d}")

print(f"{count} scores, total {total}, mean {total / count:.2f}")
print("best:", max(zip(names, range(count)))[0] if names else None)
