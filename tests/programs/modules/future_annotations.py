# `from __future__ import annotations` and the __future__ module; compile() and exec()
# inherit the future flags of the code that calls them unless told not to.
from __future__ import annotations

import __future__


def area(shape: Shape, scale: float = 1.0) -> dict[str, Shape | None]:
    return {"scaled": shape}


class Shape:
    name: str
    parent: Shape | None = None
    children: list[Shape]


print(area.__annotations__)
print(Shape.__annotations__)
print(bool(area.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(sorted(n for n in dir(__future__) if not n.startswith("__")))

# exec() of source inherits the annotations feature from this module.
namespace = {}
exec("x: undefined_name = 3", namespace)
print(namespace["__annotations__"], namespace["x"])

# compile() inherits it too, unless dont_inherit is true.
code = compile("y: another_undefined = 4", "<inherit>", "exec")
namespace = {}
exec(code, namespace)
print(namespace["__annotations__"])
code = compile("y: another_undefined = 4", "<no-inherit>", "exec", dont_inherit=True)
try:
    exec(code, {})
except NameError as e:
    print(type(e).__name__, e)

# The flag can be given explicitly as well.
code = compile("def g(a: Later) -> Later: pass", "<flag>", "exec", __future__.annotations.compiler_flag, True)
namespace = {}
exec(code, namespace)
print(namespace["g"].__annotations__)
print(eval("(lambda: 1)()"))

# Future imports must come first, and unknown features are syntax errors.
for source in ["x = 1\nfrom __future__ import annotations", "from __future__ import braces", "from __future__ import nonsense"]:
    try:
        compile(source, "<future>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
