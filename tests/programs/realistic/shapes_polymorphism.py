# Shape hierarchy with abstract methods, polymorphism, sorting and dispatch
PI = 3.141592653589793

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError
    def scale(self, k):
        raise NotImplementedError
    def describe(self):
        return f"{self.name:<10} area={self.area():10.3f} perimeter={self.perimeter():8.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "name")
        return f"{type(self).__name__}({fields})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        if r <= 0:
            raise ValueError(f"radius must be positive: {r}")
        self.r = r
    def area(self):
        return PI * self.r ** 2
    def perimeter(self):
        return 2 * PI * self.r
    def scale(self, k):
        return Circle(self.r * k)

class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scale(self, k):
        return type(self)(self.w * k, self.h * k) if type(self) is Rectangle else type(self)(self.w * k)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")
    def __repr__(self):
        return f"Square({self.w!r})"

class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        s = sorted((a, b, c))
        if s[0] + s[1] <= s[2]:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5
    def perimeter(self):
        return self.a + self.b + self.c
    def scale(self, k):
        return Triangle(self.a * k, self.b * k, self.c * k)
    def kind(self):
        sides = len({self.a, self.b, self.c})
        return {1: "equilateral", 2: "isosceles", 3: "scalene"}[sides]

class Blob(Shape):
    def __init__(self):
        super().__init__("blob")

shapes = [Circle(1), Rectangle(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5), Triangle(2, 2, 2), Rectangle(10, 0.1)]
for s in shapes:
    print(s.describe(), repr(s))
print("sorted by area:", [repr(s) for s in sorted(shapes)])
print("largest:", max(shapes), "smallest:", min(shapes))
print("total area: %.4f" % sum(s.area() for s in shapes))
print("scaled x2:", [repr(s.scale(2)) for s in shapes])
print("ratios:", [round(s.scale(3).area() / s.area(), 6) for s in shapes])
print("triangles:", [(repr(t), t.kind()) for t in shapes if isinstance(t, Triangle)])
print("rect-like:", [type(s).__name__ for s in shapes if isinstance(s, Rectangle)], issubclass(Square, Shape))
for bad in [lambda: Circle(-1), lambda: Triangle(1, 2, 3), lambda: Blob().area(), lambda: Blob().describe()]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type, "instances created:", Shape.count)
