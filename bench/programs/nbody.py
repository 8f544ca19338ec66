# N-body: the Sun and the four gas giants under Newtonian gravity, advanced with a simple
# symplectic step; the system's energy is checked before and after. Exercises float
# arithmetic, attribute access on small objects and nested loops over pairs.
# Usage: nbody.py [ITERATIONS]
import sys
from math import sqrt

ITERATIONS = 3
STEPS = 10000

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# The energy of the system before and after STEPS steps, as CPython 3.13 computes them.
EXPECTED = (-0.16907516382852447, -0.16901644126443158)


class Body:
    def __init__(self, position, velocity, mass):
        self.x, self.y, self.z = position
        self.vx, self.vy, self.vz = (v * DAYS_PER_YEAR for v in velocity)
        self.mass = mass * SOLAR_MASS


def make_system():
    return [
        Body((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body((4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body((8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body((1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body((1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ]


def pairs_of(bodies):
    return [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    for a, b in pairs:
        dx = a.x - b.x
        dy = a.y - b.y
        dz = a.z - b.z
        e -= a.mass * b.mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (d2 * sqrt(d2))
            bm = b.mass * magnitude
            am = a.mass * magnitude
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def simulate():
    bodies = make_system()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, STEPS)
    return before, energy(bodies, pairs)


def main(iterations):
    for _ in range(iterations):
        result = simulate()
        if result != EXPECTED:
            raise SystemExit(f"nbody: wrong energies {result!r}, expected {EXPECTED!r}")
    print(f"nbody: ok, {iterations} iterations, energy {result[1]:.9f}")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
