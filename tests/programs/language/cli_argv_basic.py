# Reading command-line arguments from sys.argv.
import sys

print("script name ends with .py:", sys.argv[0].endswith("cli_argv_basic.py"))
args = sys.argv[1:]
print("argument count:", len(args))
for i, arg in enumerate(args, 1):
    print(f"  argv[{i}] = {arg!r} (length {len(arg)})")
print("joined:", " | ".join(args))
print("numeric args:", [int(a) for a in args if a.lstrip("-").isdigit()])
print("flags:", [a for a in args if a.startswith("-") and not a.lstrip("-").isdigit()])
print("type:", type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))

# Classify each argument
kinds = {}
for arg in args:
    if arg == "":
        kind = "empty"
    elif arg.lstrip("-").isdigit():
        kind = "number"
    elif arg.startswith("--"):
        kind = "long option"
    elif arg.startswith("-"):
        kind = "short option"
    elif " " in arg:
        kind = "phrase"
    elif not arg.isascii():
        kind = "non-ascii word"
    else:
        kind = "word"
    kinds.setdefault(kind, []).append(arg)
for kind in sorted(kinds):
    print(f"{kind:>15}: {kinds[kind]}")

# sys.argv is an ordinary, mutable list
sys.argv.append("appended")
print(len(sys.argv) - 1, sys.argv[-1])
print("upper-cased:", [a.upper() for a in args if a])
