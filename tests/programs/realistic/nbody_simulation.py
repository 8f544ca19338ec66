# N-body gravitational simulation (velocity Verlet) with energy and momentum checks
PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

class Body:
    __slots__ = ("name", "x", "y", "z", "vx", "vy", "vz", "mass")
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

bodies = [
    Body("sun", 0, 0, 0, 0, 0, 0, 1),
    Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
]

def offset_momentum(bodies):
    px = sum(b.vx * b.mass for b in bodies)
    py = sum(b.vy * b.mass for b in bodies)
    pz = sum(b.vz * b.mass for b in bodies)
    sun = bodies[0]
    sun.vx, sun.vy, sun.vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS

def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for b2 in bodies[i + 1:]:
            dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
            e -= b.mass * b2.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e

pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
def advance(dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx, dy, dz = b1.x - b2.x, b1.y - b2.y, b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1, m2 = b1.mass * mag, b2.mass * mag
            b1.vx -= dx * m2; b1.vy -= dy * m2; b1.vz -= dz * m2
            b2.vx += dx * m1; b2.vy += dy * m1; b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz

offset_momentum(bodies)
e0 = energy(bodies)
print("%.9f" % e0)
for chunk in range(5):
    advance(0.01, 2000)
    print("after %5d steps: energy %.9f drift %.3e" % ((chunk + 1) * 2000, energy(bodies), energy(bodies) - e0))
for b in bodies:
    r = (b.x * b.x + b.y * b.y + b.z * b.z) ** 0.5
    print(f"{b.name:<8} r={r:9.4f} pos=({b.x:9.4f}, {b.y:9.4f}, {b.z:8.4f})")
px = sum(b.vx * b.mass for b in bodies)
print("total momentum x: %.3e" % px)
