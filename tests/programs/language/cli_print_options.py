# print() with sep, end, file and flush.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print("no newline", end="")
print(" ... continued", end="!\n")
print(1, 2.5, None, True, [1], sep=", ", end=".\n")
print()
print("", end="")
print(sep="X", end="[empty print with end]\n")
print(*range(5), sep="\n", end="\n---\n")
print("to stderr 1", file=sys.stderr)
print("flushed", flush=True)
print("tab\tseparated", "multi\nline", sep="|")
print("None sep/end defaults", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("returns count\n")
print(n)
print("to stderr 2", "with", "sep", sep="_", file=sys.stderr)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=b"\n")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file="not a file")
except AttributeError as e:
    print(type(e).__name__, e)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("into", "collector", file=c, flush=True)
print(c.parts)
print(None, file=None)
print("final line on stderr", file=sys.stderr)
