# typing: the special forms and aliases with their reprs, TypeVar, get_origin/get_args, equality, errors.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str, covariant=True)
print(T, K, C, T.__name__, K.__bound__, C.__constraints__, C.__covariant__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Union[int, None, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Type[int], Set, List, Any, Literal['a', 1], Annotated[int, 'm'], ClassVar[int], Final[int], Iterable[int], Mapping[str, int], Sequence, FrozenSet[int], DefaultDict[str, int], Counter[str], Deque[int], OrderedDict[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int), get_args(int), get_origin(list[int]), get_origin(Literal[1]), get_args(Annotated[int, 1, 2]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]), Union[int, Union[str, float]])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, Box[int].__origin__, Box.__mro__)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
class P(NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._fields, P.__annotations__, P._field_defaults, P(1)._replace(x=2))
Q = NamedTuple('Q', [('a', int)]); print(Q(5))
class M(TypedDict, total=False):
    name: str
    year: int
m = M(name='x'); print(m, type(m), M.__required_keys__, sorted(M.__optional_keys__), M.__total__, is_typeddict(M))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class NP(Protocol):
    def f(self): ...
try: isinstance(3, NP)
except TypeError as e: print(e)
UserId = NewType('UserId', int); print(UserId, UserId(5), type(UserId(5)))
def g(a: 'int', b: List['str']) -> None: pass
print(get_type_hints(g))
@overload
def h(x: int) -> int: ...
try: h(1)
except NotImplementedError as e: print(e)
print(cast(int, 'x'), TYPE_CHECKING, AnyStr, typing.Text, Self, Never, NoReturn, LiteralString, TypeAlias, typing.IO, typing.TextIO)
print(typing.ParamSpec('P'), typing.Concatenate, typing.Required[int], typing.NotRequired[int], typing.ReadOnly[int], typing.TypeGuard[int], typing.TypeIs[int])
print(Optional[List[int]], List[Optional[int]], Union[List[int], None], Callable[[], None], Tuple[int, str])
print(repr(Union), repr(Optional), repr(Generic), repr(Protocol), typing.Hashable, typing.Sized)
try: Union[()]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
