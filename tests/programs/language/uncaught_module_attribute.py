# A typo in a module attribute.
import sys

print("python major version:", sys.version_info[0])
print("version_info fields:", sys.version_info[:2] >= (3, 0))
print("argv has", len(sys.argv), "item(s)")
print("maxsize positive:", sys.maxsize > 0)
print("byteorder known:", sys.byteorder in ("little", "big"))
print("recursion limit:", sys.getrecursionlimit())

names = ["argv", "path", "modules", "stdout", "stderr"]
for name in names:
    print(f"  sys has {name!r}:", hasattr(sys, name))
print("getattr with default:", getattr(sys, "argvv", "missing"))
try:
    sys.platfrom
except AttributeError as e:
    print("caught:", e)
print("stdout is a", type(sys.stdout).__name__)
print(sys.argvv)
