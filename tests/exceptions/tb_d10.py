def f(*args):
    raise KeyError(args[0])
f(
    1,
    2,
    3,
    4,
    5,
    6,
)
