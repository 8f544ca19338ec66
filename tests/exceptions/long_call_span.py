def f(*args):
    return 1 / 0
result = sum([
    1,
    2,
    f(
        1,
        2,
        3,
        4,
    ),
    5,
])
