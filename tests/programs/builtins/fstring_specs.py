# f-string formatting features
name = "Ada"
n = 42
pi = 3.141592653589793
items = ["x", "y"]
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{name:>6}", f"{name:_<6}", f"{name:^7}|")
print(f"{n=}", f"{n = }", f"{pi=:.3f}", f"{name=!s}", f"{items[0]=}", f"{n * 2 + 1=}", f"{len(items)=}")
print(f"{n:d} {n:5d} {n:<5d}| {n:05d} {n:+d} {n:x} {n:#o} {n:b} {n:,} {n:e} {n:%}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%} {pi:+.0f} {-pi:.1f}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:{'*'}^{width}}]", f"[{n:{'0'}{width}d}]", f"[{pi:{width}}]")
print(f"{{literal braces}}", f"{{{n}}}", f"{'{'}{n}{'}'}", f"{n!r:>5}")
d = {"key": "value", "n": 5}
print(f"{d['key']}", f"{d['n'] * 3}", f"{d}", f"{[1, 2][::-1]}", f"{(lambda x: x * 2)(4)}", f"{'nested ' + f'{n}'}")
print(f"{'yes' if n > 40 else 'no'}", f"{n if n else 0:>4}", f"{','.join(items)}", f"{len(name):03}")
print(f"""triple {name}
second line {n}""")
print(f"{3.0:g} {1e-7:g} {123456789:g} {0.0001:g} {1234567.0:g} {1e6:g} {1e5:g}")
print(f"{True} {None} {1 + 2j} {b'bytes'} {[1.5]} {(1,)} {set()} {frozenset({1})}")
print(f"{12345.6789:,.2f} {12345.6789:_.3f} {-12345:,} {0.000012345:.3e} {1e100:.2e}")
print(f"{'abc':.2} {'abc':5.1}| {123:<+6}| {-0.0:.1f} {0.0:+.1f} {-0.0:z.1f}")
value = 7
print(f"{value:#x} {value:#06b} {255:X} {255:#X} {65:c} {0x1F600:c}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
for i in range(1, 4):
    print(f"{i:>3} {i ** 2:>4} {i ** 3:>5} {1 / i:8.4f} {'#' * i:<4}|")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec) if spec else s
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:>12}", f"{m!r}", f"{m=}", f"{[m]}")
nested = f"{f'{f"{n}"}'}"
print(nested, f"{'\n'.join(['a', 'b'])}", f"{'tab\there'}")
x = 10
print(f"{x:{'>' if x > 5 else '<'}{x}}|", f"{x!s:>{x}}|")
print(f"{3 > 2}", f"{(a := 5) + a}", f"{ {'k': 1}['k'] }", f"{ [i for i in range(3)] }")
