# PEP 695: type parameter lists on classes and functions, and the type statement.
import typing


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


show('Box params', lambda: Box.__type_params__)
show('Box[int]', lambda: Box[int])
show('Box parameters', lambda: Box.__parameters__)
show('Box bases', lambda: (Box.__bases__, Box.__orig_bases__))
show('Box mro', lambda: Box.__mro__)
show('Box(3).get()', lambda: Box(3).get())
T = Box.__type_params__[0]
show('T', lambda: (T, type(T), T.__name__, T.__module__))
show('T attrs', lambda: (T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__))
show('T default', lambda: T.__default__)
show('isinstance', lambda: isinstance(T, typing.TypeVar))


class Pair[K: (int, str), V: float](dict[K, V]):
    def first(self) -> K | None:
        return next(iter(self), None)


K, V = Pair.__type_params__
show('K', lambda: (K, K.__constraints__, K.__bound__))
show('V', lambda: (V, V.__bound__, V.__constraints__))
show('Pair mro', lambda: Pair.__mro__)
show('Pair orig bases', lambda: Pair.__orig_bases__)
show('Pair[int, float]', lambda: Pair[int, float])
show('Pair first', lambda: Pair({'a': 1.0}).first())


class Lazy[T: Undefined]:
    pass


show('lazy bound', lambda: Lazy.__type_params__[0].__bound__)


def ident[X](x: X) -> X:
    return x


show('ident', lambda: (ident(5), ident.__type_params__, ident.__annotations__))


def variadic[*Ts, **P](*args: *Ts) -> None:
    pass


show('variadic', lambda: variadic.__type_params__)
Ts, P = variadic.__type_params__
show('kinds', lambda: (type(Ts).__name__, type(P).__name__, P.args, P.kwargs, P.__infer_variance__))


class Outer[T]:
    def method[U](self, u: U) -> tuple[T, U]:
        return (None, u)

    class Inner[W]:
        pass


show('method', lambda: (Outer[int]().method('x'), Outer.method.__type_params__, Outer.method.__annotations__))
show('inner', lambda: (Outer.Inner.__type_params__, Outer.Inner.__qualname__))

type Number = int | float
type ListOf[E] = list[E]
type Recursive = list[Recursive] | int

show('alias', lambda: (Number, type(Number).__name__, Number.__name__, Number.__module__))
show('value', lambda: (Number.__value__, Number.__type_params__, Number.__parameters__))
show('generic alias', lambda: (ListOf, ListOf.__value__, ListOf.__type_params__, ListOf[int]))
show('recursive', lambda: Recursive.__value__)


class WithDefault[T = int, **P = [str, bytes]]:
    pass


show('defaults', lambda: [(p, p.__default__) for p in WithDefault.__type_params__])
show('has_default', lambda: [p.has_default() for p in WithDefault.__type_params__] + [T.has_default()])


def redefine():
    class Twice[T](typing.Generic[T]):
        pass


show('generic twice', redefine)
show('plain class params', lambda: (int.__type_params__, type.__type_params__, typing.Generic.__type_params__))
