# Rebuilding a function signature string from its code object (no inspect module).

def signature(fn):
    code = fn.__code__
    names = code.co_varnames
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    has_varargs = bool(code.co_flags & 0x04)
    has_varkw = bool(code.co_flags & 0x08)
    annotations = fn.__annotations__

    def fmt(name, default=None, has_default=False):
        text = name
        if name in annotations:
            ann = annotations[name]
            text += ": " + (ann.__name__ if isinstance(ann, type) else repr(ann))
            if has_default:
                text += " = " + repr(default)
        elif has_default:
            text += "=" + repr(default)
        return text

    parts = []
    first_default = pos_count - len(defaults)
    for i in range(pos_count):
        has = i >= first_default
        parts.append(fmt(names[i], defaults[i - first_default] if has else None, has))
        if posonly and i == posonly - 1:
            parts.append("/")
    idx = pos_count
    kw_names = names[idx:idx + kwonly]
    idx += kwonly
    if has_varargs:
        parts.append("*" + names[idx])
        idx += 1
    elif kwonly:
        parts.append("*")
    for name in kw_names:
        parts.append(fmt(name, kwdefaults.get(name), name in kwdefaults))
    if has_varkw:
        parts.append("**" + names[idx])
    ret = ""
    if "return" in annotations:
        r = annotations["return"]
        ret = " -> " + (r.__name__ if isinstance(r, type) else repr(r))
    return f"{fn.__name__}({', '.join(parts)}){ret}"

def a(x, y=1, *args, z, w=2, **kw): pass
def b(p, q, /, r, *, s=None): pass
def c(): pass
def d(*, only): pass
def e(first: int, second: str = "s", *rest: float) -> bool: pass
def f(x, /): pass
def g(**options): pass
def h(a, b=[], c={}, d=(1,)): pass
lam = lambda n, m=0, *, k=1: n

for fn in (a, b, c, d, e, f, g, h, lam):
    print(signature(fn))

print(a.__code__.co_argcount, a.__code__.co_kwonlyargcount, a.__code__.co_posonlyargcount)
print(b.__code__.co_varnames, b.__code__.co_nlocals)
