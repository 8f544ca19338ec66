"""Runs each program in tests/exceptions/ with CPython and records what it printed and its exit
status in tests/data/exceptions.json, for tests/exceptions.test.ts. The programs end with an
uncaught exception (the traceback is the expected stderr) or print exception behaviour.

Each program runs as /exc-tests/NAME.py: it is copied to a temporary directory and that
directory's path is replaced in the output, so the expectations do not depend on the machine.

Usage: python3.13 scripts/generate-exception-test-data.py
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.join(ROOT, "tests", "exceptions")
OUT = os.path.join(ROOT, "tests", "data", "exceptions.json")
PLACEHOLDER = "/exc-tests"


def run(path, cwd, color):
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "PYTHON_COLORS", "NO_COLOR")}
    env["FORCE_COLOR" if color else "NO_COLOR"] = "1"
    return subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL)


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    cases = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(SOURCES)):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(SOURCES, name), encoding="utf-8") as f:
                source = f.read()
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            r = run(path, tmp, color=False)
            colored = run(path, tmp, color=True)
            cases[name[:-3]] = {
                "source": source,
                "stdout": r.stdout.replace(tmp, PLACEHOLDER),
                "stderr": r.stderr.replace(tmp, PLACEHOLDER),
                "status": r.returncode,
                # What CPython prints when stderr is a terminal (colours forced).
                "stderrColor": colored.stderr.replace(tmp, PLACEHOLDER),
            }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
