# Abstract-base-style classes without the abc module.

class Shape:
    sides = None
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        try:
            a = self.area()
        except NotImplementedError as e:
            return f"{type(self).__name__}: unknown area ({e})"
        return f"{type(self).__name__}: area={a:g} perimeter={self.perimeter():g} sides={self.sides}"

class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

class Triangle(Shape):
    sides = 3
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

class Blob(Shape):
    pass

shapes = [Rectangle(3, 4), Square(5), Triangle(3, 4, 5), Blob()]
for s in shapes:
    print(s.describe())

try:
    Blob().perimeter()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)

print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
print([round(s.area(), 1) for s in sorted(shapes[:3], key=lambda s: s.perimeter())])
print([type(s).__name__ for s in sorted(shapes[:3], key=lambda s: s.area())])
print(sum(s.area() for s in shapes if s.sides == 4))
print(type(NotImplemented).__name__, repr(NotImplemented))
