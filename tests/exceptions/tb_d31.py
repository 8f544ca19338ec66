try:
    raise ValueError("a")
except ValueError as e:
    e2 = e
try:
    raise e2
except ValueError as x:
    raise TypeError("b") from x
