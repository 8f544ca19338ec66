# A KeyError with a tuple key raised several calls deep.

class Grid:
    def __init__(self, rows):
        self.rows = rows
        self.cells = {(r, c): ch for r, row in enumerate(rows) for c, ch in enumerate(row)}

    def at(self, r, c):
        return self.cells[(r, c)]

    def neighbours(self, r, c):
        return [self.at(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]

    def safe_neighbours(self, r, c):
        deltas = ((0, 1), (1, 0), (0, -1), (-1, 0))
        return [self.cells.get((r + dr, c + dc), "#") for dr, dc in deltas]

g = Grid(["abc", "def", "ghi"])
print(len(g.cells), g.at(0, 0), g.at(2, 2))
print(g.at(1, 1), g.neighbours(1, 1))
print(g.safe_neighbours(0, 0))
print(g.neighbours(0, 0))
