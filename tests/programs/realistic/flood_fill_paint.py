# A paint program on a character canvas: lines, rectangles, circles, flood fill, undo
class Canvas:
    def __init__(self, w, h, bg="."):
        self.w, self.h = w, h
        self.px = [[bg] * w for _ in range(h)]
        self.history = []
    def _snapshot(self):
        self.history.append([row[:] for row in self.px])
    def undo(self):
        if not self.history:
            raise IndexError("nothing to undo")
        self.px = self.history.pop()
    def set(self, x, y, ch):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = ch
    def line(self, x0, y0, x1, y1, ch):
        self._snapshot()
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.set(x0, y0, ch)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy; x0 += sx
            if e2 <= dx:
                err += dx; y0 += sy
    def rect(self, x0, y0, x1, y1, ch, fill=None):
        self._snapshot()
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                edge = x in (x0, x1) or y in (y0, y1)
                if edge:
                    self.set(x, y, ch)
                elif fill:
                    self.set(x, y, fill)
    def circle(self, cx, cy, r, ch):
        self._snapshot()
        x, y, d = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.set(cx + px, cy + py, ch)
            y += 1
            if d < 0:
                d += 2 * y + 1
            else:
                x -= 1
                d += 2 * (y - x) + 1
    def fill(self, x, y, ch):
        target = self.px[y][x]
        if target == ch:
            return 0
        self._snapshot()
        stack, count = [(x, y)], 0
        while stack:
            cx, cy = stack.pop()
            if 0 <= cx < self.w and 0 <= cy < self.h and self.px[cy][cx] == target:
                self.px[cy][cx] = ch
                count += 1
                stack.extend(((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)))
        return count
    def render(self):
        return "\n".join("".join(r) for r in self.px)
    def histogram(self):
        h = {}
        for row in self.px:
            for c in row:
                h[c] = h.get(c, 0) + 1
        return dict(sorted(h.items()))

c = Canvas(40, 16)
c.rect(1, 1, 18, 10, "#")
c.circle(28, 8, 6, "o")
c.line(0, 15, 39, 0, "/")
c.line(2, 12, 16, 12, "=")
print(c.render())
print(c.histogram())
print("filled inside rect:", c.fill(5, 5, "r"))
print("filled inside circle:", c.fill(28, 8, "c"))
print("filled background:", c.fill(0, 0, " "))
print(c.render())
print(c.histogram())
c.undo(); c.undo()
print("after two undos:", c.histogram())
c.rect(20, 12, 36, 14, "+", fill="~")
print(c.render().splitlines()[12:15])
while True:
    try:
        c.undo()
    except IndexError as e:
        print("IndexError:", e, "| history empty, canvas blank:", set(c.render()) == {".", "\n"})
        break
