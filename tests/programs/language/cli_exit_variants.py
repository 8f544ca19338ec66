# Different SystemExit payloads, all caught here; the last one ends the program.
import sys

for payload in [0, 5, None, "text message", [1, 2], True, -1, 256]:
    try:
        sys.exit(payload)
    except SystemExit as e:
        print(f"payload {payload!r:16} -> code {e.code!r}, args {e.args!r}")

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)

try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print("two args:", e.code, e.args)

def nested():
    try:
        sys.exit(7)
    finally:
        print("finally inside nested()")
try:
    nested()
except SystemExit as e:
    print("caught from nested:", e.code, isinstance(e, Exception), isinstance(e, BaseException))

print("exiting with a non-int, non-str object: printed to stderr, status 1")
sys.exit({"error": "bad things"})
