# Which collections match sequence and mapping patterns: deque and the Sequence/Mapping ABCs'
# subclasses and registered classes do; str, bytes and registered built-ins do not.
from collections import deque, OrderedDict, defaultdict, Counter, UserDict, UserList, UserString, ChainMap, namedtuple
from collections.abc import Sequence, Mapping, MutableSequence


def kind(subject):
    match subject:
        case {'k': value}:
            return f'mapping with k={value!r}'
        case {}:
            return 'mapping'
        case [first, *rest]:
            return f'sequence {first!r} + {len(rest)}'
        case []:
            return 'empty sequence'
        case _:
            return 'other'


class Seq(Sequence):
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class Registered:
    def __getitem__(self, i):
        return 'abc'[i]

    def __len__(self):
        return 3


class RegisteredMap:
    def get(self, key, default=None):
        return 'v' if key == 'k' else default

    def keys(self):
        return ['k']

    def __len__(self):
        return 1


class SubRegistered(Registered):
    pass


print(kind(Registered()), kind(RegisteredMap()))
Sequence.register(Registered)
Mapping.register(RegisteredMap)
Sequence.register(bytearray)
P = namedtuple('P', 'a b')
for subject in [deque([1, 2, 3]), deque(), OrderedDict(k=1), defaultdict(int), Counter('kk'), UserDict(k=2),
                UserList([4]), UserString('xy'), ChainMap({'k': 3}), P(1, 2), Seq(), Registered(),
                SubRegistered(), RegisteredMap(), 'str', b'bytes', bytearray(b'ba'), range(2), {1, 2}]:
    print(type(subject).__name__, kind(subject))
print(issubclass(SubRegistered, Sequence), isinstance(deque(), MutableSequence))
