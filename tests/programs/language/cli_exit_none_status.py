# sys.exit(None) means success: exit status 0.
import sys

def run(tasks):
    failed = [t for t in tasks if t.endswith("!")]
    for t in tasks:
        print("ran", t.rstrip("!"), "FAILED" if t in failed else "ok")
    return len(failed)

pipelines = {
    "nightly": ["build", "test!", "lint"],
    "release": ["build", "test", "lint", "package"],
}
results = {}
for name, tasks in pipelines.items():
    print(f"== {name}")
    results[name] = run(tasks)
print(results)

status = results["release"]
print("release status", status, "->", bool(status))
sys.stdout.flush()
sys.exit(None if status == 0 else status)
