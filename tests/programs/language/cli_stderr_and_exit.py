# Warnings to stderr while processing, then exit with the number of problems.
import sys

records = ["ok:1", "ok:2", "bad", "ok:x", "ok:5", "warn:7", "ok:11"]
good = []
problems = 0
for rec in records:
    kind, sep, value = rec.partition(":")
    if not sep:
        print(f"warning: malformed record {rec!r}", file=sys.stderr)
        problems += 1
        continue
    if not value.isdigit():
        print(f"warning: non-numeric value in {rec!r}", file=sys.stderr)
        problems += 1
        continue
    good.append(int(value))
    print(f"accepted {rec!r} -> {kind} = {int(value)}")
print("good values:", good, "sum", sum(good))
print(f"{problems} problem(s)", file=sys.stderr)
sys.exit(problems)
