# The '=' self-documenting specifier in f-strings.

x = 10
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=   }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>8}")
print(f"{x*2=}")
print(f"{x * 2 = }")
print(f"{len(items)=}, {items[-1]=}, {items[1:]=}")
print(f"{x=:#06x} {x=:.2f} {x=!r:>5}")
print(f"{3.0 / 7 = :.3f}")
print(f"{'quoted'=}")
print(f"{name.upper()=} {name[::-1] = }")

class P:
    def __init__(self):
        self.a = 1
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return f"P formatted with {spec!r}"
p = P()
print(f"{p=}")
print(f"{p=:abc}")
print(f"{p.a=}")
print(f"{p=!s}")

d = {"key": "value"}
print(f"{d['key']=}")
print(f"{ d = }")
print(f"{x if x > 5 else -x = }")
print(f"{(lambda v: v + 1)(x)=}")
print(f"{[i * i for i in range(3)]=}")
print(f"{x=}{x=}")
print(f"{x=!a}")
print(f"{'é'=!a}")
