# sys.exit with a message and explicit code
import sys
def check(values):
    problems = []
    for i, v in enumerate(values):
        if not isinstance(v, int):
            problems.append("item %d: %r is not an int" % (i, v))
        elif v < 0:
            problems.append("item %d: %d is negative" % (i, v))
    return problems
data = [1, 2, -3, "four", 5.0, 6]
issues = check(data)
for line in issues:
    print(line)
print("total problems:", len(issues))
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code))
if issues:
    sys.exit(3)
print("unreachable")
