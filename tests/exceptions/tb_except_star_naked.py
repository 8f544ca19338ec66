try:
    raise ValueError("naked")
except* ValueError as eg:
    print(repr(eg))
    raise
