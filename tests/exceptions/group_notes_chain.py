def boom(i):
    try:
        raise ValueError(f"inner {i}")
    except ValueError as e:
        raise TypeError(f"outer {i}") from e
errs = []
for i in range(2):
    try:
        boom(i)
    except TypeError as e:
        e.add_note(f"note {i}")
        errs.append(e)
g = ExceptionGroup("all", errs)
raise g
