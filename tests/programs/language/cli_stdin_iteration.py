# Reading stdin as a file: iteration, readline, read.
import sys

header = sys.stdin.readline()
print("header:", repr(header))
columns = header.strip().split("\t")
rows = []
for line in sys.stdin:
    if line.strip() == "END":
        break
    rows.append(dict(zip(columns, line.rstrip("\n").split("\t"))))
for row in rows:
    print(row)
rest = sys.stdin.read()
print("remaining text:", repr(rest))
print("readline at EOF:", repr(sys.stdin.readline()))
totals = {}
for row in rows:
    totals[row["city"]] = totals.get(row["city"], 0) + int(row["qty"])
print(totals)
