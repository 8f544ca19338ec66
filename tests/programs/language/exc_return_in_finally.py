# return, break and continue interacting with finally.

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows_exception())

def except_return_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        print("  in except")
        return "except"
    finally:
        print("  in finally")
print(except_return_then_finally())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)       # mutation is visible; rebinding would not be
        x = "rebound"
print(return_value_evaluated_before_finally())

def counter_in_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n in finally:", n)
print(counter_in_finally())

# break in finally cancels an exception
def break_cancels():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop ended with i={i}"
print(break_cancels())

# continue in finally cancels an exception and keeps looping
def continue_cancels():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_cancels())

# return inside try inside a loop still runs finally
def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            print(f"  checked index {i}")
    return -1
print(find("abc", "b"))

# Nested finally blocks run innermost first
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())

# Generator closed while suspended inside try/finally
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
g = gen()
print(next(g))
g.close()
print("closed")
