# typing in use: generic classes, get_type_hints with forward references, NamedTuple, TypedDict, Protocol, overload.
from typing import *
import typing
from dataclasses import dataclass

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair[str, int]('a', 1).__orig_class__, Pair.__parameters__)
IntPair = Pair[int, T]
print(IntPair, IntPair.__parameters__, IntPair[str])
try:
    Pair[int]
except TypeError as e:
    print('TypeError', e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__orig_bases__ if hasattr(Stack, '__orig_bases__') else None)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__parameters__)


@dataclass
class Config:
    name: str
    tags: List[str]
    limit: Optional[int] = None
    extra: 'Dict[str, Any]' = None


print(get_type_hints(Config))


class Tree:
    children: 'List[Tree]'
    parent: Optional['Tree']
    count: ClassVar[int] = 0


print(get_type_hints(Tree))


def f(x: Annotated[int, 'positive'], y: 'Optional[str]' = None) -> List[int]:
    return [x]


print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(Union[int, str] | None, Optional[int] | str, int | List[int], List[int] | None)
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), isinstance(None, Optional[int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], get_args(Literal['x', 'y']))
Vector = List[float]
print(Vector, Dict[str, Vector], Callable[[Vector], float], get_args(Callable[..., int]))
print(typing.Generator[int, None, str], typing.Iterator[int], typing.Awaitable[int], typing.Coroutine[Any, Any, int])
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), typing.SupportsIndex)


class Named(NamedTuple):
    name: str
    size: int = 0

    def describe(self) -> str:
        return f'{self.name}:{self.size}'


n = Named('n', 3)
print(n, n.describe(), n._asdict(), Named.__annotations__, isinstance(n, tuple))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


print(Movie(title='t'), sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__annotations__)
Point2D = TypedDict('Point2D', {'x': int, 'y': int})
print(Point2D(x=1, y=2), sorted(Point2D.__annotations__), Point2D.__total__)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        pass


print(isinstance(Resource(), SupportsClose), issubclass(Resource, SupportsClose), isinstance(object(), SupportsClose))
print(typing.is_protocol(SupportsClose), typing.get_protocol_members(SupportsClose))
try:
    SupportsClose()
except TypeError as e:
    print('TypeError', e)


@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x


print(area(3), len(typing.get_overloads(area)))
print(typing.assert_type(5, int), typing.final(area) is area, typing.no_type_check(area) is area)
try:
    typing.assert_never(3)
except AssertionError as e:
    print('AssertionError', e)
try:
    List()
except TypeError as e:
    print('TypeError', e)
try:
    Union[int, str]()
except TypeError as e:
    print('TypeError', e)
try:
    class X(Union):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    Any()
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, Any)
except TypeError as e:
    print('TypeError', e)
print(typing.Type[int], TypeVar('T', bound='Stack'))
