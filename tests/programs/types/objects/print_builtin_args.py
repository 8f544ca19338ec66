# print(): sep, end, file, flush, and argument errors

import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print()
print(sep=":")
print(1, 2, sep=None, end=None)
print("x", file=None)
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep=", ")
print(*[], sep="ignored")
print("tab", "sep", sep="\t")

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("hello", 42, file=w)
print("x", "y", sep="|", end=".", file=w)
print(w.parts)

class FlushWriter(Writer):
    def flush(self):
        self.parts.append("<flush>")
fw = FlushWriter()
print("f", file=fw, flush=True)
print(fw.parts)

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("sep int", lambda: print("a", sep=1))
attempt("end list", lambda: print("a", end=[]))
attempt("bad kw", lambda: print("a", color="red"))
attempt("file without write", lambda: print("a", file=1))
attempt("file object()", lambda: print("a", file=object()))
class NoFlush:
    def write(self, s):
        pass
attempt("flush without flush method", lambda: print("a", file=NoFlush(), flush=True))
class WriteRaises:
    def write(self, s):
        raise IOError("disk full")
attempt("write raises", lambda: print("a", file=WriteRaises()))

# print calls str() on each argument
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {"k": S()})

class BadStr:
    def __str__(self):
        raise ValueError("str failed")
attempt("bad str", lambda: print("before", BadStr()))

# sep and end as str subclasses
class MyStr(str):
    pass
print("a", "b", sep=MyStr("+"), end=MyStr("\n"))
print(None, True, 1.5, 2j, b"x", bytearray(b"y"))
