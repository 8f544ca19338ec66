class Bad(Exception):
    def __str__(self):
        raise RuntimeError("nope")
raise Bad()
