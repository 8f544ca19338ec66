# Builtin methods as first-class objects
up = str.upper
print(up("abc"), list(map(str.upper, ["x", "y"])), list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
bound = "hello".count
print(bound("l"), bound.__name__, bound.__self__, type(bound).__name__)
app = [].append
print(app.__name__, app.__self__, app(1), app.__self__)
lst = [3, 1, 2]
sort = lst.sort
sort(reverse=True)
print(lst, list.sort.__name__, list.append.__qualname__, str.join.__qualname__, dict.fromkeys.__name__)
print(int.from_bytes.__name__, float.fromhex.__qualname__, str.maketrans.__name__, type(int.from_bytes).__name__)
adders = [(1).__add__, (10).__add__]
print([f(5) for f in adders])
d = {"a": 1}
get = d.get
print(get("a"), get("b", "none"), d.__getitem__("a"), d.__contains__("a"), d.__len__())
print(len.__name__, print.__name__, type(len).__name__, type(print).__name__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else "-")
print(callable(str.upper), callable("x".upper), str.upper.__objclass__.__name__ if hasattr(str.upper, "__objclass__") else "-")
meths = {name: getattr("Hello World", name) for name in ["lower", "upper", "swapcase", "title"]}
print({k: v() for k, v in meths.items()})
funcs = [abs, str, repr, bool, len, type]
print([f([-1]).__class__.__name__ if f is not abs else "abs" for f in funcs[1:]])
print(list(map(int.__neg__, [1, -2, 3])), list(map(float.is_integer, [1.0, 1.5])), list(map(divmod, [7, 8], [2, 3])))
print(sum.__doc__.splitlines()[0] if sum.__doc__ else None)
print(min.__name__, max.__qualname__, sorted.__module__, abs.__module__)
m1 = "abc".upper
m2 = "abc".upper
print(m1 == m2, m1() == m2(), [].append == [].append)
