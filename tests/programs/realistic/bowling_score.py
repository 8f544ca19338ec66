# Ten-pin bowling scoring with frame-by-frame display and validation
class BowlingError(Exception):
    pass

def score_game(rolls):
    for r in rolls:
        if not isinstance(r, int) or not 0 <= r <= 10:
            raise BowlingError(f"invalid roll {r!r}")
    frames, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"game incomplete at frame {frame + 1}")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("strike bonus rolls missing")
            frames.append(("X", 10 + rolls[i + 1] + rolls[i + 2]))
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError(f"frame {frame + 1} incomplete")
            a, b = rolls[i], rolls[i + 1]
            if a + b > 10 and frame < 9:
                raise BowlingError(f"frame {frame + 1} knocks down {a + b} pins")
            if a + b == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus roll missing")
                frames.append(("/", 10 + rolls[i + 2]))
            else:
                frames.append((" ", a + b))
            i += 2
    extra = len(rolls) - i
    last_kind = frames[-1][0]
    allowed = 2 if last_kind == "X" else 1 if last_kind == "/" else 0
    if extra > allowed:
        raise BowlingError(f"{extra - allowed} roll(s) after the game ended")
    return frames

def display(rolls):
    frames = score_game(rolls)
    running, cells = 0, []
    for kind, pts in frames:
        running += pts
        cells.append(f"{kind}{running:>4}")
    return " |".join(cells), running

games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "nines": [9, 0] * 10,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "tenth spare": [1, 4, 4, 5, 6, 4, 5, 5, 10, 0, 1, 7, 3, 6, 4, 10, 2, 8, 6],
    "dutch 200": [10, 1, 9, 10, 2, 8, 10, 3, 7, 10, 4, 6, 10, 5, 5, 10],
    "too many pins": [7, 5] + [0] * 18,
    "incomplete": [10, 10, 10],
    "extra rolls": [0] * 20 + [3],
    "bad value": [11] + [0] * 19,
}
for name, rolls in games.items():
    try:
        line, total = display(rolls)
        print(f"{name:<14}{total:>4}  {line}")
    except BowlingError as e:
        print(f"{name:<14} ERROR {e}")
seed = 99
def roll(pins):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % (pins + 1)
totals = []
for g in range(200):
    rolls = []
    for frame in range(10):
        a = roll(10)
        rolls.append(a)
        if a < 10 or frame == 9:
            b = roll(10 - a if a < 10 else 10)
            rolls.append(b)
            if frame == 9 and a + b >= 10:
                rolls.append(roll(10 if (a == 10 and b == 10) or a + b == 10 else 10 - b))
    try:
        totals.append(display(rolls)[1])
    except BowlingError as e:
        totals.append(-1)
print("simulated:", len(totals), "avg %.2f" % (sum(totals) / len(totals)), "max", max(totals), "min", min(totals), "invalid", totals.count(-1))
