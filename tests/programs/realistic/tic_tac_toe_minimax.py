# Tic-tac-toe with full minimax (memoized) and a scripted game
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result

def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))

empty = "." * 9
print("value of empty board:", minimax(empty, "X"), "| positions explored:", len(memo))
b = empty
player = "X"
scripted_o = [4, 8, 2, 6]
turn = 0
while not winner(b) and "." in b:
    if player == "X":
        _, move = minimax(b, "X")
    else:
        move = next(m for m in scripted_o if b[m] == ".")
    b = b[:move] + player + b[move + 1:]
    turn += 1
    print(f"turn {turn}: {player} -> {move}")
    player = "O" if player == "X" else "X"
print(show(b))
print("result:", winner(b) or "draw")
for pos in ["XX.OO....", "X.O.X.O..", "XOXOXO...", "OO.XX.X..", "XOX.O.OX."]:
    xs, os_ = pos.count("X"), pos.count("O")
    to_move = "X" if xs == os_ else "O"
    score, move = minimax(pos, to_move)
    print(pos, "to move:", to_move, "best:", move, "value:", {1: "X wins", 0: "draw", -1: "O wins"}[score])
terminal = [k for k, v in memo.items() if v[1] is None]
x_wins = sum(1 for k in terminal if winner(k[0]) == "X")
o_wins = sum(1 for k in terminal if winner(k[0]) == "O")
draws = sum(1 for k in terminal if not winner(k[0]))
print("terminal states:", len(terminal), "X wins:", x_wins, "O wins:", o_wins, "draws:", draws)
