class N:
    def __str__(self):
        raise ValueError
e = ValueError("x")
e.__notes__ = ["ok", N(), 3]
raise e
