def outer():
    n = 0
    def inner():
        return n + "x"
    return inner()
outer()
