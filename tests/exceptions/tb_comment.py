def f(d):
    return d["key"]  # look up the key
f({})
