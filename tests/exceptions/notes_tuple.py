e = ValueError("x")
e.__notes__ = ("a", "b\nc")
raise e
