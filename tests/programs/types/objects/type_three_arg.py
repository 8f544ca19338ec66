# type(name, bases, dict) and its errors

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

C = type("C", (), {"x": 1, "f": lambda self: self.x * 2})
print(C.__name__, C.__qualname__, C.__bases__, C.x, C().f())
print(C.__module__)

D = type("D", (C,), {"x": 5})
print(D.__mro__ == (D, C, object), D().f())

E = type("E", (int,), {})
print(E(7) + 1, isinstance(E(3), int))

# qualname from the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__, "__qualname__" in Q.__dict__)

# __doc__
Doc = type("Doc", (), {"__doc__": "hello"})
print(Doc.__doc__)
print(type("NoDoc", (), {}).__doc__)

attempt("type()", lambda: type())
attempt("type(1, 2)", lambda: type(1, 2))
attempt("type(1, (), {})", lambda: type(1, (), {}))
attempt("type('A', [], {})", lambda: type('A', [], {}))
attempt("type('A', (), [])", lambda: type('A', (), []))
attempt("type('A', (1,), {})", lambda: type('A', (1,), {}))
attempt("type('A', (bool,), {})", lambda: type('A', (bool,), {}))
attempt("type('A', (C, C), {})", lambda: type('A', (C, C), {}))
attempt("type('A', (), {}, x=1)", lambda: type('A', (), {}, x=1))
attempt("type('A', (), {'__qualname__': 3})", lambda: type('A', (), {'__qualname__': 3}))
attempt("type('A\\x00B', (), {})", lambda: type('A\x00B', (), {}))
attempt("type('A', (), {}, 1)", lambda: type('A', (), {}, 1))
attempt("type(name='A')", lambda: type(name='A'))
attempt("type('A', (int, str), {})", lambda: type('A', (int, str), {}))
attempt("type('A', (object, C), {})", lambda: type('A', (object, C), {}))

# slots through type()
S = type("S", (), {"__slots__": ("a", "b")})
s = S()
s.a = 1
attempt("s.c = 1", lambda: setattr(s, "c", 1))
print(sorted(k for k in S.__dict__ if not k.startswith("__")))
attempt("bad slots", lambda: type("T", (), {"__slots__": 3}))
attempt("slot conflict", lambda: type("T", (), {"__slots__": ("a",), "a": 1}))
attempt("slot dup", lambda: type("T", (), {"__slots__": ("a", "a")}))
attempt("slot name", lambda: type("T", (), {"__slots__": ("1a",)}))

# type.__new__ directly
N = type.__new__(type, "N", (), {"y": 2})
print(N.__name__, N.y)
attempt("type.__new__(int, 'X', (), {})", lambda: type.__new__(int, 'X', (), {}))
attempt("type.__new__(type)", lambda: type.__new__(type))

# The namespace is copied
ns = {"z": 1}
Z = type("Z", (), ns)
ns["z"] = 2
print(Z.z)
