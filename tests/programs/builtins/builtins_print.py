# print() options
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print()
print("", "")
print(1, 2.0, None, True, [1], {"k": 1}, sep=" | ")
print("x", end="\n\n")
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="?")
print(sep="ignored")
print("multi\nline", "second")
print("tab\tseparated", 42, sep="\t")
print("to stdout", file=sys.stdout)
print("to stdout flush", flush=True)
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="")
print()
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me")
print()
print(n)
class Loud:
    def __str__(self):
        return "LOUD"
    def __repr__(self):
        return "Loud()"
print(Loud(), [Loud()], (Loud(),), {"k": Loud()})
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
col = Collector()
print("hello", "world", file=col, sep="_", end="!")
print(42, file=col)
print(col.parts)
print("é ☃ 😀 日本")
print("\\backslash", "'quote'", '"dq"')
print(str(1e16), 1e16, f"{1e16}", "%s" % 1e16)
print(b"bytes print", bytearray(b"ba"))
print(None)
print("%d items" % 3, "{} items".format(4), f"{5} items")
print("end with sep", sep="", end="\n")
sys.stdout.write("final\n")
