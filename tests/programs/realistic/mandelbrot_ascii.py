# ASCII Mandelbrot and Julia sets using complex and float arithmetic
PALETTE = " .:-=+*#%@"

def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return limit

def render(fn, x0, x1, y0, y1, w, h, limit):
    rows = []
    counts = [0] * (limit + 1)
    for r in range(h):
        y = y1 - (y1 - y0) * r / (h - 1)
        line = []
        for col in range(w):
            x = x0 + (x1 - x0) * col / (w - 1)
            n = fn(complex(x, y), limit)
            counts[n] += 1
            line.append("@" if n == limit else PALETTE[n * (len(PALETTE) - 1) // limit])
        rows.append("".join(line).rstrip())
    return rows, counts

rows, counts = render(mandel, -2.2, 0.8, -1.2, 1.2, 72, 25, 60)
print("\n".join(rows))
inside = counts[-1]
print("inside points:", inside, "escape histogram head:", counts[:10])
area = inside / (72 * 25) * (3.0 * 2.4)
print("estimated area: %.4f" % area)

def julia_factory(c):
    def julia(z, limit):
        for i in range(limit):
            z = z * z + c
            if abs(z) > 2:
                return i
        return limit
    return julia
rows, counts = render(julia_factory(complex(-0.8, 0.156)), -1.6, 1.6, -1.0, 1.0, 64, 17, 40)
print("\n".join(rows))
print("julia inside:", counts[-1])
pts = [0j, -1 + 0j, 0.25 + 0j, 0.26 + 0j, -0.75 + 0.1j, 1j, -2 + 0j, 0.3 + 0.5j]
print([(str(p), mandel(p, 200)) for p in pts])
orbit = []
z = 0j
for _ in range(8):
    z = z * z + (-0.12 + 0.75j)
    orbit.append(complex(round(z.real, 6), round(z.imag, 6)))
print(orbit)
