# A 3D vector class with full operator overloading
class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    @classmethod
    def from_iter(cls, it):
        return cls(*it)
    def __iter__(self):
        yield self.x; yield self.y; yield self.z
    def __repr__(self):
        return "Vector(%s)" % ", ".join(format(c, "g") for c in self)
    def __eq__(self, o):
        return isinstance(o, Vector) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y + self.z * k.z
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k, self.z * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)
    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self * self) ** 0.5
    def __bool__(self):
        return any(self)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return tuple(self)[i]
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; self.z += o.z
        return self
    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n
    def angle_deg(self, o):
        c = (self * o) / (abs(self) * abs(o))
        c = max(-1.0, min(1.0, c))
        x, term, total, k = c, c, c, 1
        while abs(term) > 1e-17 and k < 400:
            term *= x * x * (2 * k - 1) ** 2 / ((2 * k) * (2 * k + 1))
            total += term
            k += 1
        asin = total
        return round((3.141592653589793 / 2 - asin) * 180 / 3.141592653589793, 6)

i, j, k = Vector(1, 0, 0), Vector(0, 1, 0), Vector(0, 0, 1)
a, b = Vector(1, 2, 3), Vector(-2, 0.5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 4, -a, +a, a * b, a @ b, i @ j, j @ i)
print(abs(Vector(3, 4, 0)), abs(a), a.normalized(), round(abs(a.normalized()), 12))
print(bool(Vector()), bool(i), len(a), a[1], a[-1], list(a), tuple(b), a[0:2])
print(a == Vector(1, 2, 3), a == (1, 2, 3), a != b, {a: "a", Vector(1, 2, 3): "again"}, len({i, j, k, Vector(1, 0, 0)}))
print(sum([i, j, k], Vector()), Vector.from_iter(range(3)), Vector.from_iter(x * x for x in (1, 2, 3)))
print(i.angle_deg(j), a.angle_deg(a * 3), Vector(1, 1, 0).angle_deg(i), a.angle_deg(-a))
p = Vector(1, 1, 1)
q = p
p += Vector(1, 0, 0)
print(p, q, p is q)
for bad in [lambda: a + 1, lambda: a * "s", lambda: Vector().normalized(), lambda: 1 - a]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
tri = [Vector(0, 0, 0), Vector(4, 0, 0), Vector(0, 3, 0)]
area = abs((tri[1] - tri[0]) @ (tri[2] - tri[0])) / 2
centroid = sum(tri, Vector()) / 3
print("triangle area", area, "centroid", centroid)
pos, vel = Vector(0, 0, 100.0), Vector(5, 0, 0)
g = Vector(0, 0, -9.8)
t = 0
while pos.z > 0:
    vel += g * 0.1
    pos += vel * 0.1
    t += 1
print("landed after", t, "steps at", Vector(*(round(c, 3) for c in pos)))
