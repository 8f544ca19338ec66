# Annotations stored as strings (PEP 563).
from __future__ import annotations

x: int
y: list[int] = []
z: dict[str, tuple[int, ...]] | None = None

def f(a: int, b: 'quoted' = 1, *args: A.B, c: Callable[[int], str], **kw: Any) -> Optional[int]:
    pass

class C:
    attr: ClassVar[int] = 0
    other: 'C' | None
    n: -1
    e: 1e400
    t: (1, 'a')
    l: lambda x, *, y=1: x + y
    s: a[1:2, ::3]
    g: {k: v for k, v in items if k}
    c: a < b <= c is not d
    u: not a and b or c
    p: (a + b) * c ** -d ** e
    fs: f'{x!r:>{width}} {{}}'
    aw: [*a, *b]
    st: {1, 2}
    dc: {'a': 1, **rest}
    ie: a if b else c
    cl: f(x, *y, z=1, **w)
    ge: f(x for x in y)
