# ExceptionGroup and except*.

def tasks():
    errors = []
    for i, job in enumerate(["ok", "bad-value", "bad-type", "ok", "bad-value2", "missing"]):
        try:
            if job.startswith("bad-value"):
                raise ValueError(f"job {i}: {job}")
            if job == "bad-type":
                raise TypeError(f"job {i}: wrong type")
            if job == "missing":
                raise KeyError(job)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some jobs failed", errors)

try:
    tasks()
except* ValueError as eg:
    print("ValueErrors:", type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("KeyErrors:", [repr(e) for e in eg.exceptions])

# Unhandled parts propagate as a new group
try:
    try:
        tasks()
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "ValueErrors")
except ExceptionGroup as rest:
    print("propagated:", repr(rest.message), [type(e).__name__ for e in rest.exceptions])

# A naked exception is wrapped in a group for except*
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__, eg.exceptions)

# str/repr of groups
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg))
print(repr(eg))
print(eg.message, eg.args[0], len(eg.args[1]))

# Construction errors
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# BaseExceptionGroup with only Exceptions becomes an ExceptionGroup
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# except* with a tuple
try:
    raise ExceptionGroup("tuple", [ValueError("v"), TypeError("t"), KeyError("k")])
except* (ValueError, TypeError) as eg:
    print("tuple matched:", sorted(type(e).__name__ for e in eg.exceptions))
except* KeyError:
    print("KeyError part handled")
