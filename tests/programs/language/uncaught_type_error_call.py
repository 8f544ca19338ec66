# Calling a function with the wrong number of arguments.

def area(width, height):
    return width * height

def perimeter(width, height):
    return 2 * (width + height)

shapes = [(3, 4), (5, 5), (2, 10)]
for w, h in shapes:
    print(f"{w}x{h} -> area {area(w, h)}, perimeter {perimeter(w, h)}")

print("largest:", max(shapes, key=lambda s: area(*s)))
print("total area:", sum(area(*s) for s in shapes))
try:
    area(1, 2, 3)
except TypeError as e:
    print("caught:", e)
print("keyword call:", area(height=3, width=7))
print("now a bad call:")
print(area(7))
