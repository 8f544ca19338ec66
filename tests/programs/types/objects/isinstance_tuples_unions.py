# isinstance / issubclass with tuples, nested tuples and unions

print(isinstance(1, (str, int)), isinstance(1, (str, (bytes, (int,)))))
print(isinstance(1, ()), issubclass(int, ()))
print(isinstance(True, int), issubclass(bool, (str, int)))
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str))
print(issubclass(bool, int | None), isinstance(None, int | None))
U = int | str
print(type(U).__name__, U, U.__args__)
print(int | str == str | int, (int | str | int).__args__, int | int)
print(isinstance(3, (U, float)), issubclass(float, (U, float)))

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("isinstance(1, 1)", lambda: isinstance(1, 1))
attempt("isinstance(1, (int, 1))", lambda: isinstance(1, (1, int)))
attempt("isinstance(1, (int, 1)) first matches", lambda: isinstance(1, (int, 1)))
attempt("issubclass(1, int)", lambda: issubclass(1, int))
attempt("issubclass(int, 1)", lambda: issubclass(int, 1))
attempt("issubclass(int, (1,))", lambda: issubclass(int, (1,)))
attempt("isinstance(1, list[int])", lambda: isinstance(1, list[int]))
attempt("issubclass(list, list[int])", lambda: issubclass(list, list[int]))
attempt("isinstance([], list[int] | int)", lambda: isinstance([], list[int] | int))
attempt("isinstance()", lambda: isinstance())
attempt("isinstance(1)", lambda: isinstance(1))
attempt("isinstance(1, int, 2)", lambda: isinstance(1, int, 2))
attempt("isinstance(x=1, y=int)", lambda: isinstance(x=1, y=int))

class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(A, A))
print(issubclass(B, (int, (str, A))), isinstance(B(), A | int))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))

# __class__ lies
class Liar:
    __class__ = int
print(isinstance(Liar(), int), isinstance(Liar(), Liar))

# deeply nested tuples
t = int
for _ in range(50):
    t = (t,)
print(isinstance(5, t))

# union operations
print((int | None).__args__, None | int)
print(int | "str" if False else "skip")
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
print(repr(int | list[int]), repr(list[int] | None))
print(hash(int | str) == hash(str | int))
print((int | str) | float, int | (str | float))
