# bytes() and bytearray() constructor errors and their messages.

def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for ctor in (bytes, bytearray):
    n = ctor.__name__
    attempt(n + " negative", lambda: ctor(-1))
    attempt(n + " str no enc", lambda: ctor("abc"))
    attempt(n + " enc no str", lambda: ctor(5, "utf-8"))
    attempt(n + " errors no str", lambda: ctor(b"x", errors="strict"))
    attempt(n + " enc only", lambda: ctor(encoding="utf-8"))
    attempt(n + " errors only", lambda: ctor(errors="strict"))
    attempt(n + " str errors only", lambda: ctor("abc", errors="strict"))
    attempt(n + " bad item", lambda: ctor([1, 256]))
    attempt(n + " neg item", lambda: ctor([-1]))
    attempt(n + " str item", lambda: ctor(["a"]))
    attempt(n + " float item", lambda: ctor([1.5]))
    attempt(n + " float", lambda: ctor(1.5))
    attempt(n + " None", lambda: ctor(None))
    attempt(n + " object", lambda: ctor(object()))
    attempt(n + " unknown enc", lambda: ctor("abc", "no-such-codec"))
    attempt(n + " enc type", lambda: ctor("abc", 5))
    attempt(n + " errors type", lambda: ctor("abc", "utf-8", 5))
    attempt(n + " encode fail", lambda: ctor("h\u20acllo", "ascii"))
    attempt(n + " too many", lambda: ctor(b"a", "utf-8", "strict", 4))
    attempt(n + " bad kw", lambda: ctor(b"a", foo=1))
    attempt(n + " huge", lambda: ctor(10 ** 30))
    attempt(n + " big item", lambda: ctor([10 ** 30]))

class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError("boom")

attempt("iter raises", lambda: bytes(BadIter()))
attempt("bytearray iter raises", lambda: bytearray(BadIter()))

class BadIndex:
    def __index__(self):
        return "x"

attempt("bad __index__ item", lambda: bytes([BadIndex()]))
attempt("bytes int subclass", lambda: bytes([True, 2, 255]))
