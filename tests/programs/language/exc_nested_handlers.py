# Nested try statements, handler selection at each level, and cleanup order.

trace = []

def level(n, fail_at, handle_at):
    trace.append(f"enter {n}")
    try:
        if n == fail_at:
            raise ValueError(f"failure at {n}")
        if n < 3:
            level(n + 1, fail_at, handle_at)
    except ValueError as e:
        if n == handle_at:
            trace.append(f"handled at {n}: {e}")
        else:
            trace.append(f"pass through {n}")
            raise
    finally:
        trace.append(f"finally {n}")

for fail_at, handle_at in [(3, 3), (3, 1), (2, 0), (None, 1)]:
    trace.clear()
    try:
        level(0, fail_at, handle_at)
    except ValueError as e:
        trace.append(f"top-level caught: {e}")
    print(f"fail={fail_at} handle={handle_at}:")
    print("   " + " | ".join(trace))

# Exceptions inside except and finally blocks of nested statements
def messy():
    out = []
    try:
        try:
            out.append("inner try")
            raise KeyError("k")
        except KeyError:
            out.append("inner except")
            try:
                raise IndexError("i")
            except IndexError:
                out.append("deepest except")
            finally:
                out.append("deepest finally")
            raise TypeError("t")
        finally:
            out.append("inner finally")
    except TypeError as e:
        out.append(f"outer except {e!r} ctx={e.__context__!r}")
    finally:
        out.append("outer finally")
    return out

for step in messy():
    print(" ", step)

# A loop of attempts with nested handlers
def parse_all(items):
    results = []
    for item in items:
        try:
            try:
                results.append(int(item))
            except ValueError:
                try:
                    results.append(float(item))
                except ValueError:
                    results.append(complex(item))
        except ValueError:
            results.append(None)
        except TypeError:
            results.append("type?")
    return results

print(parse_all(["1", "2.5", "3+4j", "nope", None, "1e3", "-0"]))
