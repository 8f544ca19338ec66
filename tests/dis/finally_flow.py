# Returns, breaks and continues that leave try/finally, with and except blocks.
def ret_in_finally():
    try:
        return 1
    finally:
        return 2

def break_in_finally(xs):
    for x in xs:
        try:
            pass
        finally:
            break

def continue_in_with(xs, cm):
    for x in xs:
        with cm:
            if x:
                continue
            return x

def return_value_in_with(cm):
    with cm as v:
        return v.compute()

def nested_handlers(x):
    try:
        try:
            return x()
        except ValueError as e:
            return e
        finally:
            x = None
    except Exception:
        return None

def in_except(xs):
    for x in xs:
        try:
            x()
        except Exception as exc:
            if exc:
                continue
            break

def gen_finally():
    try:
        yield 1
    finally:
        yield 2

def while_else(n):
    while n:
        n -= 1
        try:
            if n == 3:
                return n
        finally:
            n -= 1
    else:
        return -1
