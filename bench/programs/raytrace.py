# Ray tracer: spheres over a checkered floor, two point lights, Lambert and Phong shading,
# shadows and recursive reflections, rendered into a small image whose pixels are summed.
# Exercises a 3-D vector class with many short-lived objects, float math, method calls
# through a small class hierarchy and recursion.
# Usage: raytrace.py [ITERATIONS]
import sys
from math import sqrt

ITERATIONS = 2
WIDTH, HEIGHT = 64, 48
MAX_DEPTH = 3
EPSILON = 1e-9

# (sum of all channels, sum of squares of the red channel) over the image, as CPython 3.13
# computes them.
EXPECTED = (741526, 30925643)


class Vector:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ('origin', 'direction')

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, surface):
        self.centre = centre
        self.radius = radius
        self.surface = surface

    def intersect(self, ray):
        """Distance along ray to the nearest hit in front of its origin, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, surface):
        self.point = point
        self.normal = normal.normalized()
        self.surface = surface

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Surface:
    def __init__(self, colour, ambient=0.1, diffuse=0.7, specular=0.3, shininess=20,
                 reflect=0.2):
        self.colour = colour
        self.ambient = ambient
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checker(Surface):
    def __init__(self, other, **kwargs):
        Surface.__init__(self, Vector(1.0, 1.0, 1.0), **kwargs)
        self.other = other

    def colour_at(self, point):
        if (int(point.x // 1.0) + int(point.z // 1.0)) % 2:
            return self.other
        return self.colour


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.1, 0.15, 0.3)
        point = ray.at(t)
        normal = obj.normal_at(point)
        surface = obj.surface
        base = surface.colour_at(point)
        light_sum = surface.ambient
        specular = 0.0
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                light_sum += surface.diffuse * lambert
                half = (to_light - ray.direction).normalized()
                facing = normal.dot(half)
                if facing > 0:
                    specular += surface.specular * facing ** surface.shininess
        colour = base.scale(light_sum) + Vector(specular, specular, specular)
        if depth < MAX_DEPTH and surface.reflect > 0:
            bounced = Ray(point, ray.direction.reflect(normal))
            colour = colour.scale(1 - surface.reflect) + \
                self.trace(bounced, depth + 1).scale(surface.reflect)
        return colour


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Checker(Vector(0.1, 0.1, 0.1), reflect=0.3)))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 5.0), 1.0,
                                Surface(Vector(0.9, 0.2, 0.2), reflect=0.4)))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 6.0), 0.7,
                                Surface(Vector(0.2, 0.8, 0.3), shininess=40)))
    scene.objects.append(Sphere(Vector(2.0, 1.5, 7.0), 1.5,
                                Surface(Vector(0.3, 0.3, 0.9), reflect=0.5)))
    scene.objects.append(Sphere(Vector(0.8, 0.3, 3.5), 0.3,
                                Surface(Vector(1.0, 0.8, 0.1), specular=0.6)))
    scene.lights.append(Vector(-4.0, 6.0, 0.0))
    scene.lights.append(Vector(5.0, 4.0, 2.0))
    return scene


def channel(v):
    v = 0.0 if v < 0.0 else 1.0 if v > 1.0 else v
    return int(v * 255 + 0.5)


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -2.0)
    look_at = Vector(0.0, 1.0, 5.0)
    forward = (look_at - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    aspect = width / height
    pixels = []
    for row in range(height):
        y = (0.5 - (row + 0.5) / height) * 0.9
        for col in range(width):
            x = ((col + 0.5) / width - 0.5) * aspect * 0.9
            direction = forward + right.scale(x) + up.scale(y)
            c = scene.trace(Ray(eye, direction), 0)
            pixels.append((channel(c.x), channel(c.y), channel(c.z)))
    return pixels


def run():
    pixels = render(build_scene(), WIDTH, HEIGHT)
    return sum(r + g + b for r, g, b in pixels), sum(r * r for r, _, _ in pixels)


def main(iterations):
    for _ in range(iterations):
        result = run()
        if result != EXPECTED:
            raise SystemExit(f"raytrace: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"raytrace: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
