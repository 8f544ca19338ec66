def inner():
    raise OSError(2, "No such file", "data.txt")
def middle():
    try:
        inner()
    except OSError as e:
        raise RuntimeError("middle failed") from e
def outer():
    try:
        middle()
    except RuntimeError:
        x = [][0]
outer()
