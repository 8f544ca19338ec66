# An uncaught exception carrying notes: the last stderr line is the last note.

def check_row(n, row):
    try:
        if len(row) != 3:
            raise ValueError(f"row has {len(row)} fields, expected 3")
        return [int(x) for x in row]
    except ValueError as e:
        e.add_note(f"in row {n}: {row!r}")
        e.add_note("hint: every row needs three integer fields")
        raise

try:
    check_row(0, ["a", "b", "c"])
except ValueError as e:
    print("caught:", e)
    print("notes:", e.__notes__)

rows = [["1", "2", "3"], ["4", "5", "6"], ["7", "8"]]
for n, row in enumerate(rows, 1):
    print(n, check_row(n, row))
