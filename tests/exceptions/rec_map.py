def conv(v):
    return int(v)
list(map(conv, ["1", "b"]))
