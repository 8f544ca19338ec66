# Knight's tour with Warnsdorff's heuristic and a backtracking fallback on small boards
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]

def warnsdorff(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def degree(r, c):
        return sum(1 for dr, dc in MOVES if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0)
    for step in range(2, n * n + 1):
        options = []
        for i, (dr, dc) in enumerate(MOVES):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
                options.append((degree(nr, nc), i, nr, nc))
        if not options:
            return None, step - 1
        _, _, r, c = min(options)
        board[r][c] = step
    return board, n * n

def backtrack(n, start):
    board = [[0] * n for _ in range(n)]
    calls = [0]
    def go(r, c, step):
        calls[0] += 1
        board[r][c] = step
        if step == n * n:
            return True
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
                if go(nr, nc, step + 1):
                    return True
        board[r][c] = 0
        return False
    ok = go(start[0], start[1], 1)
    return (board if ok else None), calls[0]

def show(board):
    w = len(str(len(board) ** 2))
    return "\n".join(" ".join(str(v).rjust(w) for v in row) for row in board)

def valid(board):
    n = len(board)
    pos = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    return sorted(pos) == list(range(1, n * n + 1)) and all(
        (abs(pos[k][0] - pos[k + 1][0]), abs(pos[k][1] - pos[k + 1][1])) in ((1, 2), (2, 1)) for k in range(1, n * n))

for n, start in [(5, (0, 0)), (6, (0, 0)), (8, (0, 0)), (8, (3, 4)), (12, (0, 0))]:
    board, reached = warnsdorff(n, start)
    print(f"n={n} start={start}: reached {reached}/{n * n}", "valid" if board and valid(board) else "incomplete")
    if board and n <= 8:
        print(show(board))
board, calls = backtrack(5, (0, 0))
print("backtracking 5x5:", "found" if board else "none", "calls:", calls)
print(show(board))
board, calls = backtrack(4, (0, 0))
print("backtracking 4x4:", "found" if board else "none", "calls:", calls)
