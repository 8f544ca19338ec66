# Go: a 9x9 Go engine choosing moves by Monte Carlo search (UCB1 over the legal moves, each
# trial a random playout to the end of the game with captures, ko, suicide and eye rules,
# scored by area). Exercises list-based board state, flood fills with explicit stacks,
# sets, random.Random and many small method calls.
# Usage: go.py [ITERATIONS]
import sys
import random
from math import log, sqrt

ITERATIONS = 1
SIZE = 9
KOMI = 7.5
MOVES = 2            # moves the engine chooses per iteration, alternating colours
PLAYOUTS = 64        # random games played to choose each move

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1

# The moves chosen and the total number of playouts won by the side to move, as CPython 3.13
# computes them.
EXPECTED = ((4, 0), 62)


def make_neighbours(size):
    table = []
    for pos in range(size * size):
        row, col = divmod(pos, size)
        around = []
        if row > 0:
            around.append(pos - size)
        if row < size - 1:
            around.append(pos + size)
        if col > 0:
            around.append(pos - 1)
        if col < size - 1:
            around.append(pos + 1)
        table.append(tuple(around))
    return table


class Board:
    def __init__(self, size, neighbours=None):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbours = neighbours or make_neighbours(size)
        self.ko = PASS
        self.to_move = BLACK
        self.passes = 0

    def copy(self):
        other = Board(self.size, self.neighbours)
        other.cells = self.cells[:]
        other.ko = self.ko
        other.to_move = self.to_move
        other.passes = self.passes
        return other

    def group_has_liberty(self, pos, ignoring=PASS):
        """Whether the group at pos has an empty neighbour other than `ignoring`."""
        cells = self.cells
        colour = cells[pos]
        seen = {pos}
        stack = [pos]
        while stack:
            p = stack.pop()
            for n in self.neighbours[p]:
                c = cells[n]
                if c == EMPTY:
                    if n != ignoring:
                        return True
                elif c == colour and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def remove_group(self, pos):
        cells = self.cells
        colour = cells[pos]
        removed = [pos]
        cells[pos] = EMPTY
        stack = [pos]
        while stack:
            p = stack.pop()
            for n in self.neighbours[p]:
                if cells[n] == colour:
                    cells[n] = EMPTY
                    removed.append(n)
                    stack.append(n)
        return removed

    def is_eye(self, pos, colour):
        cells = self.cells
        for n in self.neighbours[pos]:
            if cells[n] != colour:
                return False
        return True

    def legal(self, pos, colour):
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        for n in self.neighbours[pos]:
            c = cells[n]
            if c == EMPTY:
                return True
            if c == colour:
                if self.group_has_liberty(n, pos):
                    return True
            elif not self.group_has_liberty(n, pos):
                return True        # the move captures
        return False               # suicide

    def play(self, pos):
        colour = self.to_move
        self.to_move = BLACK + WHITE - colour
        if pos == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = colour
        other = BLACK + WHITE - colour
        captured = []
        for n in self.neighbours[pos]:
            if cells[n] == other and not self.group_has_liberty(n):
                captured.extend(self.remove_group(n))
        self.ko = PASS
        if len(captured) == 1:
            # A lone stone that captured one stone and now has that single liberty: ko.
            alone = all(cells[n] != colour for n in self.neighbours[pos])
            if alone and sum(1 for n in self.neighbours[pos] if cells[n] == EMPTY) == 1:
                self.ko = captured[0]

    def candidates(self, colour):
        return [p for p, c in enumerate(self.cells)
                if c == EMPTY and self.legal(p, colour) and not self.is_eye(p, colour)]

    def random_move(self, rng):
        colour = self.to_move
        cells = self.cells
        empties = [p for p, c in enumerate(cells) if c == EMPTY]
        n = len(empties)
        if n:
            start = rng.randrange(n)
            for i in range(n):
                p = empties[(start + i) % n]
                if not self.is_eye(p, colour) and self.legal(p, colour):
                    return p
        return PASS

    def area(self):
        """Black's area minus White's: stones plus empty regions bordered by one colour."""
        cells = self.cells
        score = 0
        seen = set()
        for pos, c in enumerate(cells):
            if c == BLACK:
                score += 1
            elif c == WHITE:
                score -= 1
            elif pos not in seen:
                region = 0
                borders = 0
                seen.add(pos)
                stack = [pos]
                while stack:
                    p = stack.pop()
                    region += 1
                    for n in self.neighbours[p]:
                        k = cells[n]
                        if k == EMPTY:
                            if n not in seen:
                                seen.add(n)
                                stack.append(n)
                        else:
                            borders |= k
                if borders == BLACK:
                    score += region
                elif borders == WHITE:
                    score -= region
        return score


def playout(board, rng):
    """Plays random moves to the end; returns the winner."""
    moves = 0
    limit = 3 * board.size * board.size
    while board.passes < 2 and moves < limit:
        board.play(board.random_move(rng))
        moves += 1
    return BLACK if board.area() - KOMI > 0 else WHITE


def choose_move(board, rng, playouts):
    colour = board.to_move
    moves = board.candidates(colour)
    if not moves:
        return PASS, 0
    wins = [0] * len(moves)
    visits = [0] * len(moves)
    total_wins = 0
    for t in range(1, playouts + 1):
        best = 0
        best_value = -1.0
        for i in range(len(moves)):
            if visits[i] == 0:
                best = i
                break
            value = wins[i] / visits[i] + sqrt(2.0 * log(t) / visits[i])
            if value > best_value:
                best_value = value
                best = i
        trial = board.copy()
        trial.play(moves[best])
        won = playout(trial, rng) == colour
        visits[best] += 1
        wins[best] += won
        total_wins += won
    most = max(range(len(moves)), key=lambda i: (visits[i], wins[i]))
    return moves[most], total_wins


def run(seed):
    rng = random.Random(seed)
    board = Board(SIZE)
    chosen = []
    won = 0
    for _ in range(MOVES):
        move, wins = choose_move(board, rng, PLAYOUTS)
        chosen.append(move)
        won += wins
        board.play(move)
    return tuple(chosen), won


def main(iterations):
    for _ in range(iterations):
        result = run(2024)
        if result != EXPECTED:
            raise SystemExit(f"go: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"go: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
