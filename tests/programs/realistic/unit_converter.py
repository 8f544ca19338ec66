# Unit conversion with dimension checking using dicts of exponents
BASE = {
    "m": (1.0, {"L": 1}), "km": (1000.0, {"L": 1}), "cm": (0.01, {"L": 1}), "mm": (0.001, {"L": 1}),
    "mi": (1609.344, {"L": 1}), "ft": (0.3048, {"L": 1}), "in": (0.0254, {"L": 1}),
    "s": (1.0, {"T": 1}), "min": (60.0, {"T": 1}), "h": (3600.0, {"T": 1}), "day": (86400.0, {"T": 1}),
    "kg": (1.0, {"M": 1}), "g": (0.001, {"M": 1}), "lb": (0.45359237, {"M": 1}),
    "N": (1.0, {"M": 1, "L": 1, "T": -2}), "J": (1.0, {"M": 1, "L": 2, "T": -2}), "W": (1.0, {"M": 1, "L": 2, "T": -3}),
    "L": (0.001, {"L": 3}), "gal": (0.003785411784, {"L": 3}),
}

class Quantity:
    def __init__(self, value, dims):
        self.value = value
        self.dims = {k: v for k, v in dims.items() if v}
    @classmethod
    def parse(cls, text):
        num, unit = text.split(None, 1)
        return cls(float(num), {}) * parse_unit(unit)
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Quantity(self.value * other, self.dims)
        dims = dict(self.dims)
        for k, v in other.dims.items():
            dims[k] = dims.get(k, 0) + v
        return Quantity(self.value * other.value, dims)
    def __truediv__(self, other):
        return self * Quantity(1 / other.value, {k: -v for k, v in other.dims.items()})
    def __add__(self, other):
        if self.dims != other.dims:
            raise TypeError(f"cannot add {dim_str(self.dims)} and {dim_str(other.dims)}")
        return Quantity(self.value + other.value, self.dims)
    def to(self, unit):
        target = parse_unit(unit)
        if target.dims != self.dims:
            raise TypeError(f"cannot convert {dim_str(self.dims)} to {unit} ({dim_str(target.dims)})")
        return self.value / target.value
    def __repr__(self):
        return f"{self.value:g} [{dim_str(self.dims)}]"

def dim_str(d):
    return " ".join(f"{k}^{v}" if v != 1 else k for k, v in sorted(d.items())) or "dimensionless"

def parse_unit(expr):
    q = Quantity(1.0, {})
    sign = 1
    for tok in expr.replace("/", " / ").replace("*", " ").split():
        if tok == "/":
            sign = -1
            continue
        name, _, power = tok.partition("^")
        power = int(power) if power else 1
        if name not in BASE:
            raise KeyError(f"unknown unit {name!r}")
        factor, dims = BASE[name]
        q = q * Quantity(factor ** (power * sign), {k: v * power * sign for k, v in dims.items()})
    return q

cases = [("100 km/h", "m/s"), ("1 mi", "km"), ("6 ft", "cm"), ("26.2 mi", "km"), ("1 day", "min"),
         ("150 lb", "kg"), ("1 kg*m/s^2", "N"), ("3600 J", "W*h"), ("1 gal", "L"), ("9.81 m/s^2", "ft/s^2"),
         ("1 in^2", "mm^2"), ("60 mi/h", "km/h"), ("5 km", "s"), ("1 W", "J/s"), ("2 furlong", "m")]
for src, dst in cases:
    try:
        q = Quantity.parse(src)
        print(f"{src:>14} = {q.to(dst):>14.6g} {dst:<8} {q!r}")
    except (TypeError, KeyError) as e:
        print(f"{src:>14} -> {type(e).__name__}: {e}")
speed = Quantity.parse("42.195 km") / Quantity.parse("2 h")
print("marathon pace:", speed, f"{speed.to('km/h'):.3f} km/h", f"{1 / speed.to('km/min'):.3f} min/km")
energy = Quantity.parse("70 kg") * Quantity.parse("9.81 m/s^2") * Quantity.parse("300 m")
print("climbing energy:", energy, f"{energy.to('J') / 4184:.1f} kcal")
try:
    Quantity.parse("1 m") + Quantity.parse("1 s")
except TypeError as e:
    print("TypeError:", e)
print(Quantity.parse("1 m") + Quantity.parse("25 cm"), (Quantity.parse("3 m") * Quantity.parse("4 m")).to("ft^2"))
