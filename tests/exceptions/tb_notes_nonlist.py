e = TypeError("t")
e.__notes__ = "not a list"
raise e
