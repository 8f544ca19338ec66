# Turtle graphics rendered to an ASCII grid, with an L-system generating a curve
class Turtle:
    DIRS = [(1, 0), (0, -1), (-1, 0), (0, 1)]
    def __init__(self):
        self.x = self.y = 0
        self.heading = 0
        self.pen = True
        self.cells = {}
        self.stack = []
        self.distance = 0
    def forward(self, n=1, ch=None):
        dx, dy = self.DIRS[self.heading]
        for _ in range(n):
            if self.pen:
                self.cells[(self.x, self.y)] = ch or ("-" if dy == 0 else "|")
            self.x += dx
            self.y += dy
            self.distance += 1
        if self.pen:
            self.cells[(self.x, self.y)] = "+"
    def left(self):
        self.heading = (self.heading + 1) % 4
    def right(self):
        self.heading = (self.heading - 1) % 4
    def push(self):
        self.stack.append((self.x, self.y, self.heading))
    def pop(self):
        self.x, self.y, self.heading = self.stack.pop()
    def render(self):
        if not self.cells:
            return ""
        xs = [x for x, _ in self.cells]
        ys = [y for _, y in self.cells]
        lines = []
        for y in range(min(ys), max(ys) + 1):
            lines.append("".join(self.cells.get((x, y), " ") for x in range(min(xs), max(xs) + 1)).rstrip())
        return "\n".join(lines)

t = Turtle()
for size in range(1, 8):
    t.forward(size * 2)
    t.left()
print(t.render())
print("spiral distance:", t.distance, "cells:", len(t.cells))

def lsystem(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(c, c) for c in s)
    return s

dragon = lsystem("FX", {"X": "X+YF+", "Y": "-FX-Y"}, 7)
print(len(dragon), dragon[:40])
t = Turtle()
for c in dragon:
    if c == "F":
        t.forward(2)
    elif c == "+":
        t.right()
    elif c == "-":
        t.left()
print(t.render())
print("dragon end:", (t.x, t.y), "heading:", t.heading, "distance:", t.distance)
t = Turtle()
plant = lsystem("X", {"X": "F[+X]F[-X]+X", "F": "FF"}, 2)
for c in plant:
    if c == "F":
        t.forward(1)
    elif c == "+":
        t.left()
    elif c == "-":
        t.right()
    elif c == "[":
        t.push()
    elif c == "]":
        t.pop()
print(plant)
print(t.render())
