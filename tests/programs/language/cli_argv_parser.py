# A hand-written argument parser for a small "tool".
import sys

def parse(argv):
    options = {"verbose": 0, "output": None, "count": 1, "dry_run": False}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            name = name.replace("-", "_")
            if name not in options:
                raise SystemExit(f"unknown option --{name}")
            if isinstance(options[name], bool):
                options[name] = True
            elif isinstance(options[name], int) and name != "verbose":
                options[name] = int(value if eq else next(it))
            else:
                options[name] = value if eq else next(it)
        elif arg.startswith("-") and len(arg) > 1:
            for flag in arg[1:]:
                if flag == "v":
                    options["verbose"] += 1
                elif flag == "n":
                    options["dry_run"] = True
                else:
                    raise SystemExit(f"unknown flag -{flag}")
        else:
            positional.append(arg)
    return options, positional

options, files = parse(sys.argv[1:])
print("options:")
for key, value in options.items():
    print(f"  {key:<8} = {value!r}")
print("files:", files)
for name in files * options["count"]:
    action = "would process" if options["dry_run"] else "processing"
    print(f"{action} {name}" + (f" -> {options['output']}" if options["output"] else ""))
if options["verbose"] >= 2:
    print("very verbose mode")
