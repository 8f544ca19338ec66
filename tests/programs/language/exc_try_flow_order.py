# Order of try / except / else / finally in every combination.

def run(label, action):
    trace = []
    try:
        trace.append("try")
        action(trace)
        trace.append("try-end")
    except ValueError as e:
        trace.append(f"except ValueError({e})")
    except (TypeError, KeyError) as e:
        trace.append(f"except {type(e).__name__}")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    print(f"{label:10}", " -> ".join(trace))

def ok(trace):
    trace.append("ok")
def value_error(trace):
    raise ValueError("bad")
def key_error(trace):
    {}["missing"]
def type_error(trace):
    len(5)

run("ok", ok)
run("value", value_error)
run("key", key_error)
run("type", type_error)
try:
    run("uncaught", lambda t: 1 / 0)
except ZeroDivisionError as e:
    print("outer caught", type(e).__name__, e)

# try/finally without except
def only_finally():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")
print(only_finally())

# try/except without else/finally; else without finally
for value in ["12", "x"]:
    try:
        n = int(value)
    except ValueError:
        print(f"{value!r} is not a number")
    else:
        print(f"{value!r} parsed to {n}")

# Exception raised inside except is not caught by sibling clauses
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from handler")
    except ValueError:
        print("never: sibling clause")
except ValueError as e:
    print("outer got", e, "| context:", repr(e.__context__))

# Exception in finally replaces the original
try:
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print("got", e, "| context:", repr(e.__context__))

# Empty except with bare clause catches everything derived from BaseException
try:
    raise SystemExit(5)
except:
    print("bare except caught SystemExit")
