# PEP 695 generics and type aliases.
def first[T](items: list[T]) -> T:
    return items[0]

class Box[T]:
    def get(self) -> T:
        return self.value

type Alias = list[int]
type Pair[K, V] = tuple[K, V]

def bounded[T: int, *Ts, **P](x: T) -> T:
    return x
