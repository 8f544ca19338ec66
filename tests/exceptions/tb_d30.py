def f():
    try:
        raise TypeError("first")
    finally:
        raise ValueError("in finally")
f()
