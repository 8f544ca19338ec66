def f():
    try:
        raise KeyError("inner")
    except KeyError as e:
        try:
            raise ValueError("middle")
        except ValueError as m:
            raise RuntimeError("outer") from e
f()
