# Positional-only parameters and the errors that come with them.

def clamp(value, lo=0, hi=100, /):
    return max(lo, min(hi, value))

def describe(a, b, /, c, *, d):
    return f"a={a} b={b} c={c} d={d}"

print(clamp(50))
print(clamp(-5))
print(clamp(500, 0, 255))
print(clamp(7, 10))

print(describe(1, 2, 3, d=4))
print(describe(1, 2, c=3, d=4))

def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)

attempt("kw for pos-only", lambda: describe(1, b=2, c=3, d=4))
attempt("both kw", lambda: describe(a=1, b=2, c=3, d=4))
attempt("d positional", lambda: describe(1, 2, 3, 4))
attempt("missing d", lambda: describe(1, 2, 3))
attempt("clamp kw", lambda: clamp(value=3))

# A positional-only name may also appear in **kwargs
def tag(name, /, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"

print(tag("div", name="main", id="x"))
print(tag("span"))

# Introspection of the code object
code = describe.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
print(clamp.__defaults__)
