def f(*args, **kwargs):
    raise RuntimeError("boom")

value = [f(
    1,
    2,
    key=3,
)]
