# sys.exit(3): a custom non-zero status with no message.
import sys

errors = []
values = []
for value in ["10", "x", "30", "y", " 7 ", "1e3", "-4"]:
    try:
        n = int(value)
    except ValueError:
        errors.append(value)
        print("invalid", repr(value))
    else:
        values.append(n)
        print("value", n)

print(f"{len(values)} valid values, sum {sum(values)}, max {max(values)}")
print(f"{len(errors)} invalid values: {errors}")
EXIT_CODES = {0: "ok", 1: "one bad value", 2: "two bad values"}
status = len(errors) if len(errors) in EXIT_CODES else 3
print("exit status will be", status, "-", EXIT_CODES.get(status, "too many errors"))
if errors:
    sys.exit(status)
print("not reached")
