# typing and PEP 695: get_type_hints sees a class's or function's type parameters; a generic
# `type` alias subscripts to a types.GenericAlias, a plain one refuses.
from __future__ import annotations

from dataclasses import dataclass
from typing import get_type_hints, TypeAliasType


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Node[T]:
    data: T
    next_node: Node[T] | None = None
    children: list[T] | None = None


class Shadow[T]:
    T = 'attribute wins'
    value: T


def pick[K, V](mapping: dict[K, V], key: K) -> V | None:
    return mapping.get(key)


show('Node hints', lambda: get_type_hints(Node))
show('Node fields', lambda: [f.type for f in Node.__dataclass_fields__.values()])
show('Shadow hints', lambda: get_type_hints(Shadow))
show('pick hints', lambda: get_type_hints(pick))
show('pick call', lambda: pick({'a': 1}, 'a'))
show('explicit localns', lambda: get_type_hints(pick, localns={'K': int}))

type Pair[A] = tuple[A, A]
type Plain = int
show('Pair[int]', lambda: Pair[int])
show('type', lambda: type(Pair[int]).__name__)
show('origin args', lambda: (Pair[int].__origin__, Pair[int].__args__))
show('value through alias', lambda: Pair[int].__value__)
show('Plain[int]', lambda: Plain[int])
show('constructed', lambda: TypeAliasType('C', list)[int])
show('constructed generic', lambda: TypeAliasType('G', list, type_params=Pair.__type_params__)[int])
