# Exceptions raised in the else clause aren't caught by the same try.

def process(raw):
    try:
        value = int(raw)
    except ValueError:
        return f"{raw!r}: not an int"
    else:
        if value < 0:
            raise ValueError(f"negative: {value}")   # not caught by the except above
        return f"{raw!r}: ok {value}"
    finally:
        print(f"  finished {raw!r}")

for raw in ["5", "five", "-3"]:
    try:
        print(process(raw))
    except ValueError as e:
        print("caller caught:", e)

# Errors in else still run finally; context is None because nothing was being handled
try:
    try:
        pass
    except Exception:
        print("never")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else error")
except KeyError as e:
    print("caught", repr(e), "context:", e.__context__)

# else runs only when no exception escaped the try body, even if caught inside it
try:
    try:
        raise ValueError
    except ValueError:
        pass
    print("inner handled")
except Exception:
    print("never")
else:
    print("outer else runs")

# loop else and try else together
def search(rows, target):
    for r in rows:
        try:
            idx = r.index(target)
        except ValueError:
            continue
        else:
            return (rows.index(r), idx)
    else:
        return None

print(search([[1, 2], [3, 4], [5, 6]], 4), search([[1]], 9))
